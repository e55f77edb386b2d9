/**
 * Light senders: simulated enterprise nodes that hold an SM2 key and a seq counter, sign
 * envelopes and push them to a province over HTTP, as a child's sync does (no server
 * process, no outbox table). Enrolment writes the peer rows straight into the province's
 * database: thousands of token round trips would measure enrolment, not ingest.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type pg from 'pg';
import type { EnvelopeDraft, FederationEnvelope, MessageType } from '@shuan/core';
import { sm2 } from 'sm-crypto-v2';
import { batchTree, envelopeDigest, generateSm2KeyPair, type Sm2KeyPair } from '@shuan/tools';

/** One simulated enterprise. */
export interface LightSender {
  nodeId: string;
  key: Sm2KeyPair;
  /** The last seq handed out. */
  seq: number;
}

/** What a push answered for one envelope. */
export interface PushResult {
  id: string | null;
  seq: number | null;
  status: 'accepted' | 'duplicate' | 'held' | 'rejected';
  code: string | null;
}

export function createSenders(count: number, prefix: string): LightSender[] {
  return Array.from({ length: count }, (_, i) => ({
    nodeId: `${prefix}-${String(i + 1).padStart(5, '0')}`,
    key: generateSm2KeyPair(),
    seq: 0,
  }));
}

/** Enrolls `senders` as children of the province whose database `pool` is (multi-row inserts). */
export async function enrollDirectly(
  pool: pg.Pool,
  senders: readonly LightSender[],
): Promise<void> {
  for (let start = 0; start < senders.length; start += 1000) {
    const slice = senders.slice(start, start + 1000);
    await pool.query(
      // Scoped to 福州 (350100), where buildFilingPayload's enterprise is: the province checks
      // a region-scoped child's filings against its scope when it applies them.
      `INSERT INTO federation_peers (node_id, relation, public_key, scope)
       SELECT id, 'child', key, '{"kind":"region","code":"350100"}'::jsonb
       FROM unnest($1::text[], $2::text[]) AS t(id, key)`,
      [slice.map((s) => s.nodeId), slice.map((s) => s.key.publicKey.toLowerCase())],
    );
    await pool.query(
      `INSERT INTO federation_sender_state (sender) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`,
      [slice.map((s) => s.nodeId)],
    );
  }
}

/** The next `count` drafts of `sender` for `receiver` (seq advanced), sent now. */
export function nextDrafts(
  sender: LightSender,
  receiver: string,
  count: number,
  type: MessageType,
  payload: () => unknown,
): EnvelopeDraft[] {
  const sentAt = new Date().toISOString();
  return Array.from({ length: count }, () => {
    sender.seq += 1;
    return {
      v: 1,
      id: randomUUID(),
      sender: sender.nodeId,
      receiver,
      type,
      seq: sender.seq,
      sentAt,
      payload: payload(),
    };
  });
}

/**
 * Signs many senders' drafts on worker threads (one per core): pre-signing tens of
 * thousands of envelopes on one thread would take longer than the run it prepares.
 */
export async function signInWorkers(
  jobs: readonly { drafts: EnvelopeDraft[]; key: Sm2KeyPair }[],
): Promise<FederationEnvelope[][]> {
  const workers = Array.from(
    { length: Math.max(1, availableParallelism()) },
    () => new Worker(new URL('./sign-worker.ts', import.meta.url)),
  );
  const results: FederationEnvelope[][] = [];
  try {
    let next = 0;
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = (): void => {
              const id = next++;
              const job = jobs[id];
              if (job === undefined) {
                resolve();
                return;
              }
              worker.postMessage({ id, drafts: job.drafts, key: job.key });
            };
            worker.on('message', (done: { id: number; envelopes: FederationEnvelope[] }) => {
              results[done.id] = done.envelopes;
              feed();
            });
            worker.once('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

/**
 * Signs a batch like `signEnvelopes` (same digests and batch root, standard SM2 with the
 * default user id), but with `sm-crypto-v2` directly: `sm2Sign` of `@shuan/tools` parses the signer's public key
 * through its 256-key verification cache (window precomputation, ~5 ms), which 5,000
 * senders signing in turn miss every time (5.9 vs 0.35 ms a signature measured). A real
 * node signs with one key only. The province's verification proves the signatures standard.
 */
export function signLight(drafts: readonly EnvelopeDraft[], key: Sm2KeyPair): FederationEnvelope[] {
  const digests = drafts.map(envelopeDigest);
  const sign = (text: string): string =>
    sm2.doSignature(text, key.privateKey, { hash: true, publicKey: key.publicKey });
  if (drafts.length === 1)
    return [
      {
        ...(drafts[0] as EnvelopeDraft),
        digest: digests[0] as string,
        signature: sign(digests[0] as string),
      },
    ];
  // One signature over the batch root, a proof per envelope, as `signEnvelopes` does.
  const { root, proofs } = batchTree(digests);
  const signature = sign(root);
  return drafts.map((draft, i) => ({
    ...draft,
    digest: digests[i] as string,
    signature,
    proof: proofs[i],
  }));
}

/** POSTs a batch to the province's push route; rejects on anything but 200. */
export async function push(
  baseUrl: string,
  envelopes: readonly FederationEnvelope[],
): Promise<PushResult[]> {
  return pushBody(baseUrl, Buffer.from(JSON.stringify({ envelopes })));
}

// Keep-alive, as a child's sync keeps its connection to the parent between pushes.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });

/**
 * POSTs a body serialized beforehand (`{"envelopes":[…]}`) with node:http: the load
 * generator shares the province's two cores, and fetch's own work per request was a tenth
 * of the machine during ingest (docs/benchmarks.md); real children push from other hosts.
 */
export function pushBody(baseUrl: string, body: Buffer): Promise<PushResult[]> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${baseUrl}/federation/v1/messages`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': body.length },
        timeout: 120_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode !== 200) {
            reject(new Error(`push → HTTP ${String(response.statusCode)}: ${text.slice(0, 300)}`));
            return;
          }
          resolve((JSON.parse(text) as { results: PushResult[] }).results);
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error('push timed out after 120 s')));
    request.on('error', reject);
    request.end(body);
  });
}
