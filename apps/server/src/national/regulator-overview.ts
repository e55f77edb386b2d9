import { ASSESSMENT_CONCLUSIONS, type RegulatorOverviewSchema } from '@shuan/contracts';
import { INCIDENT_LEVEL_NAMES, RISK_TYPES } from '@shuan/core';
import { regulatorRollupsRepository, type ReportDimensionCount } from '@shuan/db';
import { findIndustryDivision, findRegion } from '@shuan/tools';
import type { z } from 'zod';
import type { NodeDeps } from '../http/context.ts';

type Overview = z.infer<typeof RegulatorOverviewSchema>;
type Figures = Overview['incidents'];
type KeyCount = Figures['byLevel'][number];

const DOMAIN_NAMES: Record<string, { zh: string; en: string }> = {
  industrial: { zh: '工业数据', en: 'industrial data' },
  telecom: { zh: '电信数据', en: 'telecom data' },
  radio: { zh: '无线电数据', en: 'radio data' },
};

/** `YYYY-MM` of the last `count` months in China Standard Time, oldest first. */
export function monthWindow(now: Date, count: number): string[] {
  const cst = new Date(now.getTime() + 8 * 3600_000);
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const at = new Date(Date.UTC(cst.getUTCFullYear(), cst.getUTCMonth() - back, 1));
    months.push(at.toISOString().slice(0, 7));
  }
  return months;
}

/** Chinese and English names of one breakdown value, for the dimension it belongs to. */
export function nameOf(dim: string, key: string): { name: string; nameEn: string } {
  if (dim === 'level') {
    const level = (INCIDENT_LEVEL_NAMES as Partial<Record<string, { zh: string; en: string }>>)[
      key
    ];
    if (level !== undefined) return { name: level.zh, nameEn: level.en };
  }
  if (dim === 'type') {
    const named = DOMAIN_NAMES[key] ?? RISK_TYPES.find((type) => type.id === key)?.name;
    if (named !== undefined) return { name: named.zh, nameEn: named.en };
  }
  if (dim === 'industry') {
    const division = findIndustryDivision(key.length > 3 ? key.slice(0, 3) : key);
    if (division !== undefined) return { name: division.name, nameEn: division.nameEn };
  }
  if (dim === 'region' || dim === 'province') {
    const region = findRegion(key);
    if (region !== undefined) return { name: region.name, nameEn: key };
  }
  return { name: key, nameEn: key };
}

function breakdown(counts: readonly ReportDimensionCount[], dim: string): KeyCount[] {
  return counts
    .filter((c) => c.dim === dim && c.count !== 0)
    .map((c) => ({ key: c.key, ...nameOf(dim, c.key), count: c.count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * The figures of one kind from the rollup's per-dimension sums: totals from the level cube
 * (every report counts once there), series over every month of the window with zeros.
 */
export function reportFigures(
  counts: readonly ReportDimensionCount[],
  kind: 'incident' | 'risk',
  months: readonly string[],
  regionDim: 'region' | 'province',
): Figures {
  const mine = counts.filter((c) => c.kind === kind);
  const levels = mine.filter((c) => c.dim === 'level');
  const perMonth = new Map(mine.filter((c) => c.dim === 'month').map((c) => [c.key, c.count]));
  return {
    total: levels.reduce((sum, c) => sum + c.count, 0),
    open: levels.reduce((sum, c) => sum + c.open, 0),
    byLevel: breakdown(mine, 'level'),
    byType: breakdown(mine, 'type'),
    byIndustry: breakdown(mine, 'industry'),
    byRegion: breakdown(mine, regionDim),
    byMonth: months.map((month) => ({ month, count: perMonth.get(month) ?? 0 })),
  };
}

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/**
 * The regulator overview of this node (province or ministry) from the rollups of
 * migrations 0014 and 0015 and, on the ministry, the provinces' latest filing rollups summed
 * per status: a handful of small aggregate queries run side by side, none over the raw
 * received rows. The ministry's regions are provinces, a province's are its cities.
 */
export async function regulatorOverview(
  deps: NodeDeps,
  monthCount: number,
  now = new Date(),
): Promise<Overview> {
  const ministry = deps.config.role === 'ministry';
  const regionDim = ministry ? 'province' : 'region';
  const months = monthWindow(now, monthCount);
  const pool = deps.pool;
  const [counts, assessments, filings, rollupStatus, latest, byProvince, warningTotal] =
    await Promise.all([
      regulatorRollupsRepository.reportCounts(pool, `${months[0]}-01`, [
        'level',
        'type',
        'industry',
        regionDim,
      ]),
      regulatorRollupsRepository.assessmentCounts(pool),
      ministry ? Promise.resolve([]) : regulatorRollupsRepository.filingCounts(pool),
      ministry ? regulatorRollupsRepository.rollupTotals(pool, 'status') : Promise.resolve([]),
      regulatorRollupsRepository.latestWarnings(pool, 20),
      regulatorRollupsRepository.warningsByProvince(pool),
      regulatorRollupsRepository.warningTotal(pool),
    ]);

  const byConclusion = Object.fromEntries(ASSESSMENT_CONCLUSIONS.map((c) => [c, 0])) as Record<
    (typeof ASSESSMENT_CONCLUSIONS)[number],
    number
  >;
  const byYear = new Map<number, number>();
  for (const row of assessments) {
    if (row.conclusion in byConclusion) {
      byConclusion[row.conclusion as keyof typeof byConclusion] += row.count;
    }
    byYear.set(row.year, (byYear.get(row.year) ?? 0) + row.count);
  }

  const rollupCount = (...statuses: string[]) =>
    rollupStatus.filter((c) => statuses.includes(c.key)).reduce((sum, c) => sum + c.count, 0);
  const incidents = reportFigures(counts, 'incident', months, regionDim);
  const recipients = byProvince.reduce((sum, p) => sum + p.recipients, 0);
  const acknowledged = byProvince.reduce((sum, p) => sum + p.acknowledged, 0);
  return {
    generatedAt: now.toISOString(),
    role: ministry ? 'ministry' : 'province',
    months,
    assessments: {
      total: assessments.reduce((sum, row) => sum + row.count, 0),
      byConclusion,
      byYear: [...byYear].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year),
    },
    incidents,
    risks: reportFigures(counts, 'risk', months, regionDim),
    deadlines: {
      incidentsAwaitingReports: incidents.open,
      incidentsAwaitingByLevel: counts
        .filter((c) => c.kind === 'incident' && c.dim === 'level' && c.open !== 0)
        .map((c) => ({ key: c.key, ...nameOf('level', c.key), count: c.open })),
      filingsAwaitingReview: ministry
        ? rollupCount('submitted', 'overdue')
        : filings.filter((f) => f.state === 'received').reduce((sum, f) => sum + f.count, 0),
      filingsOverdue: ministry ? rollupCount('overdue') : null,
    },
    warnings: {
      total: warningTotal,
      recipients,
      acknowledged,
      answered: byProvince.reduce((sum, p) => sum + p.answered, 0),
      ackRate: rate(acknowledged, recipients),
      latest: latest.map((w) => ({
        warningId: w.warningId,
        title: w.title,
        level: w.level,
        issuedAt: w.issuedAt.toISOString(),
        recipients: w.recipients,
        delivered: w.delivered,
        acknowledged: w.acknowledged,
        answered: w.answered,
        ackRate: rate(w.acknowledged, w.recipients),
      })),
    },
  };
}

export { rate as ratio };
