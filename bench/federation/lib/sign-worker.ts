/** Worker of {@link signInWorkers}: signs the drafts it is sent with the key sent along. */
import { parentPort } from 'node:worker_threads';
import type { EnvelopeDraft } from '@shuan/core';
import { signEnvelope, type EnvelopeSigningKey } from '@shuan/tools';

parentPort?.on(
  'message',
  (job: { id: number; drafts: EnvelopeDraft[]; key: EnvelopeSigningKey }) => {
    parentPort?.postMessage({
      id: job.id,
      envelopes: job.drafts.map((draft) => signEnvelope(draft, job.key)),
    });
  },
);
