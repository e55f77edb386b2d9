import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { federationPeersRepository, organizationsRepository, usersRepository } from '@shuan/db';
import { hashPassword } from '../accounts/secrets.ts';
import { call, ok } from '../testing/api.ts';
import { startTestNode, type TestNode } from '../testing/test-node.ts';
import { testUscc } from '../testing/test-uscc.ts';

// Warnings on one province node (in-process, real database): every audience kind resolved
// against the registry (children's nodes get warning.issue in the outbox, a tenant gets it
// in its inbox, an entry without either is addressed but undeliverable), validation codes,
// the tenant's inbox with indicator matches, acknowledgement and answer in the tracking
// table, and the chase. The multi-node path is in federation/warnings-chain.int.test.ts.

const PASSWORD = 'warnings-test-password';
let t: TestNode;
let admin: Record<string, string>;
let tenant: Record<string, string>;
let tenantOrgId: string;

/** Registry: A chemicals 苏州 key (node ent-a); B vehicles 南京 (node ent-b); C vehicles 无锡 (tenant); D textiles 徐州 (nothing). */
const A = {
  uscc: testUscc('320508', 1),
  name: '甲化工',
  regionCode: '320508',
  industryCode: '26',
  keyEnterprise: true,
};
const B = {
  uscc: testUscc('320102', 2),
  name: '乙汽车',
  regionCode: '320102',
  industryCode: '36',
  keyEnterprise: false,
};
const C = {
  uscc: testUscc('320200', 3),
  name: '丙汽车',
  regionCode: '320213',
  industryCode: 'C36',
  keyEnterprise: false,
};
const D = {
  uscc: testUscc('320300', 4),
  name: '丁纺织',
  regionCode: '320302',
  industryCode: '17',
  keyEnterprise: false,
};

const DAY = 86_400_000;
function warning(audience: unknown, extra: Record<string, unknown> = {}) {
  return {
    level: 'orange',
    type: 'vulnerability',
    title: '某数据库高危漏洞预警',
    description: '攻击者可远程执行代码',
    indicators: [
      { kind: 'ip', value: '10.2.0.0/16' },
      { kind: 'product', value: 'MySQL 5.7' },
    ],
    measures: '立即升级并封禁来源地址',
    ackBy: new Date(Date.now() + DAY).toISOString(),
    feedbackBy: new Date(Date.now() + 3 * DAY).toISOString(),
    audience,
    ...extra,
  };
}

interface Tracking {
  id: string;
  queuedTo: string[];
  summary: {
    addressed: number;
    delivered: number;
    acknowledged: number;
    answered: number;
    ackRate: number | null;
  };
  recipients: {
    uscc: string | null;
    name: string;
    state: string;
    tenant: boolean;
    chaseCount: number;
  }[];
}

before(async () => {
  t = await startTestNode({ env: { SHUAN_ROLE: 'province' } });
  admin = await t.login('admin', t.adminPassword);
  const pool = t.node.deps.pool;
  for (const nodeId of ['ent-a', 'ent-b']) {
    await federationPeersRepository.insert(pool, {
      nodeId,
      relation: 'child',
      publicKey: '04' + 'ab'.repeat(64),
      url: null,
      scope: null,
      tokenId: null,
    });
  }
  const org = await organizationsRepository.create(pool, '丙汽车（托管）');
  tenantOrgId = org.id;
  await usersRepository.create(pool, {
    orgId: org.id,
    username: 'tenant-officer',
    displayName: '丙 officer',
    role: 'officer',
    passwordHash: await hashPassword(PASSWORD),
  });
  tenant = await t.login('tenant-officer', PASSWORD);
  for (const entry of [A, B, C, D]) {
    await ok(t, admin, 'POST', '/registry/enterprises', { ...entry, size: 'large' });
  }
  await pool.query(`UPDATE enterprises SET node_id = 'ent-a' WHERE uscc = $1`, [A.uscc]);
  await pool.query(`UPDATE enterprises SET node_id = 'ent-b' WHERE uscc = $1`, [B.uscc]);
  await pool.query(`UPDATE enterprises SET tenant_org_id = $2 WHERE uscc = $1`, [C.uscc, org.id]);
  // The tenant holds a source on 10.2.3.4 and a catalog-like source kind: both indicators match.
  await ok(t, tenant, 'POST', '/sources', {
    name: '丙 MES',
    kind: 'mysql',
    target: 'mysql://mes:secret@10.2.3.4:3306/mes',
    password: 'pw',
  });
});

after(async () => {
  await t.close();
});

async function issue(audience: unknown): Promise<Tracking> {
  return ok<Tracking>(t, admin, 'POST', '/warnings', warning(audience));
}

const names = (tracking: Tracking): string[] => tracking.recipients.map((r) => r.name).sort();

async function outboxFor(warningId: string): Promise<string[]> {
  const rows = await t.node.deps.pool.query<{ receiver: string }>(
    `SELECT receiver FROM federation_outbox WHERE type = 'warning.issue'
       AND payload->'warning'->>'warningId' = $1 ORDER BY receiver`,
    [warningId],
  );
  return rows.rows.map((row) => row.receiver);
}

async function tenantInbox(): Promise<string[]> {
  const page = await ok<{ items: { id: string }[] }>(t, tenant, 'GET', '/warning-inbox');
  return page.items.map((item) => item.id);
}

test('audience "all": every registry entry addressed; nodes queued, tenant delivered, the rest undeliverable', async () => {
  const all = await issue({ kind: 'all' });
  assert.deepEqual(names(all), [A.name, B.name, C.name, D.name].sort());
  assert.deepEqual(all.queuedTo.sort(), ['ent-a', 'ent-b']);
  assert.deepEqual(await outboxFor(all.id), ['ent-a', 'ent-b']);
  assert.ok((await tenantInbox()).includes(all.id));
  assert.equal(all.recipients.find((r) => r.name === D.name)?.state, 'undeliverable');
  assert.deepEqual(all.summary, {
    ...all.summary,
    addressed: 4,
    delivered: 3,
    acknowledged: 0,
    ackRate: 0,
  });
});

test('audience by industry (GB/T 4754 division, with or without its section letter)', async () => {
  const vehicles = await issue({ kind: 'industry', industries: ['C36'] });
  assert.deepEqual(names(vehicles), [B.name, C.name].sort());
  assert.deepEqual(await outboxFor(vehicles.id), ['ent-b']);
  assert.ok((await tenantInbox()).includes(vehicles.id));
  const chemicals = await issue({ kind: 'industry', industries: ['26'] });
  assert.deepEqual(names(chemicals), [A.name]);
  assert.ok(!(await tenantInbox()).includes(chemicals.id));
});

test('audience by region (GB/T 2260: province, prefecture or county code)', async () => {
  assert.deepEqual(names(await issue({ kind: 'region', regions: ['320500'] })), [A.name]);
  assert.deepEqual(
    names(await issue({ kind: 'region', regions: ['3202', '320302'] })),
    [C.name, D.name].sort(),
  );
  assert.equal((await issue({ kind: 'region', regions: ['32'] })).recipients.length, 4);
  assert.equal((await issue({ kind: 'region', regions: ['110000'] })).recipients.length, 0);
});

test('audience: the key-enterprise list, and named enterprises by credit code or node id', async () => {
  assert.deepEqual(names(await issue({ kind: 'key' })), [A.name]);
  const named = await issue({
    kind: 'named',
    usccs: [D.uscc.toLowerCase()],
    nodeIds: ['ent-b', 'ent-unknown'],
  });
  assert.deepEqual(names(named), [B.name, D.name].sort());
  assert.deepEqual(await outboxFor(named.id), ['ent-b']);
});

test('bad audiences, indicators and deadlines answer 400 with their codes; enterprises cannot issue', async () => {
  const cases: [unknown, string][] = [
    [warning({ kind: 'industry', industries: ['99'] }), 'WARNING_AUDIENCE_INVALID'],
    [warning({ kind: 'region', regions: ['999999'] }), 'WARNING_AUDIENCE_INVALID'],
    [
      warning({ kind: 'named', usccs: ['91320508MA00000010'], nodeIds: [] }),
      'WARNING_AUDIENCE_INVALID',
    ],
    [warning({ kind: 'named', usccs: [], nodeIds: [] }), 'WARNING_AUDIENCE_INVALID'],
    [
      warning({ kind: 'all' }, { indicators: [{ kind: 'ip', value: '10.0.0.256' }] }),
      'WARNING_INDICATOR_INVALID',
    ],
    [
      warning({ kind: 'all' }, { indicators: [{ kind: 'domain', value: 'localhost' }] }),
      'WARNING_INDICATOR_INVALID',
    ],
    [
      warning({ kind: 'all' }, { indicators: [{ kind: 'hash', value: '12345' }] }),
      'WARNING_INDICATOR_INVALID',
    ],
    [
      warning({ kind: 'all' }, { ackBy: new Date(Date.now() - DAY).toISOString() }),
      'WARNING_DEADLINE_INVALID',
    ],
    [
      warning({ kind: 'all' }, { feedbackBy: new Date(Date.now() + DAY / 2).toISOString() }),
      'WARNING_DEADLINE_INVALID',
    ],
  ];
  for (const [body, code] of cases) {
    const response = await call(t, admin, 'POST', '/warnings', body);
    assert.equal(response.statusCode, 400, response.body);
    assert.equal(response.json<{ error: { code: string } }>().error.code, code);
  }
  // A tenant's officer is not the province: 409 WARNING_NOT_ISSUER.
  const refused = await call(t, tenant, 'POST', '/warnings', warning({ kind: 'all' }));
  assert.equal(refused.statusCode, 409);
  assert.equal(refused.json<{ error: { code: string } }>().error.code, 'WARNING_NOT_ISSUER');
});

test('the tenant sees its warning with matches, acknowledges and answers; the issuer tracks and chases', async () => {
  const issued = await issue({ kind: 'industry', industries: ['36', '26'] });
  const detail = await ok<{
    state: string;
    matches: { subject: string; matched: string; indicator: { value: string } }[];
  }>(t, tenant, 'GET', `/warning-inbox/${issued.id}`);
  assert.equal(detail.state, 'delivered');
  assert.deepEqual(detail.matches.map((m) => `${m.indicator.value}:${m.matched}`).sort(), [
    '10.2.0.0/16:10.2.3.4',
    'MySQL 5.7:mysql',
  ]);
  // Nobody else's inbox: the province's own admin does not hold it.
  assert.equal((await call(t, admin, 'GET', `/warning-inbox/${issued.id}`)).statusCode, 404);

  const acked = await ok<{ state: string; acknowledgedBy: string }>(
    t,
    tenant,
    'POST',
    `/warning-inbox/${issued.id}/ack`,
    {},
  );
  assert.equal(acked.state, 'acknowledged');
  assert.equal(acked.acknowledgedBy, 'tenant-officer');
  let tracking = await ok<Tracking>(t, admin, 'GET', `/warnings/${issued.id}`);
  assert.equal(tracking.recipients.find((r) => r.name === C.name)?.state, 'acknowledged');
  assert.equal(tracking.summary.acknowledged, 1);
  assert.equal(tracking.summary.ackRate, 1 / 3);

  // The chase reminds the two enterprise nodes (outbox) and not the tenant who signed... yet owes an answer.
  const chased = await ok<{ chased: number; queuedTo: string[] }>(
    t,
    admin,
    'POST',
    `/warnings/${issued.id}/chase`,
    { message: '请尽快签收' },
  );
  assert.deepEqual(chased.queuedTo.sort(), ['ent-a', 'ent-b']);
  assert.equal(chased.chased, 3, 'the tenant still owes its answer');
  const reminded = await ok<{ reminders: number }>(t, tenant, 'GET', `/warning-inbox/${issued.id}`);
  assert.equal(reminded.reminders, 1);

  const answered = await ok<{ state: string; answer: string }>(
    t,
    tenant,
    'POST',
    `/warning-inbox/${issued.id}/feedback`,
    {
      measures: '已升级 MySQL 并封禁 10.2.0.0/16',
    },
  );
  assert.equal(answered.state, 'answered');
  tracking = await ok<Tracking>(t, admin, 'GET', `/warnings/${issued.id}`);
  const row = tracking.recipients.find((r) => r.name === C.name) as unknown as {
    state: string;
    measures: string;
    matchedIndicators: number;
    chaseCount: number;
  };
  assert.equal(row.state, 'answered');
  assert.equal(row.measures, '已升级 MySQL 并封禁 10.2.0.0/16');
  assert.equal(row.matchedIndicators, 2);
  assert.equal(row.chaseCount, 1);
  const list = await ok<{
    items: { id: string; summary: { answered: number; acknowledged: number } }[];
  }>(t, admin, 'GET', '/warnings');
  assert.deepEqual(list.items.find((item) => item.id === issued.id)?.summary, {
    ...list.items.find((item) => item.id === issued.id)?.summary,
    answered: 1,
    acknowledged: 1,
  });
  // Audit trail on both sides.
  const actions = await t.node.deps.pool.query<{ action: string }>(
    `SELECT action FROM audit_log WHERE target = $1 ORDER BY seq`,
    [`warning:${issued.id}`],
  );
  assert.deepEqual(actions.rows.map((r) => r.action).sort(), [
    'warning.ack',
    'warning.chase',
    'warning.feedback',
    'warning.issue',
  ]);
  assert.ok(tenantOrgId);
});
