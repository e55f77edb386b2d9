import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { MessagePayload } from '@shuan/contracts';
import { receivedAssessmentsRepository, warningsRepository, withTransaction } from '@shuan/db';
import { applyIncidentReport, applyRiskReport } from '../incidents/receive-reports.ts';
import { buildIncidentReportPayload } from '../incidents/testing/incident-fixtures.ts';
import { startTestNode, type TestNode } from '../testing/test-node.ts';

// The regulator rollups of migrations 0014 and 0015 on a province node (real database): the
// inbox handlers' writes move them in the same transaction (a rolled-back apply leaves them
// as they were), later reports move an incident between cells, and the migration's backfill
// gives the same figures as the triggers and as SQL over the raw tables.

let t: TestNode;
const origin = { sender: 'ent-node', tenantOrgId: null, envelopeId: null };

before(async () => {
  t = await startTestNode({ env: { SHUAN_ROLE: 'province' } });
});
after(async () => {
  await t.close();
});

const q = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  (await t.node.deps.pool.query<T>(sql, params)).rows;

function incident(
  region: string,
  industry: string,
  level: 'general' | 'major',
  discoveredAt: string,
  domain: 'industrial' | 'telecom' = 'industrial',
): MessagePayload<'incident.report'> {
  const p = buildIncidentReportPayload();
  p.enterprise = { ...p.enterprise, region, industry };
  p.incident = {
    ...p.incident,
    level,
    discoveredAt,
    facts: { ...p.incident.facts, domain },
  };
  return p;
}

function risk(region: string, type: string, level: string, foundAt: string): unknown {
  return {
    reportId: randomUUID(),
    enterprise: { uscc: '91350100MA2Y4B7C14', name: '探针', region, industry: 'C26' },
    sentAt: foundAt,
    riskType: type,
    potentialLevel: level,
    title: '风险',
    description: '',
    foundAt,
    systems: [],
    measures: '',
  };
}

async function levelCount(kind: string, key: string): Promise<number> {
  const rows = await q<{ n: string | null }>(
    `SELECT sum(count) AS n FROM regulator_report_months WHERE kind = $1 AND dim = 'level' AND key = $2`,
    [kind, key],
  );
  return Number(rows[0]?.n ?? 0);
}

test('an incident applied in a transaction moves the rollup with it, or not at all', async () => {
  const pool = t.node.deps.pool;
  const before = await levelCount('incident', 'major');
  await assert.rejects(
    withTransaction(pool, async (tx) => {
      await applyIncidentReport(
        tx,
        origin,
        incident('350102', 'C36', 'major', '2026-03-05T02:00:00.000Z'),
        new Date(),
      );
      assert.equal(
        await tx.query(`SELECT 1 FROM regulator_report_months`).then((r) => r.rowCount! > 0),
        true,
      );
      throw new Error('rollback');
    }),
    /rollback/,
  );
  assert.equal(await levelCount('incident', 'major'), before);
  await withTransaction(pool, (tx) =>
    applyIncidentReport(
      tx,
      origin,
      incident('350102', 'C36', 'major', '2026-03-05T02:00:00.000Z'),
      new Date(),
    ),
  );
  assert.equal(await levelCount('incident', 'major'), before + 1);
});

test('a later report moves the incident to its new level and closes the owed reports', async () => {
  const pool = t.node.deps.pool;
  const first = incident('320106', 'C26', 'general', '2026-02-28T20:00:00.000Z');
  await withTransaction(pool, (tx) => applyIncidentReport(tx, origin, first, new Date()));
  const generalBefore = await levelCount('incident', 'general');
  const majorBefore = await levelCount('incident', 'major');
  const summary: MessagePayload<'incident.report'> = {
    ...first,
    kind: 'summary',
    reportId: randomUUID(),
    sentAt: new Date(Date.now() + 60_000).toISOString(),
    incident: {
      ...first.incident,
      level: 'major',
      status: 'closed',
      closedAt: new Date().toISOString(),
    },
    summary: {
      cause: '原因',
      measures: '措施',
      harm: '危害',
      accountability: '',
      fixes: '',
      lessons: '',
    },
  };
  await withTransaction(pool, (tx) => applyIncidentReport(tx, origin, summary, new Date()));
  assert.equal(await levelCount('incident', 'general'), generalBefore - 1);
  assert.equal(await levelCount('incident', 'major'), majorBefore + 1);
  // Discovered 2026-02-28 20:00 UTC = 2026-03-01 04:00 in Beijing: March in the rollup.
  const [row] = await q<{ open: string }>(
    `SELECT open FROM regulator_report_months
      WHERE kind = 'incident' AND dim = 'region' AND key = '320100' AND month = '2026-03-01'`,
  );
  assert.equal(Number(row?.open), 0);
});

test('risks, assessments, filings and warning answers are counted at ingest', async () => {
  const pool = t.node.deps.pool;
  await withTransaction(pool, async (tx) => {
    await applyRiskReport(
      tx,
      origin,
      risk('320500', 'data-leakage', 'major', '2026-01-10T00:00:00.000Z'),
      new Date(),
    );
    await applyRiskReport(
      tx,
      origin,
      risk('330100', 'illegal-access', 'general', '2025-12-10T00:00:00.000Z'),
      new Date(),
    );
  });
  for (const [high, critical] of [
    [0, 1],
    [2, 0],
    [0, 0],
  ] as const) {
    await receivedAssessmentsRepository.insert(pool, {
      sender: 'ent-node',
      envelopeId: randomUUID(),
      tenantOrgId: null,
      assessmentId: randomUUID(),
      uscc: '91350100MA2Y4B7C14',
      name: '探针',
      year: 2026,
      completedOn: '2026-03-01',
      validUntil: '2027-03-01',
      conclusion: '结论',
      payload: {
        enterprise: { region: '320500', industry: 'C26' },
        distribution: { low: 1, medium: 0, high, critical },
      },
      receivedAt: new Date(),
    });
  }
  await q(
    `INSERT INTO federation_filings (envelope_id, sender, filing_id, kind, payload, state)
     VALUES (gen_random_uuid(), 'ent-node', gen_random_uuid(), 'full',
       '{"enterprise":{"region":"320500"}}', 'received')`,
  );
  const org = (await q<{ id: string }>(`SELECT id FROM organizations LIMIT 1`))[0]!.id;
  const warningId = randomUUID();
  await q(
    `INSERT INTO warnings (id, org_id, origin, issued_by, issuer_name, issued_at, level, type,
       title, description, ack_by, feedback_by, audience)
     VALUES ($1, $2, 'issued', 'province', '省厅', now(), 'red', 'threat', '预警', '说明',
       now() + interval '1 day', now() + interval '2 days', '{}')`,
    [warningId, org],
  );
  await q(
    `INSERT INTO warning_recipients (warning_id, recipient_key, uscc, name, region_code, node_id, delivered_at)
     VALUES ($1, 'node:a', NULL, '甲', '320500', 'a', now()), ($1, 'node:b', NULL, '乙', '320100', 'b', now()),
            ($1, 'node:c', NULL, '丙', '320100', 'c', NULL)`,
    [warningId],
  );
  await warningsRepository.recordAck(pool, warningId, { nodeId: 'a' }, new Date(), 'a-user');
  await warningsRepository.recordAck(pool, warningId, { nodeId: 'a' }, new Date(), 'again');

  assert.deepEqual(
    await q(`SELECT conclusion, count::int FROM regulator_assessment_counts ORDER BY conclusion`),
    [
      { conclusion: 'critical', count: 1 },
      { conclusion: 'high', count: 1 },
      { conclusion: 'low', count: 1 },
    ],
  );
  assert.deepEqual(
    await q(
      `SELECT province, state, sum(count)::int AS count FROM regulator_filing_counts GROUP BY 1, 2`,
    ),
    [{ province: '320000', state: 'received', count: 1 }],
  );
  assert.deepEqual(
    await q(
      `SELECT sum(recipients)::int AS r, sum(delivered)::int AS d, sum(acknowledged)::int AS a
         FROM regulator_warning_counts WHERE warning_id = $1`,
      [warningId],
    ),
    [{ r: 3, d: 2, a: 1 }],
  );
  assert.equal(await levelCount('risk', 'major'), 1);
});

/** The rollups, normalised for comparison (zero cells dropped). */
async function snapshot() {
  return {
    reports: await q(
      `SELECT kind, dim, key, month::text, count::int, open::int FROM regulator_report_months
        WHERE count <> 0 OR open <> 0 ORDER BY 1, 2, 3, 4`,
    ),
    assessments: await q(
      `SELECT * FROM regulator_assessment_counts WHERE count <> 0 ORDER BY 1, 2, 3, 4`,
    ),
    // Summed over the shards (migration 0026): the rebuild writes shard 0 only.
    filings: await q(
      `SELECT province, state, sum(count)::int AS count FROM regulator_filing_counts
        GROUP BY 1, 2 HAVING sum(count) <> 0 ORDER BY 1, 2`,
    ),
    warnings: await q(`SELECT * FROM regulator_warning_counts WHERE recipients <> 0 ORDER BY 1, 2`),
  };
}

test('the backfill equals the triggers and SQL over the raw tables', async () => {
  const pool = t.node.deps.pool;
  const byTriggers = await snapshot();
  // The migration's backfill (which truncates the rollups first).
  await pool.query(`SELECT regulator_rebuild_rollups()`);
  assert.notEqual(byTriggers.reports.length, 0);
  assert.deepEqual(await snapshot(), byTriggers);

  // Figures straight from the raw tables.
  const raw = await q<{ dim: string; key: string; n: number }>(
    `SELECT 'level' AS dim, level AS key, count(*)::int AS n FROM received_incidents GROUP BY level
     UNION ALL SELECT 'industry', industry_code, count(*)::int FROM received_incidents GROUP BY 2
     UNION ALL SELECT 'type', payload->'incident'->'facts'->>'domain', count(*)::int FROM received_incidents GROUP BY 2
     UNION ALL SELECT 'region', left(region_code, 4) || '00', count(*)::int FROM received_incidents GROUP BY 2
     UNION ALL SELECT 'province', left(region_code, 2) || '0000', count(*)::int FROM received_incidents GROUP BY 2
     UNION ALL SELECT 'filter', level || '/' || status, count(*)::int FROM received_incidents GROUP BY 2
     UNION ALL SELECT 'month', to_char(discovered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), count(*)::int
       FROM received_incidents GROUP BY 2
     UNION ALL SELECT 'open', '', count(*)::int FROM received_incidents WHERE NOT summary_received
     ORDER BY 1, 2`,
  );
  const rolled = await q<{ dim: string; key: string; n: number }>(
    `SELECT dim, key, sum(count)::int AS n FROM regulator_report_months
      WHERE kind = 'incident' GROUP BY 1, 2 HAVING sum(count) <> 0
     UNION ALL SELECT 'month', to_char(month, 'YYYY-MM'), sum(count)::int FROM regulator_report_months
      WHERE kind = 'incident' AND dim = 'level' GROUP BY 2 HAVING sum(count) <> 0
     UNION ALL SELECT 'open', '', sum(open)::int FROM regulator_report_months
      WHERE kind = 'incident' AND dim = 'level'
     ORDER BY 1, 2`,
  );
  assert.deepEqual(rolled, raw);
  assert.ok(raw.length >= 10);
  const rawRisks = await q(
    `SELECT risk_type AS key, count(*)::int AS n FROM received_risks GROUP BY 1 ORDER BY 1`,
  );
  const rolledRisks = await q(
    `SELECT key, sum(count)::int AS n FROM regulator_report_months
      WHERE kind = 'risk' AND dim = 'type' GROUP BY 1 ORDER BY 1`,
  );
  assert.deepEqual(rolledRisks, rawRisks);
  const rawAcks = await q(
    `SELECT count(*)::int AS r, count(acknowledged_at)::int AS a FROM warning_recipients`,
  );
  const rolledAcks = await q(
    `SELECT coalesce(sum(recipients), 0)::int AS r, coalesce(sum(acknowledged), 0)::int AS a
        FROM regulator_warning_counts`,
  );
  assert.deepEqual(rolledAcks, rawAcks);
});
