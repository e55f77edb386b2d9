import type { NationalOverviewSchema } from '@shuan/contracts';
import { LEVELS, type Level } from '@shuan/core';
import {
  federationPeersRepository,
  federationRollupsRepository,
  regulatorRollupsRepository,
  rollupRefilingsRepository,
  type PeerRow,
  type RollupDimensionCount,
  type RollupHead,
  type SenderRefilingCounts,
} from '@shuan/db';
import { findIndustryDivision, findRegion } from '@shuan/tools';
import type { z } from 'zod';
import type { NodeDeps } from '../http/context.ts';
import { isoOrNull } from '../presenters/iso.ts';
import type { RefilingTotals } from '../rollups/compute-refiling-rollup.ts';
import { packsBehind, runningRulePackVersions } from '../rule-packs/running-packs.ts';
import { buildNationalRefilings, refilingsBySender } from './national-refilings.ts';

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

/** One province's rollup counts by status and level. */
interface SenderCounts {
  status: StatusCounts;
  level: Record<Level, number>;
}

/** Groups the rows of `regulator_rollup_counts` by sender. */
function countsBySender(rows: readonly RollupDimensionCount[]): Map<string, SenderCounts> {
  const senders = new Map<string, SenderCounts>();
  for (const row of rows) {
    let sender = senders.get(row.sender);
    if (sender === undefined) {
      sender = { status: zeroStatus(), level: zeroLevel() };
      senders.set(row.sender, sender);
    }
    if (row.dim === 'status' && row.key in sender.status)
      sender.status[row.key as keyof StatusCounts] += row.count;
    else if (row.dim === 'level' && row.key in sender.level)
      sender.level[row.key as Level] += row.count;
  }
  return senders;
}

/**
 * The ministry's national view from the latest rollup of each province (its counts summed
 * per status and level when it arrived; `industries` summed over the child peers' rollups)
 * and the province peers: filings by province, industry, level and status, and which
 * provinces are behind (no rollup yet, none for `staleDays`, or reviews overdue); and the
 * re-filings after material changes the provinces report (overdue ones are the enterprises'
 * lateness, not the province's: they do not put it behind). A pure function of its inputs.
 */
export function buildNationalOverview(input: {
  peers: readonly PeerRow[];
  rollups: readonly RollupHead[];
  counts: readonly RollupDimensionCount[];
  industries: readonly { key: string; count: number }[];
  refilings: readonly SenderRefilingCounts[];
  rulePacks: Record<string, string>;
  staleDays: number;
  now: Date;
}): Overview {
  const rollups = new Map(input.rollups.map((rollup) => [rollup.sender, rollup]));
  const counts = countsBySender(input.counts);
  const refilings = refilingsBySender(input.refilings);
  const byStatus = zeroStatus();
  const byLevel = zeroLevel();
  const provinces: Province[] = input.peers
    .filter((peer) => peer.relation === 'child')
    .map((peer) => {
      const rollup = rollups.get(peer.nodeId);
      const sender = rollup === undefined ? undefined : counts.get(peer.nodeId);
      const reported = rollup === undefined ? undefined : refilings.get(peer.nodeId);
      const province = provinceOf(peer, rollup, sender, reported, input);
      for (const [status, n] of Object.entries(province.byStatus))
        byStatus[status as keyof StatusCounts] += n;
      for (const [level, n] of Object.entries(province.byLevel)) byLevel[level as Level] += n;
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
    byIndustry: input.industries
      .filter((industry) => industry.count !== 0)
      .map(({ key: code, count: filings }) => {
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
    refilings: buildNationalRefilings(
      input.refilings,
      new Set(provinces.map((province) => province.nodeId)),
    ),
    rulePacks: input.rulePacks,
  };
}

function provinceOf(
  peer: PeerRow,
  rollup: RollupHead | undefined,
  counts: SenderCounts | undefined,
  refilings: RefilingTotals | undefined,
  input: { rulePacks: Record<string, string>; staleDays: number; now: Date },
): Province {
  const status = { ...(counts?.status ?? zeroStatus()) };
  const level = { ...(counts?.level ?? zeroLevel()) };
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
    refilings: refilings ?? null,
  };
}

/** {@link buildNationalOverview} from this node's database. */
export async function nationalOverview(deps: NodeDeps, staleDays: number, now = new Date()) {
  const [peers, rollups, counts, industries, refilings, rulePacks] = await Promise.all([
    federationPeersRepository.list(deps.pool),
    federationRollupsRepository.listHeads(deps.pool),
    regulatorRollupsRepository.rollupCountsBySender(deps.pool, ['status', 'level']),
    regulatorRollupsRepository.rollupTotals(deps.pool, 'industry', 'child peers'),
    rollupRefilingsRepository.countsBySender(deps.pool),
    runningRulePackVersions(deps.pool),
  ]);
  return buildNationalOverview({
    peers,
    rollups,
    counts,
    industries,
    refilings,
    rulePacks,
    staleDays,
    now,
  });
}
