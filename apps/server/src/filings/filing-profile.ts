import { hasCapability } from '@shuan/core';
import type { FilingEnterpriseSchema } from '@shuan/contracts';
import {
  filingReviewsRepository,
  filingsRepository,
  organizationsRepository,
  withTransaction,
  type Queryable,
} from '@shuan/db';
import {
  describeEnterpriseErrors,
  findIndustryDivision,
  validateEnterprisePatch,
} from '@shuan/tools';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';

/** Who files, as the filing.submit payload names it. */
export type FilingEnterprise = z.infer<typeof FilingEnterpriseSchema>;

/** Where an org's filings go: up to the parent node, or (a tenant) into this node's queue. */
export type FilingTarget = { kind: 'parent' } | { kind: 'tenant'; registryOrgId: string };

const profileMissing = (): AppError =>
  new AppError(
    'FILING_PROFILE_MISSING',
    '请先填写备案主体信息（统一社会信用代码、名称、行政区划、行业）；托管企业须在省级企业名录中登记 / set the filing profile first (credit code, name, region, industry); a hosted enterprise must be in the province registry',
  );

/** A GB/T 4754 division with its section letter (`36` → `C36`), as filings carry it. */
function withSection(code: string): string {
  const division = findIndustryDivision(code);
  return division === undefined ? code : `${division.section.code}${division.code}`;
}

/**
 * The org's filing identity and target. On a node that files to a parent (an enterprise
 * node) the profile set on this node. On a node that hosts tenants (a province) only a
 * tenant files, into this node's own queue: the org must have an entry in the node's
 * registry (enterprises.tenant_org_id), which is its identity unless it set a profile.
 */
export async function resolveFiler(
  deps: NodeDeps,
  db: Queryable,
  orgId: string,
): Promise<{ enterprise: FilingEnterprise; target: FilingTarget; source: 'profile' | 'registry' }> {
  const profile = await filingsRepository.getProfile(db, orgId);
  if (hasCapability(deps.config.role, 'files-to-parent')) {
    if (profile === undefined) throw profileMissing();
    return {
      enterprise: {
        uscc: profile.uscc,
        name: profile.name,
        region: profile.regionCode,
        industry: profile.industryCode,
      },
      target: { kind: 'parent' },
      source: 'profile',
    };
  }
  const own = await organizationsRepository.first(db);
  if (!hasCapability(deps.config.role, 'hosts-tenants') || own === undefined || own.id === orgId) {
    throw profileMissing();
  }
  const entry = await filingReviewsRepository.tenantEntry(db, own.id, orgId);
  if (entry === undefined) throw profileMissing();
  const target: FilingTarget = { kind: 'tenant', registryOrgId: own.id };
  if (profile !== undefined) {
    return {
      enterprise: {
        uscc: profile.uscc,
        name: profile.name,
        region: profile.regionCode,
        industry: profile.industryCode,
      },
      target,
      source: 'profile',
    };
  }
  return {
    enterprise: {
      uscc: entry.uscc,
      name: entry.name,
      region: entry.regionCode,
      industry: withSection(entry.industryCode),
    },
    target,
    source: 'registry',
  };
}

/**
 * Saves the org's filing profile: the credit code's check character, a known region and a
 * known GB/T 4754 division, like a registry entry (same error codes). Audited.
 */
export async function saveFilingProfile(
  deps: NodeDeps,
  principal: Principal,
  input: { uscc: string; name: string; regionCode: string; industryCode: string },
): Promise<FilingEnterprise> {
  const checked = validateEnterprisePatch(input);
  if (!checked.ok) {
    throw new AppError(
      checked.errors[0]?.code ?? 'VALIDATION_FAILED',
      describeEnterpriseErrors(checked.errors),
    );
  }
  const { uscc = input.uscc, name = input.name } = checked.value;
  const regionCode = checked.value.regionCode ?? input.regionCode;
  const industryCode = withSection(checked.value.industryCode ?? input.industryCode);
  await withTransaction(deps.pool, async (tx) => {
    await filingsRepository.saveProfile(tx, {
      orgId: principal.orgId,
      uscc,
      name,
      regionCode,
      industryCode,
      updatedBy: principal.username,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'filing.profile',
      target: `uscc:${uscc}`,
      payload: { uscc, name, regionCode, industryCode },
    });
  });
  return { uscc, name, region: regionCode, industry: industryCode };
}
