import type { NationalOverviewSchema } from '@shuan/contracts';
import { LEVELS, type Level } from '@shuan/core';
import {
  federationPeersRepository,
  federationRollupsRepository,
  type PeerRow,
  type RollupRow,
} from '@shuan/db';
import { findIndustryDivision, findRegion } from '@shuan/tools';
import type { z } from 'zod';
import type { NodeDeps } from '../http/context.ts';
import { isoOrNull } from '../presenters/iso.ts';
import { packsBehind, runningRulePackVersions } from '../rule-packs/running-packs.ts';

type Overview = z.infer<typeof NationalOverviewSchema>;
type Province = Overview['provinces'][number];
type StatusCounts = Overview['byStatus'];

const DAY_MS = 24 * 3600_000;

function zeroStatus(): StatusCounts {
  return { submitted: 0, accepted: 0, returned: 0, overdue: 0 };
}
function zeroLevel(): Record<Level, number> {
  return Object.fromEntries(LEVELS.map((level) => [level, 0])) as Record<Level, number>;
}

/**
 * The ministry's national view from the latest rollup of each province and the province
 * peers: filings by province, industry, level and status, and which provinces are behind
 * (no rollup yet, none for `staleDays`, or reviews overdue). A pure function of its inputs.
 */
export function buildNationalOverview(input: {
  peers: readonly PeerRow[];
  rollups: readonly RollupRow[];
  rulePacks: Record<string, string>;
  staleDays: number;
  now: Date;
}): Overview {
  const rollups = new Map(input.rollups.map((rollup) => [rollup.sender, rollup]));
  const byStatus = zeroStatus();
  const byLevel = zeroLevel();
  const byIndustry = new Map<string, number>();
  const provinces: Province[] = input.peers
    .filter((peer) => peer.relation === 'child')
    .map((peer) => {
      const rollup = rollups.get(peer.nodeId);
      const province = provinceOf(peer, rollup, input);
      for (const count of rollup?.counts ?? []) {
        byStatus[count.status] += count.count;
        byLevel[count.level] += count.count;
        byIndustry.set(count.industry, (byIndustry.get(count.industry) ?? 0) + count.count);
      }
      return province;
    })
    // Provinces behind first, then by region code.
    .sort(
      (a, b) =>
        Number(b.behind) - Number(a.behind) ||
        (a.region ?? '').localeCompare(b.region ?? '') ||
        a.nodeId.localeCompare(b.nodeId),
    );
  return {
    generatedAt: input.now.toISOString(),
    staleDays: input.staleDays,
    totals: {
      provinces: provinces.length,
      reporting: provinces.filter((p) => p.rollupAsOf !== null).length,
      behind: provinces.filter((p) => p.behind).length,
      enterprises: provinces.reduce((sum, p) => sum + p.enterprises, 0),
      filings: provinces.reduce((sum, p) => sum + p.filings, 0),
    },
    byStatus,
    byLevel,
    byIndustry: [...byIndustry]
      .map(([code, filings]) => {
        const division = findIndustryDivision(code.slice(0, 3));
        return {
          code,
          name: division?.name ?? code,
          nameEn: division?.nameEn ?? code,
          filings,
        };
      })
      .sort((a, b) => b.filings - a.filings || a.code.localeCompare(b.code)),
    provinces,
    rulePacks: input.rulePacks,
  };
}

function provinceOf(
  peer: PeerRow,
  rollup: RollupRow | undefined,
  input: { rulePacks: Record<string, string>; staleDays: number; now: Date },
): Province {
  const status = zeroStatus();
  const level = zeroLevel();
  for (const count of rollup?.counts ?? []) {
    status[count.status] += count.count;
    level[count.level] += count.count;
  }
  const reasons: Province['reasons'] = [];
  if (rollup === undefined) reasons.push('no-rollup');
  else if (input.now.getTime() - rollup.asOf.getTime() > input.staleDays * DAY_MS)
    reasons.push('stale-rollup');
  if (status.overdue > 0) reasons.push('overdue-reviews');
  // The region it reports; else the region of the token it enrolled with.
  const scoped = peer.scope?.kind === 'region' ? peer.scope.code : null;
  const region = rollup !== undefined && rollup.region !== '000000' ? rollup.region : scoped;
  return {
    nodeId: peer.nodeId,
    status: peer.status,
    region,
    regionName: region === null ? null : (findRegion(region)?.name ?? null),
    lastContactAt: isoOrNull(peer.lastContactAt),
    rollupAsOf: rollup === undefined ? null : rollup.asOf.toISOString(),
    enterprises: rollup?.enterprises ?? 0,
    filings: Object.values(status).reduce((sum, n) => sum + n, 0),
    byStatus: status,
    byLevel: level,
    behind: reasons.length > 0,
    reasons,
    rulePacks: peer.rulePacks,
    packsBehind: peer.lastContactAt === null ? [] : packsBehind(input.rulePacks, peer.rulePacks),
  };
}

/** {@link buildNationalOverview} from this node's database. */
export async function nationalOverview(deps: NodeDeps, staleDays: number, now = new Date()) {
  const [peers, rollups, rulePacks] = await Promise.all([
    federationPeersRepository.list(deps.pool),
    federationRollupsRepository.list(deps.pool),
    runningRulePackVersions(deps.pool),
  ]);
  return buildNationalOverview({ peers, rollups, rulePacks, staleDays, now });
}
