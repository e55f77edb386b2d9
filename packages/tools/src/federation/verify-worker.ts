/**
 * Worker thread of `createEnvelopeVerifier`: checks SM2 signatures of texts (digests or
 * batch roots) already worked out by the calling thread. Kept tiny and loads only the SM2
 * code, so it starts fast.
 */
import { parentPort } from 'node:worker_threads';
import { sm2Verify } from '../crypto/sm2.ts';
import type { VerifyJob, VerifyJobResult } from './verifier-protocol.ts';

const port = parentPort;
if (port === null) throw new Error('verify-worker.ts runs only as a worker thread');

port.on('message', (job: VerifyJob) => {
  const ok = new Uint8Array(job.texts.length);
  for (let i = 0; i < ok.length; i += 1) {
    const key = job.keys[job.keyIndex[i] ?? 0] ?? '';
    ok[i] = sm2Verify(key, job.texts[i] ?? '', job.signatures[i] ?? '') ? 1 : 0;
  }
  const result: VerifyJobResult = { jobId: job.jobId, ok };
  port.postMessage(result, [ok.buffer]);
});
