import { RollupReportPayloadSchema, type Envelope } from '@shuan/contracts';
import {
  federationRollupsRepository,
  rollupRefilingsRepository,
  withTransaction,
  type Queryable,
} from '@shuan/db';
import { queueToParent } from '../federation/queue-message.ts';
import type { NodeDeps } from '../http/context.ts';
import {
  computeRefilingRollup,
  refilingTotals,
  type RefilingTotals,
} from './compute-refiling-rollup.ts';
import { computeRollup } from './compute-rollup.ts';
import { provinceSources } from './province-sources.ts';

/** What {@link sendRollup} queued. */
export interface SentRollup {
  messageId: string;
  receiver: string;
  region: string;
  asOf: string;
  enterprises: number;
  filings: number;
  /** The re-filing obligations it reports, by status. */
  refilings: RefilingTotals;
}

/**
 * Computes the province's rollup from what it holds (received filings, tenants' filings,
 * re-filing obligations and the registry of the node's own organisation) and queues it as
 * `rollup.report` to the parent, in one transaction. FED_NOT_ENROLLED without a parent.
 */
export async function sendRollup(deps: NodeDeps, now = new Date()): Promise<SentRollup> {
  return withTransaction(deps.pool, async (tx) => {
    const payload = await buildRollup(tx, now);
    const queued = await queueToParent(tx, 'rollup.report', payload);
    return {
      messageId: queued.id,
      receiver: queued.receiver,
      region: payload.region,
      asOf: payload.asOf,
      enterprises: payload.enterprises,
      filings: payload.counts.reduce((sum, count) => sum + count.count, 0),
      refilings: refilingTotals(payload.refilings.counts),
    };
  });
}

/** The rollup payload as of `now` (no side effects). */
export async function buildRollup(db: Queryable, now: Date) {
  const { orgId, filings: rows, registry, region } = await provinceSources(db);
  const enterprises = new Set([...rows.map((row) => row.uscc)]).size;
  const refilings = computeRefilingRollup(
    orgId === undefined ? [] : await rollupRefilingsRepository.sourceRows(db, orgId),
    now,
  );
  const rollup = computeRollup({
    region,
    asOf: now,
    // Registered enterprises, or those that filed when the registry is smaller.
    enterprises: Math.max(registry.length, enterprises),
    rows,
  });
  return { ...rollup, refilings };
}

/**
 * The `rollup.report` handler (ministry): keeps the latest report per province. The
 * receive pipeline applies each envelope once and in seq order; the `asOf` guard also keeps
 * an older report from replacing a newer one.
 */
export async function applyRollupReport(tx: Queryable, envelope: Envelope): Promise<void> {
  const report = RollupReportPayloadSchema.parse(envelope.payload);
  await federationRollupsRepository.upsertLatest(tx, {
    sender: envelope.sender,
    envelopeId: envelope.id,
    seq: envelope.seq,
    region: report.region,
    asOf: new Date(report.asOf),
    enterprises: report.enterprises,
    counts: report.counts,
    // Absent from reports of provinces that predate it: kept null, shown as not reported.
    refilings: report.refilings ?? null,
  });
}
