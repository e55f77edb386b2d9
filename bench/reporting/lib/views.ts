/**
 * The endpoints `npm run bench:reporting` loads, in one table: every regulator view the
 * ministry mounts (docs/regulator-views.md) and the older regulator-side routes. A view
 * with `baseline` has the SAME figures computed directly from the raw tables by SQL; the
 * bench times that baseline in the same run and requires the view to be ≥ 10× faster.
 * Lists read the raw rows themselves (a page and a total), so they have no baseline and
 * only the p95 goal.
 *
 * Baselines are written to be as fast as raw SQL can reasonably be (one scan per table with
 * GROUPING SETS, the queries of one view run side by side on their own connections, as the
 * server runs the view's rollup queries side by side): the ratio is then the rollups' gain,
 * not a strawman's.
 */

/** One endpoint under load. */
export interface ViewCase {
  name: string;
  /** Path under `/api/v1`. */
  path: string;
  /** A rollup-backed figure view (ratio goal) or a list of raw rows (p95 goal only). */
  kind: 'view' | 'list';
  /** The same figures from the raw tables: queries run side by side, timed together. */
  baseline?: { what: string; queries: string[] };
  /** Why there is no baseline, or what else to know. */
  note?: string;
}

/** Start of the overview's default window (12 months, this one included) in China time. */
const WINDOW_START = `((date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '11 months') AT TIME ZONE 'Asia/Shanghai')`;
const PROVINCE = (column: string): string => `left(${column}, 2) || '0000'`;
const MONTH = (column: string): string =>
  `date_trunc('month', ${column} AT TIME ZONE 'Asia/Shanghai')`;
/** The highest risk band of an assessment report (migration 0014's conclusion). */
const CONCLUSION = `CASE WHEN coalesce((payload->'distribution'->>'critical')::int, 0) > 0 THEN 'critical'
  WHEN coalesce((payload->'distribution'->>'high')::int, 0) > 0 THEN 'high'
  WHEN coalesce((payload->'distribution'->>'medium')::int, 0) > 0 THEN 'medium'
  WHEN coalesce((payload->'distribution'->>'low')::int, 0) > 0 THEN 'low' ELSE 'none' END`;

const INCIDENTS_WINDOW = `SELECT level, domain, industry_code, province, month, count(*) AS count,
    count(*) FILTER (WHERE NOT summary_received) AS open
  FROM (SELECT level, payload->'incident'->'facts'->>'domain' AS domain, industry_code,
          ${PROVINCE('region_code')} AS province, ${MONTH('discovered_at')} AS month, summary_received
        FROM received_incidents WHERE discovered_at >= ${WINDOW_START}) x
  GROUP BY GROUPING SETS ((level), (domain), (industry_code), (province), (month))`;

const RISKS_WINDOW = `SELECT potential_level, risk_type, industry_code, province, month, count(*) AS count
  FROM (SELECT potential_level, risk_type, industry_code, ${PROVINCE('region_code')} AS province,
          ${MONTH('found_at')} AS month
        FROM received_risks WHERE found_at >= ${WINDOW_START}) x
  GROUP BY GROUPING SETS ((potential_level), (risk_type), (industry_code), (province), (month))`;

const ASSESSMENTS = `SELECT year, conclusion, count(*) FROM (SELECT year, ${CONCLUSION} AS conclusion
  FROM received_assessments) x GROUP BY GROUPING SETS ((year), (conclusion))`;

const LATEST_WARNINGS = `SELECT w.id, w.title, w.level, w.issued_at, count(r.id) AS recipients,
    count(r.delivered_at) AS delivered, count(r.acknowledged_at) AS acknowledged, count(r.answered_at) AS answered
  FROM (SELECT id, title, level, issued_at FROM warnings ORDER BY issued_at DESC, id DESC LIMIT 20) w
  LEFT JOIN warning_recipients r ON r.warning_id = w.id
  GROUP BY w.id, w.title, w.level, w.issued_at ORDER BY w.issued_at DESC, w.id DESC`;

const WARNINGS_BY_PROVINCE = `SELECT ${PROVINCE("coalesce(region_code, '00')")} AS province, count(*) AS recipients,
    count(acknowledged_at) AS acknowledged, count(answered_at) AS answered
  FROM warning_recipients GROUP BY 1`;

const ROLLUP_FILINGS = `SELECT sum((c->>'count')::int) FILTER (WHERE c->>'status' IN ('submitted', 'overdue')) AS awaiting,
    sum((c->>'count')::int) FILTER (WHERE c->>'status' = 'overdue') AS overdue
  FROM federation_rollups, jsonb_array_elements(counts) c`;

/** The regulator views of docs/regulator-views.md (the rollups of migrations 0014 and 0015). */
export const REGULATOR_VIEWS: readonly ViewCase[] = [
  {
    name: 'regulator overview (12 months)',
    path: '/regulator/overview',
    kind: 'view',
    baseline: {
      what: 'incidents and risks in the window by level, type, industry, province and month (GROUPING SETS over the received rows), assessments by year and conclusion, latest 20 warnings and recipients by province from warning_recipients, filings awaiting review from the rollups, warnings total',
      queries: [
        INCIDENTS_WINDOW,
        RISKS_WINDOW,
        ASSESSMENTS,
        LATEST_WARNINGS,
        WARNINGS_BY_PROVINCE,
        ROLLUP_FILINGS,
        'SELECT count(*) FROM warnings',
      ],
    },
  },
  {
    name: 'regulator map: incidents',
    path: '/regulator/map?figure=incidents',
    kind: 'view',
    baseline: {
      what: 'incidents per province, all time, from received_incidents',
      queries: [
        `SELECT ${PROVINCE('region_code')} AS province, count(*) FROM received_incidents GROUP BY 1`,
      ],
    },
  },
  {
    name: 'regulator map: filings',
    path: '/regulator/map?figure=filings',
    kind: 'view',
    note: 'the ministry holds no raw filings, only the provinces’ rollups: no raw baseline',
  },
  {
    name: 'regulator map: assessments',
    path: '/regulator/map?figure=assessments',
    kind: 'view',
    baseline: {
      what: 'assessment reports per province from received_assessments',
      queries: [
        `SELECT ${PROVINCE("payload->'enterprise'->>'region'")} AS province, count(*) FROM received_assessments GROUP BY 1`,
      ],
    },
  },
  {
    name: 'regulator map: ackRate',
    path: '/regulator/map?figure=ackRate',
    kind: 'view',
    baseline: {
      what: 'recipients and 签收 per province from warning_recipients',
      queries: [WARNINGS_BY_PROVINCE],
    },
  },
  {
    name: 'regulator targets',
    path: '/regulator/targets',
    kind: 'view',
    note: 'progress from the peers and the provinces’ latest filing rollups, which are all the ministry holds: no raw baseline',
  },
];

/** The older regulator-side routes of the ministry (lists and the rollup-based national view). */
export const OTHER_ROUTES: readonly ViewCase[] = [
  {
    name: 'national overview',
    path: '/national/overview',
    kind: 'list',
    note: 'reads the 31 province rollups and peers',
  },
  { name: 'node directory', path: '/nodes', kind: 'list' },
  { name: 'incidents received, first page', path: '/incidents-received', kind: 'list' },
  {
    name: 'incidents received, level=major',
    path: '/incidents-received?level=major',
    kind: 'list',
  },
  { name: 'risks received, first page', path: '/risks-received', kind: 'list' },
  { name: 'warnings tracked, first page', path: '/warnings', kind: 'list' },
  {
    name: 'one warning’s tracking',
    path: '/warnings/{warningId}',
    kind: 'list',
    note: 'all its recipients (one warning of the seed)',
  },
];
