import { AssessmentReportPayloadSchema } from '@shuan/contracts';
import {
  federationPeersRepository,
  receivedAssessmentsRepository,
  type Queryable,
} from '@shuan/db';
import { queueMessage } from '../federation/queue-message.ts';

/**
 * A province passes every assessment report it receives on to the ministry, unchanged, as
 * `assessment.report` (RA Rules Art. 10: all local results are filed with MIIT; the ministry
 * may spot-check them). The report carries figures and the conclusion, never data, so the
 * ministry stores it like a province does and its regulator views count it at ingest
 * (migration 0014's trigger on received_assessments). docs/risk-assessment.md § Reports to
 * the ministry.
 *
 * Queues, in the caller's transaction, every received report not passed on yet (at most
 * `limit`, oldest first) to this node's parent; none without a parent (the ministry, or a
 * province not enrolled yet: its reports wait and go with the next report or at enrollment).
 * Returns how many were queued.
 */
export async function forwardAssessmentsToParent(
  tx: Queryable,
  now: Date,
  limit = 1000,
): Promise<number> {
  const parent = await federationPeersRepository.findParent(tx);
  if (parent === undefined) return 0;
  const pending = await receivedAssessmentsRepository.lockUnforwarded(tx, limit);
  for (const row of pending) {
    const payload = AssessmentReportPayloadSchema.parse(row.payload);
    await queueMessage(tx, parent.nodeId, 'assessment.report', payload);
  }
  if (pending.length > 0) {
    await receivedAssessmentsRepository.markForwarded(
      tx,
      pending.map((row) => row.id),
      now,
    );
  }
  return pending.length;
}

/** At enrollment with a parent: every report received before it, in batches. */
export async function forwardAllAssessmentsToParent(tx: Queryable, now: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const queued = await forwardAssessmentsToParent(tx, now);
    total += queued;
    if (queued === 0) return total;
  }
}
