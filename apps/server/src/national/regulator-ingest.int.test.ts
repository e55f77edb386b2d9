import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { MessagePayload } from '@shuan/contracts';
import { buildIncidentReportPayload } from '../incidents/testing/incident-fixtures.ts';
import { ok } from '../testing/api.ts';
import {
  P32,
  P44,
  startIngestingMinistry,
  type IngestingMinistry,
} from './testing/ministry-ingest.ts';

// The report rollup of migration 0015 on a ministry node after ingest through the real
// message handlers (incident.report, risk.report), each envelope in its own transaction as
// the receive pipeline applies it: every count equals SQL over the raw rows, the received
// lists' totals equal count(*), and the cached overview follows an ingest commit.

let m: IngestingMinistry;

before(async () => {
  m = await startIngestingMinistry();
});
after(async () => {
  await m.t.close();
});

function incident(
  region: string,
  level: 'general' | 'major' | 'especially-major',
  discoveredAt: string,
  domain: 'industrial' | 'telecom' | 'radio',
): MessagePayload<'incident.report'> {
  const p = buildIncidentReportPayload();
  p.enterprise = { ...p.enterprise, region, industry: region.startsWith('32') ? 'C26' : 'C39' };
  p.incident = { ...p.incident, level, discoveredAt, facts: { ...p.incident.facts, domain } };
  return p;
}

function risk(region: string, riskType: string, potentialLevel: string, foundAt: string) {
  return {
    reportId: randomUUID(),
    enterprise: { uscc: '91350100MA2Y4B7C14', name: '探针', region, industry: 'C36' },
    sentAt: foundAt,
    riskType,
    potentialLevel,
    title: '风险',
    description: '',
    foundAt,
    systems: [],
    measures: '',
  };
}

/** Incidents and risks per kind, dimension and value (and month, open), straight from the rows. */
const RAW_CELLS = `
  WITH r AS (
    SELECT 'incident' AS kind, level, coalesce(payload->'incident'->'facts'->>'domain', '') AS type,
      industry_code AS industry, region_code AS region, level || '/' || status AS filter,
      to_char(discovered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
      (NOT summary_received)::int AS open
    FROM received_incidents
    UNION ALL
    SELECT 'risk', potential_level, risk_type, industry_code, region_code,
      potential_level || '/' || risk_type, to_char(found_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), 0
    FROM received_risks)
  SELECT kind, dim, key, n, open FROM (
    SELECT kind, 'level' AS dim, level AS key, count(*)::int AS n, sum(open)::int AS open FROM r GROUP BY 1, 3
    UNION ALL SELECT kind, 'type', type, count(*)::int, sum(open)::int FROM r GROUP BY 1, 3
    UNION ALL SELECT kind, 'industry', industry, count(*)::int, sum(open)::int FROM r GROUP BY 1, 3
    UNION ALL SELECT kind, 'region', left(region, 4) || '00', count(*)::int, sum(open)::int FROM r GROUP BY 1, 3
    UNION ALL SELECT kind, 'province', left(region, 2) || '0000', count(*)::int, sum(open)::int FROM r GROUP BY 1, 3
    UNION ALL SELECT kind, 'filter', filter, count(*)::int, sum(open)::int FROM r GROUP BY 1, 3
    UNION ALL SELECT kind, 'month', month, count(*)::int, sum(open)::int FROM r GROUP BY 1, 3) x
  ORDER BY 1, 2, 3`;

const ROLLED_CELLS = `
  SELECT kind, dim, key, n, open FROM (
    SELECT kind, dim, key, sum(count)::int AS n, sum(open)::int AS open
      FROM regulator_report_months GROUP BY 1, 2, 3
    UNION ALL SELECT kind, 'month', to_char(month, 'YYYY-MM'), sum(count)::int, sum(open)::int
      FROM regulator_report_months WHERE dim = 'level' GROUP BY 1, 3) x
  WHERE n <> 0 OR open <> 0 ORDER BY 1, 2, 3`;

test('incidents and risks ingested through the handlers: the rollup equals the raw rows', async () => {
  const first = incident('320106', 'general', '2026-02-28T20:00:00.000Z', 'industrial');
  await m.deliver(P32, 'incident.report', first);
  await m.deliver(
    P32,
    'incident.report',
    incident('320506', 'major', '2025-11-03T00:00:00.000Z', 'telecom'),
  );
  await m.deliver(
    P44,
    'incident.report',
    incident('440305', 'especially-major', new Date().toISOString(), 'radio'),
  );
  // A follow-up regrades the first incident and changes its domain; a summary closes it.
  const followUp = incident('320106', 'major', first.incident.discoveredAt, 'telecom');
  followUp.incidentId = first.incidentId;
  followUp.kind = 'follow-up';
  followUp.sentAt = new Date(Date.now() + 60_000).toISOString();
  await m.deliver(P32, 'incident.report', followUp);
  await m.deliver(P32, 'incident.report', {
    ...followUp,
    kind: 'summary',
    reportId: randomUUID(),
    sentAt: new Date(Date.now() + 120_000).toISOString(),
    incident: { ...followUp.incident, status: 'closed', closedAt: new Date().toISOString() },
    summary: {
      cause: '原因',
      measures: '措施',
      harm: '危害',
      accountability: '',
      fixes: '',
      lessons: '',
    },
  });
  // A re-delivered report is stored once: nothing moves.
  await m.deliver(P32, 'incident.report', followUp);
  for (const [region, type, level] of [
    ['320500', 'data-leakage', 'major'],
    ['320500', 'data-leakage', 'general'],
    ['441900', 'illegal-access', 'general'],
  ] as const) {
    await m.deliver(P44, 'risk.report', risk(region, type, level, '2026-01-10T00:00:00.000Z'));
  }
  const raw = await m.q(RAW_CELLS);
  assert.ok(raw.length > 25, String(raw.length));
  assert.deepEqual(await m.q(ROLLED_CELLS), raw);

  // The received lists' totals come from the rollup's filter cells: the same as count(*).
  for (const [path, sql] of [
    ['/incidents-received', `SELECT count(*)::int AS n FROM received_incidents`],
    [
      '/incidents-received?level=major',
      `SELECT count(*)::int AS n FROM received_incidents WHERE level = 'major'`,
    ],
    [
      '/incidents-received?status=closed',
      `SELECT count(*)::int AS n FROM received_incidents WHERE status = 'closed'`,
    ],
    [
      '/incidents-received?level=major&status=open',
      `SELECT count(*)::int AS n FROM received_incidents WHERE level = 'major' AND status = 'open'`,
    ],
    [
      '/risks-received?type=data-leakage',
      `SELECT count(*)::int AS n FROM received_risks WHERE risk_type = 'data-leakage'`,
    ],
    [
      '/risks-received?level=general&type=illegal-access',
      `SELECT count(*)::int AS n FROM received_risks WHERE potential_level = 'general' AND risk_type = 'illegal-access'`,
    ],
  ] as const) {
    const page = await ok<{ total: number; items: unknown[] }>(m.t, m.admin, 'GET', path);
    const [expected] = await m.q<{ n: number }>(sql);
    assert.equal(page.total, expected?.n, path);
    assert.equal(page.items.length, Math.min(20, expected?.n ?? 0), path);
  }
});

test('the cached overview follows an ingest commit', async () => {
  const caches = m.t.node.deps.caches;
  assert.ok(caches);
  type Totals = { incidents: { total: number }; warnings: { acknowledged: number } };
  const first = await ok<Totals>(m.t, m.admin, 'GET', '/regulator/overview');
  const hits = caches.responses.hits;
  assert.deepEqual(await ok<Totals>(m.t, m.admin, 'GET', '/regulator/overview'), first);
  assert.equal(caches.responses.hits, hits + 1);
  await m.deliver(
    P44,
    'incident.report',
    incident('440305', 'major', new Date().toISOString(), 'industrial'),
  );
  // The notification arrives a moment after the commit: poll (no timing is asserted).
  let seen = first;
  for (
    let attempt = 0;
    attempt < 200 && seen.incidents.total === first.incidents.total;
    attempt++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    seen = await ok<Totals>(m.t, m.admin, 'GET', '/regulator/overview');
  }
  assert.equal(seen.incidents.total, first.incidents.total + 1);
});
