import { auditChainsOf, auditRepository, type Queryable } from '@shuan/db';
import { canonicalJson, verifyChain } from '@shuan/tools';

/** The verdict on one org's chain (or on every org's, for the CLI). */
export interface AuditVerdict {
  ok: boolean;
  checked: number;
  firstBroken?: { orgId: string; seq: number; reason: string };
}

/**
 * Re-reads the audit log and checks each org's hash chain: contiguous seq, links, and the
 * hash of every entry's fields. Stops at the first broken entry.
 */
export async function verifyAudit(db: Queryable, orgId?: string): Promise<AuditVerdict> {
  const chains = auditChainsOf(await auditRepository.readChain(db, orgId), canonicalJson);
  let checked = 0;
  for (const [chainOrg, entries] of chains) {
    const verdict = verifyChain(entries);
    checked += verdict.checked;
    if (!verdict.ok)
      return { ok: false, checked, firstBroken: { orgId: chainOrg, ...verdict.firstBroken } };
  }
  return { ok: true, checked };
}
