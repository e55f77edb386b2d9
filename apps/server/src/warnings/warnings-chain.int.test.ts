import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  closeFederationNodes,
  eventually,
  startFederationNodes,
  type FederationTestNode,
} from '../federation/testing/federation-node.ts';
import { enrollOver } from '../federation/testing/topology-steps.ts';
import { testUscc } from '../testing/test-uscc.ts';

// Ministry → province → two enterprises as four real processes with their own databases
// (docs/warnings.md): a warning the ministry issues to one industry reaches only the
// matching enterprise through the province, is acknowledged, chased and answered there, and
// the answers come back up through the province to the ministry's tracking table.

const MINISTRY = 'ministry-000000';
const PROVINCE = 'province-320000';
const ENT_CHEM = 'ent-chem-320508';
const ENT_AUTO = 'ent-auto-320102';

const CHEM = {
  uscc: testUscc('320508', 11),
  name: '苏州甲化工有限公司',
  regionCode: '320508',
  industryCode: '26',
};
const AUTO = {
  uscc: testUscc('320102', 12),
  name: '南京乙汽车有限公司',
  regionCode: '320102',
  industryCode: '36',
};

let ministry: FederationTestNode;
let province: FederationTestNode;
let chem: FederationTestNode;
let auto: FederationTestNode;

before(async () => {
  [ministry, province, chem, auto] = await startFederationNodes([
    ['ministry', MINISTRY],
    ['province', PROVINCE],
    ['enterprise', ENT_CHEM],
    ['enterprise', ENT_AUTO],
  ]);
});

after(async () => {
  await closeFederationNodes(ministry, province, chem, auto);
});

interface Recipient {
  uscc: string | null;
  name: string;
  state: string;
  viaNode: string | null;
  measures: string | null;
  matchedIndicators: number | null;
  chaseCount: number;
}
interface Tracking {
  id: string;
  summary: {
    addressed: number;
    delivered: number;
    acknowledged: number;
    answered: number;
    ackRate: number | null;
  };
  recipients: Recipient[];
}

test('a ministry warning to one industry reaches only that enterprise; its acknowledgement and answer come back up', async () => {
  await enrollOver(ministry, province, { kind: 'region', code: '320000' });
  await enrollOver(province, chem, { kind: 'region', code: '320500' });
  await enrollOver(province, auto, { kind: 'region', code: '320100' });
  for (const [entry, nodeId] of [
    [CHEM, ENT_CHEM],
    [AUTO, ENT_AUTO],
  ] as const) {
    await province.admin.ok('POST', '/registry/enterprises', {
      ...entry,
      size: 'large',
      keyEnterprise: false,
    });
    await province.pool.query('UPDATE enterprises SET node_id = $2 WHERE uscc = $1', [
      entry.uscc,
      nodeId,
    ]);
  }
  // What the chemicals plant holds: a database on 10.2.3.4 (an indicator's range).
  await chem.admin.ok('POST', '/sources', {
    name: '甲 DCS 历史库',
    kind: 'postgres',
    target: 'postgres://dcs@10.2.3.4:5432/history',
    password: 'secret',
  });

  // An enterprise cannot issue; the ministry issues to the chemicals industry (C26).
  const day = 86_400_000;
  const body = {
    level: 'red',
    type: 'threat',
    title: '针对化工行业的勒索攻击预警',
    description: '境外组织针对化工企业历史数据库发起勒索攻击',
    indicators: [
      { kind: 'ip', value: '10.2.0.0/16', note: '已失陷地址段（测试）' },
      { kind: 'domain', value: 'c2.example.net' },
    ],
    measures: '排查并封禁相关地址，备份历史库',
    ackBy: new Date(Date.now() + day).toISOString(),
    feedbackBy: new Date(Date.now() + 3 * day).toISOString(),
    audience: { kind: 'industry', industries: ['C26'] },
  };
  assert.equal((await chem.admin.request('POST', '/warnings', body)).status, 409);
  const issued = await ministry.admin.ok<Tracking & { queuedTo: string[] }>(
    'POST',
    '/warnings',
    body,
  );
  assert.deepEqual(issued.queuedTo, [PROVINCE]);

  // Down: the province resolves against its registry and passes it to the chemicals plant only.
  const inbox = await eventually(async () => {
    const page = await chem.admin.ok<{
      items: { id: string; issuerName: string; level: string }[];
    }>('GET', '/warning-inbox');
    return page.items.find((item) => item.id === issued.id);
  }, 'the warning in the chemicals plant inbox');
  assert.equal(inbox.level, 'red');
  const atMinistry = await eventually(async () => {
    const tracking = await ministry.admin.ok<Tracking>('GET', `/warnings/${issued.id}`);
    return tracking.recipients.length > 0 ? tracking : undefined;
  }, 'the delivery report at the ministry');
  assert.deepEqual(
    atMinistry.recipients.map((r) => [r.uscc, r.state, r.viaNode]),
    [[CHEM.uscc, 'delivered', PROVINCE]],
  );
  const toAuto = await province.pool.query(
    `SELECT 1 FROM federation_outbox WHERE receiver = $1 AND type = 'warning.issue'`,
    [ENT_AUTO],
  );
  assert.equal(toAuto.rows.length, 0, 'nothing queued to the vehicles plant');
  assert.equal((await auto.admin.ok<{ total: number }>('GET', '/warning-inbox')).total, 0);

  // The match is shown to the officer: the source host in the indicator's range.
  const detail = await chem.admin.ok<{ matches: { subjectName: string; matched: string }[] }>(
    'GET',
    `/warning-inbox/${issued.id}`,
  );
  assert.deepEqual(
    detail.matches.map((m) => [m.subjectName, m.matched]),
    [['甲 DCS 历史库', '10.2.3.4']],
  );

  // 签收 → the province and the ministry see it.
  await chem.admin.ok('POST', `/warning-inbox/${issued.id}/ack`, {});
  await eventually(async () => {
    const tracking = await ministry.admin.ok<Tracking>('GET', `/warnings/${issued.id}`);
    return tracking.recipients[0]?.state === 'acknowledged' ? tracking : undefined;
  }, 'the acknowledgement at the ministry');
  const atProvince = await province.admin.ok<Tracking>('GET', `/warnings/${issued.id}`);
  assert.equal(atProvince.recipients[0]?.state, 'acknowledged');

  // The ministry chases the laggard (acknowledged, not answered) through the province.
  const chased = await ministry.admin.ok<{ chased: number; queuedTo: string[] }>(
    'POST',
    `/warnings/${issued.id}/chase`,
    { message: '请于期限内反馈' },
  );
  assert.deepEqual(chased, { chased: 1, queuedTo: [PROVINCE] });
  await eventually(async () => {
    const row = await chem.admin.ok<{ reminders: number }>('GET', `/warning-inbox/${issued.id}`);
    return row.reminders === 1 ? row : undefined;
  }, 'the reminder at the chemicals plant');

  // 反馈 → back up to the ministry with the measures and the matched-indicator count.
  await chem.admin.ok('POST', `/warning-inbox/${issued.id}/feedback`, {
    measures: '已封禁 10.2.0.0/16，历史库已离线备份',
  });
  const answered = await eventually(async () => {
    const tracking = await ministry.admin.ok<Tracking>('GET', `/warnings/${issued.id}`);
    return tracking.recipients[0]?.state === 'answered' ? tracking : undefined;
  }, 'the answer at the ministry');
  const [answer] = answered.recipients;
  assert.ok(answer);
  assert.equal(answer.measures, '已封禁 10.2.0.0/16，历史库已离线备份');
  assert.equal(answer.matchedIndicators, 1);
  assert.equal(answer.chaseCount, 1);
  assert.deepEqual(answered.summary, {
    ...answered.summary,
    addressed: 1,
    delivered: 1,
    acknowledged: 1,
    answered: 1,
    ackRate: 1,
  });
  const list = await ministry.admin.ok<{ items: { id: string }[] }>('GET', '/warnings');
  assert.deepEqual(
    list.items.map((item) => item.id),
    [issued.id],
  );
});
