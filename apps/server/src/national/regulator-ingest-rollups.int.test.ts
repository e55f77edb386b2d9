import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { organizationsRepository, warningsRepository } from '@shuan/db';
import { ok } from '../testing/api.ts';
import {
  P32,
  P44,
  startIngestingMinistry,
  type IngestingMinistry,
} from './testing/ministry-ingest.ts';

// The filing-rollup counts and warning counts of migration 0015 on a ministry node after
// ingest through the real message handlers (rollup.report, warning.delivery/ack/feedback):
// they equal SQL over the raw rows, and the views built on them (the filings map, the
// national overview, the targets, the tracked warnings list) say what the raw rows say.

let m: IngestingMinistry;

before(async () => {
  m = await startIngestingMinistry();
});
after(async () => {
  await m.t.close();
});

const count = (industry: string, region: string, level: string, status: string, n: number) => ({
  industry,
  region,
  level,
  status,
  count: n,
});

test('filing rollups ingested through the handler: the views read their sums', async () => {
  const report = (asOf: string, counts: ReturnType<typeof count>[]) => ({
    region: '320000',
    asOf,
    enterprises: 40,
    counts,
  });
  await m.deliver(
    P32,
    'rollup.report',
    report('2026-03-01T00:00:00.000Z', [count('C31', '320500', 'core', 'overdue', 9)]),
  );
  // The newer report replaces the older one whole; an older one arriving late changes nothing.
  await m.deliver(
    P32,
    'rollup.report',
    report('2026-03-02T00:00:00.000Z', [
      count('C31', '320500', 'core', 'overdue', 4),
      count('C36', '320100', 'important', 'accepted', 21),
      count('C36', '340100', 'general', 'submitted', 2),
    ]),
  );
  await m.deliver(
    P32,
    'rollup.report',
    report('2026-02-01T00:00:00.000Z', [count('C13', '320100', 'core', 'returned', 99)]),
  );
  await m.deliver(P44, 'rollup.report', {
    ...report('2026-03-02T00:00:00.000Z', [count('C39', '440300', 'important', 'submitted', 7)]),
    region: '440000',
  });

  const raw = await m.q(
    `SELECT f.sender, d.dim, d.key, sum((c->>'count')::int)::int AS n
       FROM federation_rollups f, jsonb_array_elements(f.counts) c,
         LATERAL (VALUES ('status', c->>'status'), ('level', c->>'level'), ('industry', c->>'industry'),
           ('province', left(c->>'region', 2) || '0000')) d (dim, key)
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
  assert.deepEqual(
    await m.q(
      `SELECT sender, dim, key, count::int AS n FROM regulator_rollup_counts ORDER BY 1, 2, 3`,
    ),
    raw,
  );
  const map = await ok<{ provinces: { code: string; value: number | null }[] }>(
    m.t,
    m.admin,
    'GET',
    '/regulator/map?figure=filings',
  );
  const value = (code: string) => map.provinces.find((p) => p.code === code)?.value;
  assert.deepEqual(
    [value('320000'), value('340000'), value('440000'), value('110000')],
    [25, 2, 7, null],
  );
  const national = await ok<{
    byStatus: Record<string, number>;
    byLevel: Record<string, number>;
    byIndustry: { code: string; filings: number }[];
    provinces: { nodeId: string; filings: number; reasons: string[] }[];
  }>(m.t, m.admin, 'GET', '/national/overview');
  assert.deepEqual(national.byStatus, { submitted: 9, accepted: 21, returned: 0, overdue: 4 });
  assert.deepEqual(national.byLevel, { general: 2, important: 28, core: 4 });
  assert.deepEqual(
    national.byIndustry.map((i) => [i.code, i.filings]),
    [
      ['C36', 23],
      ['C39', 7],
      ['C31', 4],
    ],
  );
  assert.deepEqual(national.provinces.find((p) => p.nodeId === P32)?.filings, 27);
  const targets = await ok<{ targets: { id: string; progress: number | null }[] }>(
    m.t,
    m.admin,
    'GET',
    '/regulator/targets',
  );
  assert.equal(targets.targets.find((x) => x.id === 'enterprises-classifying')?.progress, 34);
});

test('warning answers ingested through the handlers: the tracked list equals the raw rows', async () => {
  const org = await organizationsRepository.first(m.t.node.deps.pool);
  assert.ok(org);
  const day = 24 * 3600_000;
  // Deadlines ahead, the acknowledgement's passed, both passed: the three ways `overdue` reads.
  for (const [n, ackBy, feedbackBy] of [
    [1, 2, 3],
    [2, -1, 3],
    [3, -2, -1],
  ] as const) {
    const id = randomUUID();
    await warningsRepository.insert(m.t.node.deps.pool, {
      id,
      orgId: org.id,
      origin: 'issued',
      receivedFrom: null,
      issuedBy: 'ministry-000000',
      issuerName: '工信部',
      issuedAt: new Date(Date.now() - (10 - n) * day),
      issuedUser: 'admin',
      level: 'orange',
      type: 'threat',
      title: `预警 ${String(n)}`,
      description: '说明',
      indicators: [],
      measures: '',
      ackBy: new Date(Date.now() + ackBy * day),
      feedbackBy: new Date(Date.now() + feedbackBy * day),
      audience: {},
      envelopeId: null,
    });
    const recipients = ['91320100MA1A1A1A1A', '91320100MA1B1B1B1B', '91320100MA1C1C1C1C'].map(
      (uscc, i) => ({
        uscc,
        name: `企业${String(i)}`,
        region: '320100',
        industry: 'C26',
        nodeId: null,
        delivered: i < 2,
      }),
    );
    await m.deliver(P32, 'warning.delivery', {
      warningId: id,
      deliveredAt: new Date().toISOString(),
      recipients,
    });
    const enterprise = { uscc: recipients[0]!.uscc, name: '企业0', nodeId: null };
    await m.deliver(P32, 'warning.ack', {
      warningId: id,
      acknowledgedAt: new Date().toISOString(),
      acknowledgedBy: '张三',
      enterprise,
    });
    // The second warning's first recipient answers (an answer implies the acknowledgement).
    if (n === 2) {
      await m.deliver(P32, 'warning.feedback', {
        warningId: id,
        answeredAt: new Date().toISOString(),
        answeredBy: '张三',
        measures: '已处置',
        matchedIndicators: 0,
        enterprise,
      });
    }
  }
  const list = await ok<{ items: { id: string; summary: Record<string, number | null> }[] }>(
    m.t,
    m.admin,
    'GET',
    '/warnings',
  );
  const raw = await m.q<{
    id: string;
    addressed: number;
    delivered: number;
    acknowledged: number;
    answered: number;
    overdue: number;
  }>(
    `SELECT w.id, count(r.id)::int AS addressed, count(r.delivered_at)::int AS delivered,
       count(r.acknowledged_at)::int AS acknowledged, count(r.answered_at)::int AS answered,
       count(*) FILTER (WHERE r.delivered_at IS NOT NULL AND ((r.acknowledged_at IS NULL AND now() > w.ack_by)
         OR (r.answered_at IS NULL AND now() > w.feedback_by)))::int AS overdue
     FROM warnings w JOIN warning_recipients r ON r.warning_id = w.id GROUP BY w.id, w.issued_at
     ORDER BY w.issued_at DESC, w.id`,
  );
  assert.deepEqual(
    list.items.map((i) => ({
      id: i.id,
      addressed: i.summary.addressed,
      delivered: i.summary.delivered,
      acknowledged: i.summary.acknowledged,
      answered: i.summary.answered,
      overdue: i.summary.overdue,
    })),
    raw,
  );
  assert.deepEqual(
    raw.map((r) => r.overdue),
    [2, 1, 0],
  );
});
