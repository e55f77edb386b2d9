import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NODE_ID_PATTERN, type NodeRole } from '@shuan/core';
import { createFileAtomically } from '@shuan/db';
import { generateSm2KeyPair, sm2PublicKeyFromPrivateKey } from '@shuan/tools';
import { ConfigError } from '../config.ts';

/** File name of the node's federation identity inside the data folder. */
export const NODE_IDENTITY_FILE = 'node-identity.json';

/** Who this node is in the federation: its id and its SM2 key pair (hex). */
export interface NodeIdentity {
  nodeId: string;
  role: NodeRole;
  publicKey: string;
  privateKey: string;
}

/**
 * Reads the node's federation identity from `<dataDir>/node-identity.json`, creating it at
 * first start: a fresh SM2 key pair and the node id (`SHUAN_NODE_ID`, or `<role>-<uuid>`).
 * Mode 0600 and created atomically, like the master key. The id cannot change afterwards,
 * because peers know the node by it: a different `SHUAN_NODE_ID` stops the start with a
 * {@link ConfigError}. Several instances of one node must share the file.
 */
export async function loadNodeIdentity(
  dataDir: string,
  role: NodeRole,
  configuredId: string | undefined,
): Promise<{ identity: NodeIdentity; created: boolean }> {
  const path = join(dataDir, NODE_IDENTITY_FILE);
  await mkdir(dataDir, { recursive: true });
  let created = false;
  if (!existsSync(path)) {
    const keys = generateSm2KeyPair();
    const nodeId = configuredId ?? `${role}-${randomUUID()}`;
    const text = JSON.stringify({ nodeId, ...keys }, null, 2);
    created = await createFileAtomically(path, `${text}\n`);
  }
  const stored = parseIdentity(await readFile(path, 'utf8'), path);
  if (configuredId !== undefined && configuredId !== stored.nodeId) {
    throw new ConfigError(
      `SHUAN_NODE_ID=${configuredId} 与数据目录中的节点标识 ${stored.nodeId} 不一致，节点标识创建后不能更改 / ` +
        `SHUAN_NODE_ID differs from the node id ${stored.nodeId} kept in ${path}; a node id cannot change once created`,
    );
  }
  return { identity: { ...stored, role }, created };
}

function parseIdentity(text: string, path: string): Omit<NodeIdentity, 'role'> {
  const fail = (): never => {
    throw new Error(`节点身份文件格式错误：${path} / node identity file is malformed`);
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail();
  }
  const { nodeId, publicKey, privateKey } = (value ?? {}) as Record<string, unknown>;
  if (typeof nodeId !== 'string' || !NODE_ID_PATTERN.test(nodeId)) return fail();
  if (typeof privateKey !== 'string' || typeof publicKey !== 'string') return fail();
  // The public key is derived again, so a hand-edited file cannot pair mismatched keys.
  let derived: string;
  try {
    derived = sm2PublicKeyFromPrivateKey(privateKey);
  } catch {
    return fail();
  }
  if (derived.toLowerCase() !== publicKey.toLowerCase()) return fail();
  return { nodeId, publicKey: derived, privateKey };
}
