import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  closeFederationNodes,
  eventually,
  startFederationNodes,
  type FederationTestNode,
} from '../federation/testing/federation-node.ts';
import { enrollOver } from '../federation/testing/topology-steps.ts';
import { MAJOR_FACTS, RELATIVELY_MAJOR_FACTS } from './testing/incident-fixtures.ts';

// Ministry → province → enterprise as three real processes (issue #5 §5): an incident graded
// 重大 is reported by the enterprise, reaches the province and the ministry, and its summary
// report follows; a 较大 one stops at the province; so does a 较大 risk, while a 重大 risk
// goes on to the ministry.

const MINISTRY = 'ministry-000000';
const PROVINCE = 'province-350000';
const ENTERPRISE = 'ent-91350100MA2Y4B7C14';

let ministry: FederationTestNode;
let province: FederationTestNode;
let enterprise: FederationTestNode;

interface Received {
  incidentId: string;
  level: string;
  status: string;
  reports: number;
  lastKind: string;
  summaryReceived: boolean;
  forwardedAt: string | null;
  enterprise: { uscc: string };
  next: { kind: string } | null;
}

before(async () => {
  [ministry, province, enterprise] = await startFederationNodes([
    ['ministry', MINISTRY],
    ['province', PROVINCE],
    ['enterprise', ENTERPRISE],
  ]);
});

after(async () => {
  await closeFederationNodes(ministry, province, enterprise);
});

async function receivedOn(node: FederationTestNode): Promise<Received[]> {
  return (await node.admin.ok<{ items: Received[] }>('GET', '/incidents-received?pageSize=200'))
    .items;
}

/** The incident on `node` once `done` holds for it. */
function arrived(
  node: FederationTestNode,
  incidentId: string,
  done: (row: Received) => boolean,
): Promise<Received> {
  return eventually(async () => {
    const row = (await receivedOn(node)).find((item) => item.incidentId === incidentId);
    return row !== undefined && done(row) ? row : undefined;
  }, `incident ${incidentId} on ${node.nodeId}`);
}

test('a 重大 incident reaches the province and the ministry, then its summary; a 较大 one stops at the province', async () => {
  await enrollOver(ministry, province, { kind: 'region', code: '350000' });
  await enrollOver(province, enterprise, { kind: 'region', code: '350100' });
  await enterprise.admin.ok('PUT', '/filings/profile', {
    uscc: '91350100MA2Y4B7C14',
    name: '某制造有限公司',
    regionCode: '350100',
    industryCode: '36',
  });
  const discoveredAt = new Date().toISOString();
  const major = await enterprise.admin.ok<{ id: string; level: string }>('POST', '/incidents', {
    title: '客户个人信息泄露',
    discoveredAt,
    facts: MAJOR_FACTS,
    systems: ['CRM'],
  });
  assert.equal(major.level, 'major');
  const relativelyMajor = await enterprise.admin.ok<{ id: string; level: string }>(
    'POST',
    '/incidents',
    { title: '部分产线中断', discoveredAt, facts: RELATIVELY_MAJOR_FACTS },
  );
  assert.equal(relativelyMajor.level, 'relatively-major');
  await enterprise.admin.ok('POST', `/incidents/${major.id}/reports`, { kind: 'initial' });
  await enterprise.admin.ok('POST', `/incidents/${relativelyMajor.id}/reports`, {
    kind: 'initial',
  });

  // Up the tree: the province holds both; it forwards only the 重大 one.
  const atProvince = await arrived(province, major.id, (row) => row.forwardedAt !== null);
  assert.deepEqual([atProvince.level, atProvince.lastKind], ['major', 'initial']);
  assert.equal(atProvince.enterprise.uscc, '91350100MA2Y4B7C14');
  const atMinistry = await arrived(ministry, major.id, () => true);
  assert.deepEqual([atMinistry.level, atMinistry.reports], ['major', 1]);
  const smaller = await arrived(province, relativelyMajor.id, () => true);
  assert.equal(smaller.forwardedAt, null);

  // The summary follows closure, and reaches the ministry too.
  await enterprise.admin.ok('POST', `/incidents/${major.id}/close`, { note: '处置完毕' });
  await enterprise.admin.ok('POST', `/incidents/${major.id}/reports`, {
    kind: 'summary',
    summary: {
      cause: '接口未鉴权',
      measures: '下线接口、通知用户',
      harm: '1000万人个人信息泄露',
      accountability: '信息部',
      fixes: '接口统一鉴权',
      lessons: '上线前安全评审',
    },
  });
  const summarised = await arrived(ministry, major.id, (row) => row.summaryReceived);
  assert.deepEqual([summarised.status, summarised.reports, summarised.next], ['closed', 2, null]);
  const detail = await ministry.admin.ok<{ latest: { summary: { cause: string } } }>(
    'GET',
    `/incidents-received/${(await ministry.pool.query<{ id: string }>('SELECT id FROM received_incidents')).rows[0]?.id ?? ''}`,
  );
  assert.equal(detail.latest.summary.cause, '接口未鉴权');

  // Risks: 较大 stays at the province, 重大 goes on to the ministry.
  const foundAt = new Date().toISOString();
  await enterprise.admin.ok('POST', '/risk-reports', {
    riskType: 'other',
    potentialLevel: 'relatively-major',
    title: '数据库暴露在互联网',
    foundAt,
  });
  await enterprise.admin.ok('POST', '/risk-reports', {
    riskType: 'illegal-access',
    potentialLevel: 'major',
    title: '核心系统异常登录',
    foundAt,
  });
  await eventually(async () => {
    const risks = await ministry.admin.ok<{ items: { riskType: string }[] }>(
      'GET',
      '/risks-received',
    );
    return risks.items.length > 0 ? risks : undefined;
  }, 'the 重大 risk at the ministry');
  const provinceRisks = await province.admin.ok<{ items: unknown[] }>('GET', '/risks-received');
  assert.equal(provinceRisks.items.length, 2);

  // The 较大 incident and risk never reached the ministry.
  const ministryIncidents = await receivedOn(ministry);
  assert.deepEqual(
    ministryIncidents.map((row) => row.incidentId),
    [major.id],
  );
  const ministryRisks = await ministry.admin.ok<{ items: { riskType: string }[] }>(
    'GET',
    '/risks-received',
  );
  assert.deepEqual(
    ministryRisks.items.map((risk) => risk.riskType),
    ['illegal-access'],
  );
});
