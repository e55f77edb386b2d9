import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { organizationsRepository, usersRepository, withTransaction } from '@shuan/db';
import { hashPassword } from '../accounts/secrets.ts';
import { applyIncidentReport } from '../incidents/receive-reports.ts';
import { buildIncidentReportPayload } from '../incidents/testing/incident-fixtures.ts';
import { call, ok } from '../testing/api.ts';
import { startTestNode, type TestNode } from '../testing/test-node.ts';
import { buildTargets, PLAN_TARGETS } from './regulator-targets.ts';

// The regulator views through the API: the province's overview from its rollups, the
// ministry-only map and targets (409 NATIONAL_VIEW_MINISTRY_ONLY on a province), a tenant's
// users refused (403), and the ministry's map and targets from what the provinces reported.

const PASSWORD = 'regulator-test-password';
let province: TestNode;
let ministry: TestNode;
let provinceAdmin: Record<string, string>;
let ministryAdmin: Record<string, string>;
let tenant: Record<string, string>;

interface Overview {
  role: string;
  months: string[];
  incidents: {
    total: number;
    open: number;
    byLevel: { key: string; name: string; count: number }[];
    byRegion: { key: string; name: string; count: number }[];
    byMonth: { month: string; count: number }[];
  };
  deadlines: { incidentsAwaitingReports: number; filingsOverdue: number | null };
  warnings: { ackRate: number | null };
}

before(async () => {
  [province, ministry] = await Promise.all([
    startTestNode({ env: { SHUAN_ROLE: 'province' } }),
    startTestNode({ env: { SHUAN_ROLE: 'ministry', SHUAN_NODE_ID: 'ministry-000000' } }),
  ]);
  provinceAdmin = await province.login('admin', province.adminPassword);
  ministryAdmin = await ministry.login('admin', ministry.adminPassword);
  const org = await organizationsRepository.create(province.node.deps.pool, '托管企业');
  await usersRepository.create(province.node.deps.pool, {
    orgId: org.id,
    username: 'tenant-admin',
    displayName: '托管企业管理员',
    role: 'admin',
    passwordHash: await hashPassword(PASSWORD),
  });
  tenant = await province.login('tenant-admin', PASSWORD);
});

after(async () => {
  await Promise.all([province.close(), ministry.close()]);
});

test('the province overview counts what it received, this month included', async () => {
  const now = new Date().toISOString();
  for (const [region, level] of [
    ['350102', 'major'],
    ['350102', 'general'],
    ['350203', 'major'],
  ] as const) {
    const report = buildIncidentReportPayload();
    report.enterprise = { ...report.enterprise, region };
    report.incident = { ...report.incident, level, discoveredAt: now };
    await withTransaction(province.node.deps.pool, (tx) =>
      applyIncidentReport(
        tx,
        { sender: 'ent', tenantOrgId: null, envelopeId: null },
        report,
        new Date(),
      ),
    );
  }
  const overview = await ok<Overview>(
    province,
    provinceAdmin,
    'GET',
    '/regulator/overview?months=3',
  );
  assert.equal(overview.role, 'province');
  assert.equal(overview.months.length, 3);
  assert.equal(overview.incidents.total, 3);
  assert.equal(overview.incidents.open, 3);
  assert.equal(overview.deadlines.incidentsAwaitingReports, 3);
  assert.equal(overview.deadlines.filingsOverdue, null);
  assert.deepEqual(
    overview.incidents.byLevel.map((l) => [l.key, l.name, l.count]),
    [
      ['major', '重大', 2],
      ['general', '一般', 1],
    ],
  );
  assert.deepEqual(
    overview.incidents.byRegion.map((r) => [r.key, r.name, r.count]),
    [
      ['350100', '福州市', 2],
      ['350200', '厦门市', 1],
    ],
  );
  assert.equal(overview.incidents.byMonth.at(-1)?.count, 3);
  assert.equal(overview.warnings.ackRate, null);
});

test('map and targets are the ministry’s; a tenant’s users get 403', async () => {
  for (const path of ['/regulator/map?figure=incidents', '/regulator/targets']) {
    const refused = await call(province, provinceAdmin, 'GET', path);
    assert.equal(refused.statusCode, 409, path);
    assert.equal(
      refused.json<{ error: { code: string } }>().error.code,
      'NATIONAL_VIEW_MINISTRY_ONLY',
    );
  }
  for (const path of ['/regulator/overview', '/regulator/map', '/regulator/targets']) {
    assert.equal((await call(province, tenant, 'GET', path)).statusCode, 403, path);
  }
  const bad = await call(ministry, ministryAdmin, 'GET', '/regulator/map?figure=nope');
  assert.equal(bad.statusCode, 400);
});

test('the ministry map and targets come from what the provinces reported', async () => {
  const pool = ministry.node.deps.pool;
  for (const nodeId of ['province-320000', 'province-440000']) {
    await pool.query(
      `INSERT INTO federation_peers (node_id, relation, public_key) VALUES ($1, 'child', $2)`,
      [nodeId, `04${'ab'.repeat(64)}`],
    );
  }
  await pool.query(
    `INSERT INTO federation_rollups (sender, envelope_id, seq, region, as_of, enterprises, counts)
     VALUES ('province-320000', $1, 1, '320000', now(), 30, $2)`,
    [
      randomUUID(),
      JSON.stringify([
        { industry: 'C31', region: '320500', level: 'core', status: 'overdue', count: 4 },
        { industry: 'C36', region: '320100', level: 'important', status: 'accepted', count: 21 },
      ]),
    ],
  );
  const map = await ok<{
    provinces: { code: string; name: string; value: number | null }[];
    max: number;
  }>(ministry, ministryAdmin, 'GET', '/regulator/map?figure=filings');
  assert.equal(map.provinces.length, 31);
  assert.deepEqual(
    map.provinces.find((p) => p.code === '320000'),
    {
      code: '320000',
      name: '江苏省',
      nameEn: '320000',
      value: 25,
    },
  );
  assert.equal(map.provinces.find((p) => p.code === '440000')?.value, null);
  assert.equal(map.max, 25);

  const targets = await ok<{
    targets: { id: string; progress: number | null; confirmed: boolean }[];
  }>(ministry, ministryAdmin, 'GET', '/regulator/targets');
  const byId = new Map(targets.targets.map((t) => [t.id, t]));
  assert.equal(byId.get('enterprises-classifying')?.progress, 25);
  assert.equal(byId.get('provincial-nodes')?.progress, 2);
  assert.equal(byId.get('provincial-nodes')?.confirmed, false);
  assert.equal(byId.get('standards')?.progress, null);

  const overview = await ok<Overview>(ministry, ministryAdmin, 'GET', '/regulator/overview');
  assert.equal(overview.role, 'ministry');
  assert.equal(overview.deadlines.filingsOverdue, 4);
});

test('targets: every target has its figures and the ratio of progress to target', () => {
  const built = buildTargets({ 'filing-enterprises': 9000, 'province-nodes': 20 }, new Date(0));
  assert.equal(built.version, PLAN_TARGETS.version);
  assert.equal(built.targets.find((t) => t.id === 'enterprises-classifying')?.ratio, 0.2);
  assert.equal(built.targets.find((t) => t.id === 'provincial-nodes')?.ratio, 1);
  assert.ok(built.targets.every((t) => t.target > 0 && t.name.length > 0));
});
