import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { addCalendarDays, chinaDate, endOfChinaDay, nextWorkingDayFrom } from '@shuan/core';
import { organizationsRepository, usersRepository } from '@shuan/db';
import { hashPassword } from '../accounts/secrets.ts';
import { call, ok } from '../testing/api.ts';
import { startTestNode, type TestNode } from '../testing/test-node.ts';
import { GENERAL_FACTS, MAJOR_FACTS, RELATIVELY_MAJOR_FACTS } from './testing/incident-fixtures.ts';

// Incidents through the API on a province node: grading and the deciding criterion, the
// officer's raise (never lower), report deadlines counted from discovery, and a tenant's
// reports landing in the province's received tables. Multi-node: incidents.fed.int.test.ts.

const PASSWORD = 'incident-test-password';
const HOUR = 3_600_000;

let t: TestNode;
let admin: Record<string, string>;
let tenant: Record<string, string>;

interface Incident {
  id: string;
  level: string;
  computedLevel: string;
  raised: boolean;
  status: string;
  decidedBy: { id: string; description: { zh: string } };
  matched: { id: string }[];
  plan: {
    initial: { required: boolean; dueAt: string | null; sentAt: string | null };
    summary: { required: boolean; dueAt: string | null };
    ministry: { forwarded: boolean };
    next: { kind: string; dueAt: string; overdue: boolean } | null;
  };
  updates: { note: string }[];
  reports: { kind: string }[];
}

before(async () => {
  t = await startTestNode({ env: { SHUAN_ROLE: 'province' } });
  admin = await t.login('admin', t.adminPassword);
  const pool = t.node.deps.pool;
  const org = await organizationsRepository.create(pool, '托管企业');
  await usersRepository.create(pool, {
    orgId: org.id,
    username: 'tenant-officer',
    displayName: '托管企业专员',
    role: 'officer',
    passwordHash: await hashPassword(PASSWORD),
  });
  tenant = await t.login('tenant-officer', PASSWORD);
  const entry = await ok<{ id: string }>(t, admin, 'POST', '/registry/enterprises', {
    uscc: '91350100MA2Y4B7C14',
    name: '托管制造有限公司',
    regionCode: '350100',
    industryCode: '36',
    size: 'small',
  });
  await pool.query('UPDATE enterprises SET tenant_org_id = $1 WHERE id = $2', [org.id, entry.id]);
});

after(async () => {
  await t.close();
});

function create(facts: object, discoveredAt: Date, extra: object = {}): Promise<Incident> {
  return ok<Incident>(t, tenant, 'POST', '/incidents', {
    title: '测试事件',
    discoveredAt: discoveredAt.toISOString(),
    facts,
    ...extra,
  });
}

test('the API grades incidents and names the deciding criterion', async () => {
  const discovered = new Date();
  const major = await create(MAJOR_FACTS, discovered);
  assert.equal(major.level, 'major');
  assert.equal(major.decidedBy.id, 'IR-MAJOR-PI');
  assert.ok(major.decidedBy.description.zh.length > 0);
  const relativelyMajor = await create(RELATIVELY_MAJOR_FACTS, discovered);
  assert.equal(relativelyMajor.level, 'relatively-major');
  assert.equal(relativelyMajor.decidedBy.id, 'IR-RMAJOR-PI');
  const general = await create(GENERAL_FACTS, discovered);
  assert.equal(general.level, 'general');
  assert.equal(general.decidedBy.id, 'IR-GENERAL-BELOW');
  // Editing the facts grades again: 12 h telecom outage is 重大.
  const edited = await ok<Incident>(t, tenant, 'PATCH', `/incidents/${general.id}`, {
    facts: { ...GENERAL_FACTS, domain: 'telecom', outageHours: 12 },
  });
  assert.equal(edited.level, 'major');
  assert.equal(edited.decidedBy.id, 'IR-MAJOR-OUTAGE');
  // Facts that make no sense are refused with core's code.
  const invalid = await call(t, tenant, 'POST', '/incidents', {
    title: 'x',
    discoveredAt: discovered.toISOString(),
    facts: { ...MAJOR_FACTS, sensitivePersonalInfoPersons: 20_000_000 },
  });
  assert.equal(invalid.statusCode, 400);
  assert.equal(invalid.json<{ error: { code: string } }>().error.code, 'INCIDENT_FACTS_INVALID');
});

test('the officer may raise the level, never lower it', async () => {
  const incident = await create(RELATIVELY_MAJOR_FACTS, new Date());
  const lower = await call(t, tenant, 'POST', `/incidents/${incident.id}/level`, {
    level: 'general',
    reason: '影响有限',
  });
  assert.equal(lower.statusCode, 409);
  assert.equal(
    lower.json<{ error: { code: string } }>().error.code,
    'INCIDENT_LEVEL_LOWERING_FORBIDDEN',
  );
  const unknown = await call(t, tenant, 'POST', `/incidents/${incident.id}/level`, {
    level: 'catastrophic',
    reason: 'x',
  });
  assert.equal(unknown.json<{ error: { code: string } }>().error.code, 'INCIDENT_LEVEL_UNKNOWN');
  const raised = await ok<Incident>(t, tenant, 'POST', `/incidents/${incident.id}/level`, {
    level: 'major',
    reason: '涉及重要客户',
  });
  assert.deepEqual(
    [raised.level, raised.computedLevel, raised.raised],
    ['major', 'relatively-major', true],
  );
  assert.ok(raised.updates.some((update) => update.note.includes('涉及重要客户')));
  assert.equal(raised.plan.summary.required, true);
  assert.equal(raised.plan.ministry.forwarded, true);
});

test('deadlines run from discovery; reports go to the province; the summary follows closure', async () => {
  const discovered = new Date(Date.now() - 5 * HOUR);
  const incident = await create(MAJOR_FACTS, discovered);
  // Initial report due 4 h after discovery: already overdue.
  assert.equal(
    incident.plan.initial.dueAt,
    new Date(discovered.getTime() + 4 * HOUR).toISOString(),
  );
  assert.deepEqual([incident.plan.next?.kind, incident.plan.next?.overdue], ['initial', true]);
  // Critical information infrastructure: 1 h.
  const cii = await create(MAJOR_FACTS, discovered, { ciiInvolved: true });
  assert.equal(cii.plan.initial.dueAt, new Date(discovered.getTime() + HOUR).toISOString());
  // A general incident without important data needs no report.
  const general = await create(GENERAL_FACTS, discovered);
  assert.equal(general.plan.initial.required, false);
  assert.equal(general.plan.next, null);
  const refused = await call(t, tenant, 'POST', `/incidents/${general.id}/reports`, {
    kind: 'initial',
  });
  assert.equal(
    refused.json<{ error: { code: string } }>().error.code,
    'INCIDENT_REPORT_NOT_REQUIRED',
  );

  // Follow-up before the initial report is refused.
  const early = await call(t, tenant, 'POST', `/incidents/${incident.id}/reports`, {
    kind: 'follow-up',
  });
  assert.equal(
    early.json<{ error: { code: string } }>().error.code,
    'INCIDENT_INITIAL_REPORT_FIRST',
  );
  const sent = await ok<Incident>(t, tenant, 'POST', `/incidents/${incident.id}/reports`, {
    kind: 'initial',
  });
  assert.ok(sent.plan.initial.sentAt);
  // Next: a follow-up 24 h after the last report.
  assert.equal(sent.plan.next?.kind, 'follow-up');
  assert.equal(sent.plan.next.overdue, false);
  const again = await call(t, tenant, 'POST', `/incidents/${incident.id}/reports`, {
    kind: 'initial',
  });
  assert.equal(
    again.json<{ error: { code: string } }>().error.code,
    'INCIDENT_REPORT_ALREADY_SENT',
  );
  await ok(t, tenant, 'POST', `/incidents/${incident.id}/updates`, { note: '已封堵漏洞' });
  await ok(t, tenant, 'POST', `/incidents/${incident.id}/reports`, { kind: 'follow-up' });

  // Summary: only once closed; due 30 calendar days after the China day of closure (moved
  // to the next working day), at the end of that day.
  const notClosed = await call(t, tenant, 'POST', `/incidents/${incident.id}/reports`, {
    kind: 'summary',
    summary: { cause: 'c', measures: 'm', harm: 'h', accountability: '', fixes: '', lessons: '' },
  });
  assert.equal(notClosed.json<{ error: { code: string } }>().error.code, 'INCIDENT_NOT_CLOSED');
  const closedAt = new Date(Date.now() - HOUR).toISOString();
  const closed = await ok<Incident>(t, tenant, 'POST', `/incidents/${incident.id}/close`, {
    closedAt,
    note: '处置完毕',
  });
  assert.equal(closed.status, 'closed');
  assert.equal(closed.plan.next?.kind, 'summary');
  const closedDay = chinaDate(new Date(closedAt));
  const dueBy = nextWorkingDayFrom(addCalendarDays(closedDay, 30), {});
  assert.equal(closed.plan.summary.dueAt, endOfChinaDay(dueBy).toISOString());
  const patchClosed = await call(t, tenant, 'PATCH', `/incidents/${incident.id}`, { title: 'x' });
  assert.equal(patchClosed.json<{ error: { code: string } }>().error.code, 'INCIDENT_CLOSED');
  const withSummary = await ok<Incident>(t, tenant, 'POST', `/incidents/${incident.id}/reports`, {
    kind: 'summary',
    summary: {
      cause: '弱口令',
      measures: '修改口令',
      harm: '客户信息泄露',
      accountability: '运维部',
      fixes: '双因素认证',
      lessons: '定期审计',
    },
  });
  assert.deepEqual(
    withSummary.reports.map((report) => report.kind),
    ['initial', 'follow-up', 'summary'],
  );
  assert.equal(withSummary.plan.next, null);

  // The province (this node's own org) sees the tenant's incident, with its three reports.
  const received = await ok<{
    items: {
      incidentId: string;
      level: string;
      reports: number;
      summaryReceived: boolean;
      tenant: boolean;
    }[];
  }>(t, admin, 'GET', '/incidents-received?level=major');
  const mine = received.items.find((item) => item.incidentId === incident.id);
  assert.ok(mine);
  assert.deepEqual([mine.reports, mine.summaryReceived, mine.tenant], [3, true, true]);
  // A tenant cannot read the province's received list.
  assert.equal((await call(t, tenant, 'GET', '/incidents-received')).statusCode, 403);

  // Structured data and Excel.
  const json = await ok<{ reports: { kind: string }[]; incident: { level: string } }>(
    t,
    tenant,
    'GET',
    `/incidents/${incident.id}/export.json`,
  );
  assert.equal(json.reports.length, 3);
  const xlsx = await call(t, tenant, 'GET', `/incidents/${incident.id}/export.xlsx`);
  assert.equal(xlsx.statusCode, 200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('事件报告');
  assert.ok(sheet);
  const cells = sheet.getSheetValues().flat().map(String);
  assert.ok(cells.some((cell) => cell.includes('IR-MAJOR-PI')));
  const pdf = await call(t, tenant, 'GET', `/incidents/${incident.id}/export.pdf`);
  assert.equal(pdf.statusCode, 200);
  assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
  // The CJK font is embedded (a subset named after it), so the Chinese text has glyphs.
  assert.match(pdf.rawPayload.toString('latin1'), /NotoSansCJK|WenQuanYi|PingFang/);
});

test('risk reports: 较大 goes to the province, 一般 is recorded only', async () => {
  const base = { title: '数据库暴露在互联网', foundAt: new Date().toISOString() };
  const sent = await ok<{ sent: boolean; toMinistry: boolean }>(
    t,
    tenant,
    'POST',
    '/risk-reports',
    {
      ...base,
      riskType: 'other',
      potentialLevel: 'relatively-major',
    },
  );
  assert.deepEqual([sent.sent, sent.toMinistry], [true, false]);
  const kept = await ok<{ sent: boolean }>(t, tenant, 'POST', '/risk-reports', {
    ...base,
    riskType: 'abnormal-traffic',
    potentialLevel: 'general',
  });
  assert.equal(kept.sent, false);
  const received = await ok<{ items: { riskType: string }[] }>(
    t,
    admin,
    'GET',
    '/risks-received?type=other',
  );
  assert.equal(received.items.length, 1);
});
