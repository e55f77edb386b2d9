import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { seedCatalog } from '../filings/testing/filing-fixtures.ts';
import { buildIncidentReportPayload } from '../incidents/testing/incident-fixtures.ts';
import type { HttpSession } from '../testing/http-session.ts';
import { testUscc } from '../testing/test-uscc.ts';
import {
  eventually,
  startFederationNode,
  type FederationTestNode,
} from './testing/federation-node.ts';
import {
  AUTO,
  OWN,
  refusedOn,
  scopeRejections,
  send,
  STEEL,
  toldRefusals,
  type Filing,
  type Tracking,
} from './testing/refusal-steps.ts';
import { enrollOver, syncNow, userOn } from './testing/topology-steps.ts';

// Scope refusals are told to the child (docs/federation.md § Scope refusals), with real nodes:
// a ministry, a province enrolled with it for 江苏 (320000), a child of the province enrolled
// for 苏州 (320500) and a one-enterprise child. The 苏州 child files for an enterprise the
// province's registry places in 南京: the province records FED_SCOPE_MISMATCH and sends a
// signed message.refused down; the child's filing turns `refused` and its officer may file
// again. A refused incident report shows among the reports' dead letters. The ministry refuses
// the province's rollup for 浙江, and the province refuses warning acknowledgements its 苏州
// child forges for a warning addressed to the other child.

const MINISTRY = 'ministry-000000';
const PROVINCE = 'province-320000';

let ministry: FederationTestNode;
let province: FederationTestNode;
let regional: FederationTestNode;
let own: FederationTestNode;
let officer: HttpSession;

before(async () => {
  [ministry, province, regional, own] = await Promise.all([
    startFederationNode('ministry', MINISTRY),
    startFederationNode('province', PROVINCE),
    startFederationNode('enterprise', 'ent-suzhou-refused'),
    startFederationNode('enterprise', 'ent-own-refused'),
  ]);
  for (const company of [AUTO, STEEL, OWN])
    await province.admin.ok('POST', '/registry/enterprises', {
      ...company,
      size: 'large',
      keyEnterprise: false,
    });
  await enrollOver(ministry, province, { kind: 'region', code: '320000' });
  await enrollOver(province, regional, { kind: 'region', code: '320500' });
  await enrollOver(province, own, { kind: 'enterprise', uscc: OWN.uscc });
  officer = await userOn(regional, 'suzhou-officer', 'officer');
});

after(async () => {
  await Promise.all([ministry.close(), province.close(), regional.close(), own.close()]);
});

test('a filing for an enterprise outside the child’s region is refused, told, shown refused, and can be filed again', async () => {
  await seedCatalog(regional.pool, officer);
  await officer.ok('PUT', '/filings/profile', STEEL);
  await officer.ok('POST', '/catalog/versions', { note: 'v1' });
  const filed = await officer.ok<Filing>('POST', '/filings', { version: 1, kind: 'full' });
  assert.equal(filed.status, 'submitted');
  const messageId = (
    await regional.pool.query<{ id: string }>(
      'SELECT message_id AS id FROM filings WHERE id = $1',
      [filed.id],
    )
  ).rows[0]?.id;
  assert.ok(messageId);

  // The child hears of it after a sync: its filing is refused, with the province's reason.
  const refused = await eventually(async () => {
    await syncNow(regional);
    const filing = await officer.ok<Filing>('GET', `/filings/${filed.id}`);
    return filing.status === 'refused' ? filing : undefined;
  }, 'the filing refused at the child');
  const { refusal } = refused;
  assert.ok(refusal);
  assert.equal(refusal.code, 'FED_SCOPE_MISMATCH');
  assert.match(refusal.reason, /^企业不在本节点授权范围内.*320500.*320100.* \/ /);
  assert.match(refusal.reason, /enterprise outside this node's scope/);

  // The province stored it (the stream went on) but never queued it for review.
  const queued = await province.pool.query(
    'SELECT 1 FROM federation_filings WHERE filing_id = $1',
    [filed.id],
  );
  assert.equal(queued.rowCount, 0);
  assert.deepEqual(
    (await scopeRejections(province, regional.nodeId)).map((row) => row.envelope_id),
    [messageId],
  );
  assert.deepEqual(
    (await toldRefusals(province, regional.nodeId)).map(({ envelopeId, type, code, uscc }) => ({
      envelopeId,
      type,
      code,
      uscc,
    })),
    [
      {
        envelopeId: messageId,
        type: 'filing.submit',
        code: 'FED_SCOPE_MISMATCH',
        uscc: STEEL.uscc,
      },
    ],
  );
  const deadLetters = await officer.ok<{ total: number; items: { id: string; reason: string }[] }>(
    'GET',
    '/federation/refused?types=filing.submit',
  );
  assert.equal(deadLetters.total, 1);
  assert.equal(deadLetters.items[0]?.id, messageId);
  const audit = await regional.pool.query(
    `SELECT 1 FROM audit_log WHERE action = 'filing.refused' AND target = $1`,
    [`filing:${filed.id}`],
  );
  assert.equal(audit.rowCount, 1);

  // Not under review any more: no FILING_PENDING, and it is no base for a changes filing.
  const changes = await officer.request<{ error: { code: string } }>('POST', '/filings', {
    version: 1,
    kind: 'changes',
  });
  assert.equal(changes.body.error.code, 'FILING_NO_BASE');
  // With the identity put right (an enterprise of 苏州), the filing goes through.
  await officer.ok('PUT', '/filings/profile', AUTO);
  const again = await officer.ok<Filing>('POST', '/filings', { version: 1, kind: 'full' });
  await eventually(async () => {
    await syncNow(regional);
    const rows = await province.pool.query(
      'SELECT 1 FROM federation_filings WHERE filing_id = $1',
      [again.id],
    );
    return rows.rowCount === 1 ? true : undefined;
  }, 'the corrected filing at the province');
  assert.equal((await toldRefusals(province, regional.nodeId)).length, 1, 'nothing more refused');
});

test('a refused incident report is listed among the reports’ dead letters', async () => {
  const incident = buildIncidentReportPayload(STEEL.uscc);
  incident.enterprise = { ...incident.enterprise, region: '320500', industry: 'C31' };
  const [id] = await send(regional, PROVINCE, [{ type: 'incident.report', payload: incident }]);
  assert.ok(id);
  const row = await refusedOn(regional, id);
  assert.equal(row.code, 'FED_SCOPE_MISMATCH');
  const reports = await officer.ok<{ total: number; items: { id: string; type: string }[] }>(
    'GET',
    '/federation/refused?types=incident.report,risk.report',
  );
  assert.deepEqual(
    reports.items.map((item) => [item.id, item.type]),
    [[id, 'incident.report']],
  );
  // The filings page lists every dead letter; an unknown type is a bad request.
  assert.equal((await officer.ok<{ total: number }>('GET', '/federation/refused')).total, 2);
  const bad = await officer.request('GET', '/federation/refused?types=filing.nonsense');
  assert.equal(bad.status, 400);
  const received = await province.pool.query(
    'SELECT 1 FROM received_incidents WHERE incident_id = $1',
    [incident.incidentId],
  );
  assert.equal(received.rowCount, 0);
});

test('the ministry refuses a rollup for a region outside the province’s scope', async () => {
  await province.admin.ok('POST', '/rollups/send');
  const latest = () =>
    ministry.pool.query<{ region: string; enterprises: number }>(
      'SELECT region, enterprises FROM federation_rollups WHERE sender = $1',
      [PROVINCE],
    );
  await eventually(async () => {
    await syncNow(province);
    return (await latest()).rows[0]?.region === '320000' ? true : undefined;
  }, 'the province’s rollup at the ministry');

  const rollup = (region: string, enterprises: number) => ({
    region,
    asOf: new Date().toISOString(),
    enterprises,
    counts: [],
  });
  const [zhejiang] = await send(province, MINISTRY, [
    { type: 'rollup.report', payload: rollup('330000', 99) },
  ]);
  assert.ok(zhejiang);
  const told = await refusedOn(province, zhejiang);
  assert.equal(told.code, 'FED_SCOPE_MISMATCH');
  assert.match(told.reason ?? '', /330000/);
  assert.deepEqual((await latest()).rows[0], { region: '320000', enterprises: 3 });
  assert.deepEqual(
    (await scopeRejections(ministry, PROVINCE)).map((row) => [row.envelope_id, row.excerpt.type]),
    [[zhejiang, 'rollup.report']],
  );

  // The stream went on: a later rollup claiming no region (an empty registry) is applied.
  const [empty] = await send(province, MINISTRY, [
    { type: 'rollup.report', payload: rollup('000000', 7) },
  ]);
  await eventually(
    async () => {
      await syncNow(province);
      return (await latest()).rows[0]?.enterprises === 7 ? true : undefined;
    },
    `rollup ${String(empty)} applied`,
  );
});

test('warning acknowledgements for a warning not addressed to the child are refused', async () => {
  const day = 86_400_000;
  const issued = await province.admin.ok<{ id: string }>('POST', '/warnings', {
    level: 'orange',
    type: 'threat',
    title: '定向预警',
    description: '仅向姑苏精密下发',
    indicators: [],
    measures: '排查',
    ackBy: new Date(Date.now() + day).toISOString(),
    feedbackBy: new Date(Date.now() + 3 * day).toISOString(),
    audience: { kind: 'named', usccs: [OWN.uscc], nodeIds: [] },
  });
  await eventually(async () => {
    await syncNow(own);
    const inbox = await own.admin.ok<{ items: { id: string }[] }>('GET', '/warning-inbox');
    return inbox.items.some((item) => item.id === issued.id) ? true : undefined;
  }, 'the warning in the addressed node’s inbox');

  const at = new Date().toISOString();
  const ack = (enterprise?: { uscc: string | null; name: string; nodeId: string | null }) => ({
    warningId: issued.id,
    acknowledgedAt: at,
    acknowledgedBy: '冒名者',
    ...(enterprise !== undefined && { enterprise }),
  });
  const forged = await send(regional, PROVINCE, [
    // As itself: never addressed.
    { type: 'warning.ack', payload: ack() },
    // Naming the addressed node, or its credit code, as a province forwarding would.
    { type: 'warning.ack', payload: ack({ uscc: null, name: '冒名', nodeId: own.nodeId }) },
    {
      type: 'warning.feedback',
      payload: {
        warningId: issued.id,
        answeredAt: at,
        answeredBy: '冒名者',
        measures: '已处置',
        matchedIndicators: 0,
        enterprise: { uscc: OWN.uscc, name: OWN.name, nodeId: null },
      },
    },
    // A warning this province never issued.
    { type: 'warning.ack', payload: { ...ack(), warningId: randomUUID() } },
  ]);
  for (const id of forged) assert.equal((await refusedOn(regional, id)).code, 'FED_SCOPE_MISMATCH');
  const rejected = await scopeRejections(province, regional.nodeId);
  assert.deepEqual(
    rejected.filter((row) => forged.includes(row.envelope_id)).map((row) => row.excerpt.type),
    ['warning.ack', 'warning.ack', 'warning.feedback', 'warning.ack'],
  );
  const before = await province.admin.ok<Tracking>('GET', `/warnings/${issued.id}`);
  assert.deepEqual(
    before.recipients.map((r) => [r.uscc, r.nodeId, r.state, r.acknowledgedBy]),
    [[OWN.uscc, own.nodeId, 'delivered', null]],
  );

  // The addressed node's own acknowledgement counts.
  await own.admin.ok('POST', `/warning-inbox/${issued.id}/ack`, {});
  const acknowledged = await eventually(async () => {
    await syncNow(own);
    const tracking = await province.admin.ok<Tracking>('GET', `/warnings/${issued.id}`);
    return tracking.recipients[0]?.state === 'acknowledged' ? tracking : undefined;
  }, 'the acknowledgement of the addressed node');
  assert.notEqual(acknowledged.recipients[0]?.acknowledgedBy, '冒名者');
  assert.equal((await scopeRejections(province, own.nodeId)).length, 0);
});

test('the ministry refuses a warning delivery naming enterprises outside the province’s region', async () => {
  const day = 86_400_000;
  const issued = await ministry.admin.ok<{ id: string }>('POST', '/warnings', {
    level: 'yellow',
    type: 'threat',
    title: '全国预警',
    description: '向各省下发',
    indicators: [],
    measures: '排查',
    ackBy: new Date(Date.now() + day).toISOString(),
    feedbackBy: new Date(Date.now() + 3 * day).toISOString(),
    audience: { kind: 'all' },
  });
  const tracking = () => ministry.admin.ok<Tracking>('GET', `/warnings/${issued.id}`);
  // The province's own delivery (its registry, all in 江苏) is applied under the guard.
  const delivered = await eventually(async () => {
    await syncNow(province);
    const seen = await tracking();
    return seen.recipients.length >= 3 ? seen : undefined;
  }, 'the province’s delivery at the ministry');
  const zhejiang = testUscc('330106', 21);
  const [forged] = await send(province, MINISTRY, [
    {
      type: 'warning.delivery',
      payload: {
        warningId: issued.id,
        deliveredAt: new Date().toISOString(),
        recipients: [
          {
            uscc: zhejiang,
            name: '浙江样例',
            region: '330106',
            industry: 'C31',
            nodeId: null,
            delivered: true,
          },
        ],
      },
    },
  ]);
  assert.ok(forged);
  const told = await refusedOn(province, forged);
  assert.equal(told.code, 'FED_SCOPE_MISMATCH');
  assert.match(told.reason ?? '', /330106/);
  const after = await tracking();
  assert.equal(after.recipients.length, delivered.recipients.length);
  assert.ok(!after.recipients.some((r) => r.uscc === zhejiang));
});
