import type {
  MaterialChangeSummarySchema,
  ReceivedRefilingSchema,
  RefilingStatusSchema,
} from '@shuan/contracts';
import type { ReceivedRefilingRow } from '@shuan/db';
import type { z } from 'zod';
import { refileByOf, stateOf } from './filing-clock.ts';
import type { RefilingStanding } from './track-refiling.ts';

type Summary = z.infer<typeof MaterialChangeSummarySchema>;

/** The running state of an open obligation's last day; null otherwise. */
function running(state: string, refileBy: string, now: Date) {
  const deadlineState = state === 'open' ? stateOf(refileBy, now) : null;
  return { deadlineState, overdue: deadlineState === 'overdue' };
}

/** The enterprise's re-filing obligation (变更后须在…前重新备案), `none` when there is none. */
export function presentRefilingStatus(
  standing: RefilingStanding,
  now: Date,
): z.infer<typeof RefilingStatusSchema> {
  const { base, change } = standing;
  const filed = {
    baseFilingId: base?.id ?? null,
    baseCatalogVersion: base?.catalogVersion ?? null,
  };
  if (change === undefined || change.state === 'reverted') {
    return {
      state: 'none',
      ...filed,
      changedAt: null,
      refileBy: null,
      deadlineState: null,
      overdue: false,
      refiledFilingId: null,
      summary: null,
    };
  }
  const refileBy = refileByOf(change.changedAt);
  return {
    state: change.state,
    ...filed,
    changedAt: change.changedAt.toISOString(),
    refileBy,
    ...running(change.state, refileBy, now),
    refiledFilingId: change.refiledFilingId,
    summary: change.summary as Summary,
  };
}

/** An obligation in the province's list, with its running deadline. */
export function presentReceivedRefiling(
  row: ReceivedRefilingRow,
  now: Date,
): z.infer<typeof ReceivedRefilingSchema> {
  return {
    id: row.id,
    sender: row.sender,
    tenant: row.tenantOrgId !== null,
    enterprise: {
      uscc: row.uscc,
      name: row.name,
      region: row.regionCode,
      industry: row.industryCode,
    },
    registryId: row.enterpriseId,
    baseFilingId: row.baseFilingId,
    baseCatalogVersion: row.baseVersion,
    changedAt: row.changedAt.toISOString(),
    refileBy: row.refileBy,
    state: row.state,
    ...running(row.state, row.refileBy, now),
    refiledFilingId: row.refiledFilingId,
    summary: row.summary as Summary,
    receivedAt: row.receivedAt.toISOString(),
  };
}
