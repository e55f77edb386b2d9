import type { EnterpriseDto } from '@shuan/contracts';
import type { EnterpriseRow } from '@shuan/db';
import { findIndustryDivision, regionNamePath } from '@shuan/tools';
import { iso } from '../presenters/iso.ts';

/**
 * A registry entry as the API shows it, with the names of its codes. A code the reference
 * tables no longer hold (a newer edition dropped it) shows as the bare code instead of failing.
 */
export function presentEnterprise(row: EnterpriseRow): EnterpriseDto {
  const division = findIndustryDivision(row.industryCode);
  return {
    id: row.id,
    uscc: row.uscc,
    name: row.name,
    regionCode: row.regionCode,
    regionPath: regionNamePath(row.regionCode) ?? row.regionCode,
    industryCode: row.industryCode,
    industryName: division?.name ?? row.industryCode,
    industryNameEn: division?.nameEn ?? row.industryCode,
    sectionCode: division?.section.code ?? '',
    size: row.size,
    keyEnterprise: row.keyEnterprise,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    address: row.address,
    nodeId: row.nodeId,
    tenantOrgId: row.tenantOrgId,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
