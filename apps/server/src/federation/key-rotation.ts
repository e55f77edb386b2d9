import { randomBytes, randomUUID } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { NodeKeyRotatePayloadSchema, type Envelope } from '@shuan/contracts';
import {
  createFileAtomically,
  enqueueMessage,
  federationOutboxRepository,
  federationPeersRepository,
  organizationsRepository,
  syncFolder,
  withTransaction,
  type Queryable,
} from '@shuan/db';
import { generateSm2KeyPair, sm2PublicKeyFromPrivateKey } from '@shuan/tools';
import { appendAudit } from '../audit/append-audit.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { NODE_IDENTITY_FILE } from '../node/node-identity.ts';
import { fedError } from './fed-error.ts';
import { requireNodeOperator } from './manage-federation.ts';
import { FEDERATION_SYNC_QUEUE } from './sync-queue.ts';

/**
 * A node rotating its SM2 key (docs/federation.md § Key rotation), towards its parent and its
 * children alike:
 *
 * 1. `rotateNodeKey` makes a new key pair, keeps it in `node-identity.pending.json` next to
 *    the identity file (created atomically: a second rotation before the first is settled is
 *    FED_KEY_ROTATION_PENDING) with the id of one `node.key-rotate` message per peer, queued
 *    in one transaction that holds the rotation lock (an advisory lock) from before the file
 *    is made until the messages are committed. Like every message each is signed when sent,
 *    with the old key.
 * 2. A peer switches this node's key in the transaction that applies the message; from then
 *    on only the new key verifies (receive-envelopes.ts re-checks the key under lock).
 * 3. This node signs for a peer with the new key only once that peer has acknowledged its
 *    message (`signingKeyFor`: pushes to the parent, pull answers to each child), and drops
 *    the old key when every peer has (`settleKeyRotation`, run by each sync and pull: the
 *    identity file is replaced atomically). A crash at any point resumes: an unacknowledged
 *    message is sent again (a peer answers `duplicate` if it already applied it), a
 *    half-finished switch completes.
 */
const PENDING_FILE = 'node-identity.pending.json';

interface PendingKey {
  /** The `node.key-rotate` message queued for each peer, by node id. */
  messages: Record<string, string>;
  publicKey: string;
  privateKey: string;
}

async function readPending(dataDir: string): Promise<PendingKey | undefined> {
  try {
    return JSON.parse(await readFile(join(dataDir, PENDING_FILE), 'utf8')) as PendingKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Admin API / CLI: starts a rotation of this node's key (see above). */
export async function rotateNodeKey(
  deps: NodeDeps,
  principal: Principal,
): Promise<{ publicKey: string; receivers: string[] }> {
  await requireNodeOperator(deps, principal);
  const receivers = (await federationPeersRepository.list(deps.pool)).map((peer) => peer.nodeId);
  if (receivers.length === 0) throw fedError('FED_NOT_ENROLLED');
  const keys = generateSm2KeyPair();
  const messages = Object.fromEntries(receivers.map((nodeId) => [nodeId, randomUUID()]));
  const pending: PendingKey = { messages, ...keys };
  const path = join(deps.config.dataDir, PENDING_FILE);
  const payload = NodeKeyRotatePayloadSchema.parse({ publicKey: keys.publicKey });
  // Set inside the transaction: an error after the file was made (COMMIT included) removes it.
  const made = { file: false };
  try {
    await withTransaction(deps.pool, async (tx) => {
      // Under the rotation lock until COMMIT: a sync or pull settling meanwhile would see the
      // file without its messages and discard it as a failed request (settleKeyRotation).
      await lockKeyRotation(tx);
      made.file = await createFileAtomically(path, `${JSON.stringify(pending, null, 2)}\n`);
      if (!made.file) throw fedError('FED_KEY_ROTATION_PENDING');
      for (const [receiver, id] of Object.entries(messages)) {
        await enqueueMessage(tx, { id, receiver, type: 'node.key-rotate', payload });
      }
      await appendAudit(tx, {
        orgId: principal.orgId,
        actor: principal.username,
        action: 'federation.key.rotate',
        target: `node:${deps.federation.identity.nodeId}`,
        payload: { receivers, publicKey: keys.publicKey },
      });
    });
  } catch (error) {
    if (made.file) await unlink(path).catch(() => undefined);
    throw error;
  }
  await deps.boss.send(FEDERATION_SYNC_QUEUE, {});
  return { publicKey: keys.publicKey, receivers };
}

/**
 * The key to sign with for `receiver`: the pending new key once `receiver` has acknowledged
 * its `node.key-rotate`, else the node's key.
 */
export async function signingKeyFor(
  deps: NodeDeps,
  receiver: string,
): Promise<{ publicKey: string; privateKey: string }> {
  const identity = deps.federation.identity;
  const pending = await readPending(deps.config.dataDir);
  const messageId = pending?.messages[receiver];
  if (pending === undefined || messageId === undefined) return identity;
  const acked = await federationOutboxRepository.isAcked(deps.pool, messageId);
  return acked === true
    ? { publicKey: pending.publicKey, privateKey: pending.privateKey }
    : identity;
}

/** Replaces `path` with `content` at once (temporary file, fsync, rename, folder fsync). */
async function replaceFileAtomically(path: string, content: string): Promise<void> {
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, path);
  await syncFolder(dirname(path));
}

/**
 * Drops the old key once every peer has acknowledged its `node.key-rotate`; does nothing
 * while one has not. Returns true when the key was switched by this call.
 */
export async function settleKeyRotation(deps: NodeDeps): Promise<boolean> {
  const dataDir = deps.config.dataDir;
  // Every sync and pull calls this: without a pending key it costs one failed file read.
  if ((await readPending(dataDir)) === undefined) return false;
  return withTransaction(deps.pool, async (tx) => {
    await lockKeyRotation(tx);
    const pending = await readPending(dataDir);
    return pending === undefined ? false : settlePending(deps, tx, pending);
  });
}

/** The rotation lock: held by a rotation until its messages are committed, and by settling. */
async function lockKeyRotation(tx: Queryable): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('federation-key-rotation'))`);
}

async function settlePending(deps: NodeDeps, tx: Queryable, pending: PendingKey): Promise<boolean> {
  const dataDir = deps.config.dataDir;
  const identity = deps.federation.identity;
  const pendingPath = join(dataDir, PENDING_FILE);
  if (pending.publicKey.toLowerCase() === identity.publicKey.toLowerCase()) {
    await unlink(pendingPath).catch(() => undefined);
    return false;
  }
  const acks = await Promise.all(
    Object.values(pending.messages).map((id) => federationOutboxRepository.isAcked(tx, id)),
  );
  if (acks.some((acked) => acked === false)) return false;
  if (acks.every((acked) => acked === undefined)) {
    // The request that made the key failed before its messages were committed (it holds the
    // lock until then, so this is not one still in flight).
    await unlink(pendingPath).catch(() => undefined);
    return false;
  }
  const publicKey = sm2PublicKeyFromPrivateKey(pending.privateKey);
  const text = JSON.stringify(
    { nodeId: identity.nodeId, publicKey, privateKey: pending.privateKey },
    null,
    2,
  );
  await replaceFileAtomically(join(dataDir, NODE_IDENTITY_FILE), `${text}\n`);
  // The pending file goes before the key is switched in memory, so that whoever sees the
  // new key sees no pending rotation (a crash in between leaves a pending file naming the
  // node's own key, which the next call removes: above).
  await unlink(pendingPath).catch(() => undefined);
  identity.publicKey = publicKey;
  identity.privateKey = pending.privateKey;
  return true;
}

/**
 * Applies a peer's `node.key-rotate` (a child's going up or the parent's coming down,
 * verified with the peer's current key, in order): the peer's key becomes the new one in
 * this transaction, with an audit entry.
 */
export async function applyKeyRotate(tx: Queryable, envelope: Envelope): Promise<void> {
  const { publicKey } = NodeKeyRotatePayloadSchema.parse(envelope.payload);
  await federationPeersRepository.setPublicKey(tx, envelope.sender, publicKey);
  const org = await organizationsRepository.first(tx);
  if (org !== undefined)
    await appendAudit(tx, {
      orgId: org.id,
      actor: `node:${envelope.sender}`,
      action: 'federation.peer.key-rotate',
      target: `node:${envelope.sender}`,
      payload: { envelopeId: envelope.id, publicKey },
    });
}
