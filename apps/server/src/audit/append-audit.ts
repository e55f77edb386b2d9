import { auditHashedFields, auditRepository, type Queryable } from '@shuan/db';
import { canonicalJson, chainHash, GENESIS_HASH } from '@shuan/tools';

/** One thing that happened, as the caller describes it. */
export interface AuditEvent {
  orgId: string;
  actor: string;
  action: string;
  target?: string;
  payload?: Record<string, unknown>;
}

/**
 * Appends an entry to the org's SM3 hash chain. Call it with the transaction client of the
 * change it records, so that the change and its audit entry commit together or not at all.
 * The org's chain lock serialises appends, which keeps `seq` contiguous per org.
 */
export async function appendAudit(tx: Queryable, event: AuditEvent): Promise<void> {
  const head = await auditRepository.lockChainHead(tx, event.orgId);
  const row = {
    seq: (head?.seq ?? 0) + 1,
    orgId: event.orgId,
    at: new Date(),
    actor: event.actor,
    action: event.action,
    target: event.target ?? '',
    payload: event.payload ?? {},
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const hash = chainHash(row.prevHash, canonicalJson(auditHashedFields(row)));
  await auditRepository.insert(tx, { ...row, hash });
}
