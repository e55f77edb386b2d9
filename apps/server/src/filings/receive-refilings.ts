import { FilingChangePayloadSchema } from '@shuan/contracts';
import { refilingsRepository, type Queryable } from '@shuan/db';
import { refileByOf } from './filing-clock.ts';

/** Who reported the obligation: a child node (its envelope), or a tenant of this node. */
export interface RefilingOrigin {
  sender: string;
  tenantOrgId: string | null;
}

/**
 * Province: records where an enterprise's re-filing obligation stands (a `filing.change`
 * from a child, or a tenant's, written in the tenant's own transaction). The last day is
 * counted here, by this node's calendar, from when the enterprise saw the change: the
 * province's overdue list does not depend on the child's clock settings.
 */
export async function applyRefilingNotice(
  tx: Queryable,
  origin: RefilingOrigin,
  raw: unknown,
  now: Date,
): Promise<void> {
  const notice = FilingChangePayloadSchema.parse(raw);
  const changedAt = new Date(notice.changedAt);
  await refilingsRepository.saveReceived(tx, {
    sender: origin.sender,
    tenantOrgId: origin.tenantOrgId,
    baseFilingId: notice.baseFilingId,
    baseVersion: notice.baseCatalogVersion,
    uscc: notice.enterprise.uscc,
    name: notice.enterprise.name,
    regionCode: notice.enterprise.region,
    industryCode: notice.enterprise.industry,
    changedAt,
    refileBy: refileByOf(changedAt),
    state: notice.state,
    refiledFilingId: notice.refiledFilingId,
    summary: notice.summary,
    at: now,
  });
}
