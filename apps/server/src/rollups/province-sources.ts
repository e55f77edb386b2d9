import {
  federationRollupsRepository,
  organizationsRepository,
  type Queryable,
  type RollupSourceRow,
} from '@shuan/db';
import { provinceRegion } from './compute-rollup.ts';

/** The enterprise a filing payload names (the fields the province's reports read). */
export function filedEnterprise(row: RollupSourceRow): { name?: string; region?: string } {
  return (row.payload as { enterprise?: { name?: string; region?: string } }).enterprise ?? {};
}

/**
 * What a province reports from (its rollups and its yearly assessment summary): the node's
 * own organisation, each enterprise's latest filing that was not withdrawn, the registry's
 * region codes, and the province's region from them. Both reports claim the same region,
 * which the ministry checks against the province's enrollment scope.
 */
export async function provinceSources(db: Queryable): Promise<{
  orgId: string | undefined;
  filings: RollupSourceRow[];
  registry: string[];
  region: string;
}> {
  const own = await organizationsRepository.first(db);
  const filings = own === undefined ? [] : await federationRollupsRepository.sourceRows(db, own.id);
  const registry =
    own === undefined ? [] : await federationRollupsRepository.registryRegions(db, own.id);
  const region = provinceRegion(
    registry,
    filings.map((row) => filedEnterprise(row).region ?? '').filter((code) => code !== ''),
  );
  return { orgId: own?.id, filings, registry, region };
}
