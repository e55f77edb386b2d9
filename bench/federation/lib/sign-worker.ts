/** Worker of {@link signInWorkers}: signs the drafts it is sent as one batch (one SM2 signature). */
import { parentPort } from 'node:worker_threads';
import type { EnvelopeDraft } from '@shuan/core';
import { signEnvelopes, type EnvelopeSigningKey } from '@shuan/tools';

parentPort?.on(
  'message',
  (job: { id: number; drafts: EnvelopeDraft[]; key: EnvelopeSigningKey }) => {
    parentPort?.postMessage({
      id: job.id,
      envelopes: signEnvelopes(job.drafts, job.key),
    });
  },
);
