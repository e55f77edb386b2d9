/**
 * Worker thread of `createEnvelopeVerifier`: checks digests, batch proofs and SM2 signatures
 * of signing inputs worked out by the calling thread (delivery-check.ts). Kept small: it
 * loads only the SM3, SM2 and Merkle code, so it starts fast.
 */
import { parentPort } from 'node:worker_threads';
import { checkItems } from './delivery-check.ts';
import { unpackItems, type CheckJob, type CheckJobResult } from './verifier-protocol.ts';

const port = parentPort;
if (port === null) throw new Error('verify-worker.ts runs only as a worker thread');

port.on('message', (job: CheckJob) => {
  const codes = checkItems(unpackItems(job));
  const result: CheckJobResult = { jobId: job.jobId, codes };
  port.postMessage(result, [codes.buffer]);
});
