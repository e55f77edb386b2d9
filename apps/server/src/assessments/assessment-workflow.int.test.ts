import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AssessmentReportPayloadSchema, type Envelope } from '@shuan/contracts';
import { catalogItemsRepository, federationPeersRepository, withTransaction } from '@shuan/db';
import { MESSAGE_HANDLERS } from '../federation/message-handlers.ts';
import { call, ok } from '../testing/api.ts';
import { startTestNode, type TestNode } from '../testing/test-node.ts';

// The yearly risk assessment against a real database (issue #5 §1): pre-filled facts, the
// checklist with evidence, findings on the 5 × 5 matrix, the register, completion with its
// deadline and validity, filing as an assessment.report in the outbox, the province storing
// it, and the PDF report checked with poppler (pdftoppm, pdftotext).

const PASSWORD = 'assessment-password-1';
let t: TestNode;
let province: TestNode | undefined;
let admin: Record<string, string>;
let officer: Record<string, string>;
let items: Record<string, string>;
let assessmentId = '';

interface Detail {
  id: string;
  status: string;
  scopeCount: number;
  facts: {
    totals: { important: number; core: number; rows: number };
    byType: { category: string | null; level: string; items: number; rows: number }[];
    unprotectedItems: { table: string }[];
    sourcesNeverScanned: { name: string }[];
    logRetention: { shortOfSixMonths: boolean; months: number };
    crossBorderWithoutBasis: { table: string }[];
    overdueFilings: unknown[] | null;
  };
  checklist: { itemId: string; status: string; evidence: { id: string; fileName: string }[] }[];
  findings: { id: string; score: number; band: string }[];
  risks: { id: string; status: string }[];
  distribution: Record<string, number>;
  dates: { filingDueBy: string; validUntil: string; reminders: { on: string }[] } | null;
  filedAt: string | null;
}

function newItem(sourceId: string, table: string, level: 'general' | 'important' | 'core') {
  return {
    sourceId,
    table,
    comment: null,
    category: 'prod.process' as const,
    level,
    status: 'confirmed' as const,
    hasProposalDiff: false,
    proposed: { category: 'prod.process' as const, level, reasons: [], scanId: 'fixture' },
    pi: false,
    sensitivePi: false,
    labels: [],
    rows: 1000,
    sizeBytes: null,
    columns: [],
    reviewedBy: 'fixture',
    reviewedAt: new Date().toISOString(),
    reviewReason: null,
  };
}

const path = (suffix = '') => `/assessments/${assessmentId}${suffix}`;

before(async () => {
  t = await startTestNode();
  admin = await t.login('admin', t.adminPassword);
  await ok(t, admin, 'POST', '/users', {
    username: 'officer',
    displayName: '安全官',
    role: 'officer',
    password: PASSWORD,
  });
  officer = await t.login('officer', PASSWORD);
  const me = await ok<{ user: { orgId: string } }>(t, officer, 'GET', '/auth/me');
  const source = await ok<{ id: string }>(t, officer, 'POST', '/sources', {
    name: 'MES',
    kind: 'postgres',
    target: 'postgres://mes@127.0.0.1:1/mes',
  });
  await catalogItemsRepository.insertMany(t.node.deps.pool, me.user.orgId, [
    newItem(source.id, 'mes.work_orders', 'important'),
    newItem(source.id, 'mes.recipes', 'core'),
    newItem(source.id, 'mes.canteen_menu', 'general'),
  ]);
  const rows = await t.node.deps.pool.query<{ id: string; table_name: string }>(
    'SELECT id, table_name FROM catalog_items WHERE org_id = $1',
    [me.user.orgId],
  );
  items = Object.fromEntries(rows.rows.map((row) => [row.table_name, row.id]));
  // The important item is encrypted; the core one leaves the country with nothing on record.
  await ok(t, officer, 'PATCH', `/catalog/items/${items['mes.work_orders'] ?? ''}`, {
    protection: 'SM4 加密存储，基于角色的访问控制',
  });
  await ok(t, officer, 'PATCH', `/catalog/items/${items['mes.recipes'] ?? ''}`, {
    crossBorder: true,
  });
});

after(async () => {
  await t.close();
  await province?.close();
});

test('an assessment pulls in its scope and pre-fills what Shu’an knows', async () => {
  const created = await ok<Detail>(t, officer, 'POST', '/assessments', {
    year: 2026,
    team: [{ name: '张三', role: '组长', organization: '安全部' }],
  });
  assessmentId = created.id;
  assert.equal(created.status, 'draft');
  assert.equal(created.scopeCount, 2);
  assert.equal(created.checklist.length, 8);
  assert.ok(created.checklist.every((item) => item.status === 'pending'));
  const { facts } = created;
  assert.deepEqual(facts.totals, { important: 1, core: 1, rows: 2000 });
  assert.deepEqual(
    facts.byType.map((group) => [group.level, group.items]),
    [
      ['important', 1],
      ['core', 1],
    ],
  );
  assert.deepEqual(
    facts.unprotectedItems.map((item) => item.table),
    ['mes.recipes'],
  );
  // MES was registered and never scanned (the demo source of a first start is not either).
  assert.ok(facts.sourcesNeverScanned.some((source) => source.name === 'MES'));
  assert.equal(facts.logRetention.shortOfSixMonths, true);
  assert.deepEqual(
    facts.crossBorderWithoutBasis.map((item) => item.table),
    ['mes.recipes'],
  );
  assert.deepEqual(facts.overdueFilings, []);
});

test('the cross-border self-check records a basis, and a refresh sees it', async () => {
  // The form leaves core data unticked: the linked core item sets it, and it may not leave.
  const decision = await ok<{
    path: string;
    basis: { id: string; article: { zh: string } };
    pathName: { zh: string };
    coreFromCatalog: boolean;
    items: { table: string; core: boolean }[];
    decidedBy: string;
  }>(t, officer, 'POST', '/cross-border/self-check', {
    catalogItemIds: [items['mes.recipes']],
    operatorIsCiio: false,
    personalInfoPersons: 0,
    sensitivePersonalInfoPersons: 0,
    importantData: false,
    coreData: false,
  });
  assert.equal(decision.path, 'forbidden');
  assert.equal(decision.basis.id, 'CB-CORE-DATA');
  assert.equal(decision.pathName.zh, '不得出境');
  assert.equal(decision.coreFromCatalog, true);
  assert.deepEqual(decision.items, [{ ...decision.items[0], table: 'mes.recipes', core: true }]);
  assert.equal(decision.decidedBy, 'officer');
  const pi = await ok<{ path: string }>(t, officer, 'POST', '/cross-border/self-check', {
    operatorIsCiio: false,
    personalInfoPersons: 100_000,
    sensitivePersonalInfoPersons: 0,
    importantData: false,
    coreData: false,
  });
  assert.equal(pi.path, 'standard-contract-or-certification');
  const refreshed = await ok<Detail>(t, officer, 'POST', path('/refresh'));
  assert.deepEqual(refreshed.facts.crossBorderWithoutBasis, []);
  const list = await ok<{ items: unknown[] }>(t, officer, 'GET', '/cross-border/decisions');
  assert.equal(list.items.length, 2);
  const unknown = await call(t, officer, 'POST', '/cross-border/self-check', {
    catalogItemIds: [items['mes.recipes'], '00000000-0000-4000-8000-000000000000'],
    operatorIsCiio: false,
    personalInfoPersons: 0,
    sensitivePersonalInfoPersons: 0,
    importantData: false,
    coreData: false,
  });
  assert.equal(unknown.statusCode, 400);
  assert.equal(
    unknown.json<{ error: { code: string } }>().error.code,
    'ASSESSMENT_CATALOG_ITEM_UNKNOWN',
  );
});

test('checklist answers, evidence, findings and the register', async () => {
  const unknownItem = await call(t, officer, 'PUT', path('/checklist/RA24-99-NOPE'), {
    status: 'compliant',
  });
  assert.equal(unknownItem.statusCode, 404);
  assert.equal(
    unknownItem.json<{ error: { code: string } }>().error.code,
    'ASSESSMENT_CHECKLIST_ITEM_UNKNOWN',
  );
  const foreignLink = await call(t, officer, 'PUT', path('/checklist/RA24-01-LAWFULNESS'), {
    status: 'compliant',
    catalogItemIds: ['00000000-0000-4000-8000-000000000000'],
  });
  assert.equal(
    foreignLink.json<{ error: { code: string } }>().error.code,
    'ASSESSMENT_CATALOG_ITEM_UNKNOWN',
  );

  const evidence = await ok<Detail>(t, officer, 'POST', path('/evidence'), {
    checklistItemId: 'RA24-02-POLICIES',
    fileName: '数据安全管理制度.txt',
    contentType: 'text/plain',
    contentBase64: Buffer.from('第一条 总则').toString('base64'),
  });
  const file = evidence.checklist.find((item) => item.itemId === 'RA24-02-POLICIES')?.evidence[0];
  assert.equal(file?.fileName, '数据安全管理制度.txt');
  const download = await call(t, officer, 'GET', path(`/evidence/${file.id}`));
  assert.equal(download.statusCode, 200);
  assert.equal(download.rawPayload.toString('utf8'), '第一条 总则');
  const tooLarge = await call(t, officer, 'POST', path('/evidence'), {
    checklistItemId: 'RA24-02-POLICIES',
    fileName: 'big.bin',
    contentBase64: Buffer.alloc(512 * 1024 + 1).toString('base64'),
  });
  assert.equal(tooLarge.statusCode, 413);
  assert.equal(
    tooLarge.json<{ error: { code: string } }>().error.code,
    'ASSESSMENT_EVIDENCE_TOO_LARGE',
  );

  await ok(t, officer, 'POST', path('/findings'), {
    checklistItemId: 'RA24-04-TECHNICAL',
    title: '核心数据未加密存储',
    description: '配方表未登记加密措施',
    likelihood: 4,
    impact: 5,
  });
  const findings = await ok<Detail>(t, officer, 'POST', path('/findings'), {
    title: '培训记录不全',
    likelihood: 1,
    impact: 2,
  });
  assert.deepEqual(
    findings.findings.map((finding) => [finding.score, finding.band]),
    [
      [20, 'critical'],
      [2, 'low'],
    ],
  );
  assert.deepEqual(findings.distribution, { low: 1, medium: 0, high: 0, critical: 1 });
  const withRisk = await ok<Detail>(t, officer, 'POST', path('/risks'), {
    findingId: findings.findings[0]?.id,
    title: '配方表启用 SM4 加密',
    owner: '李四',
    remediationDue: '2026-12-31',
  });
  const riskId = withRisk.risks[0]?.id ?? '';
  const moved = await ok<Detail>(t, officer, 'PATCH', path(`/risks/${riskId}`), {
    findingId: findings.findings[0]?.id,
    title: '配方表启用 SM4 加密',
    owner: '李四',
    remediationDue: '2026-12-31',
    status: 'in-progress',
  });
  assert.equal(moved.risks[0]?.status, 'in-progress');
});

test('completion needs every item answered and a conclusion; then the dates run', async () => {
  const early = await call(t, officer, 'POST', path('/complete'), {});
  assert.equal(
    early.json<{ error: { code: string } }>().error.code,
    'ASSESSMENT_CHECKLIST_INCOMPLETE',
  );
  const detail = await ok<Detail>(t, officer, 'GET', path());
  for (const item of detail.checklist) {
    await ok(t, officer, 'PUT', path(`/checklist/${item.itemId}`), {
      status: item.itemId === 'RA24-04-TECHNICAL' ? 'partial' : 'compliant',
      notes: '已核查',
      catalogItemIds: [items['mes.recipes']],
    });
  }
  const noConclusion = await call(t, officer, 'POST', path('/complete'), {});
  assert.equal(
    noConclusion.json<{ error: { code: string } }>().error.code,
    'ASSESSMENT_CONCLUSION_REQUIRED',
  );
  await ok(t, officer, 'PATCH', path(), {
    conclusion: '总体风险可控，存在一项极高风险',
    measures: '年内完成配方表加密',
  });
  // Friday 2026-03-06: 10 working days → Friday 2026-03-20; valid one year to 2027-03-06.
  const done = await ok<Detail>(t, officer, 'POST', path('/complete'), {
    completedOn: '2026-03-06',
  });
  assert.equal(done.status, 'completed');
  assert.equal(done.dates?.filingDueBy, '2026-03-20');
  assert.equal(done.dates.validUntil, '2027-03-06');
  assert.deepEqual(
    done.dates.reminders.map((reminder) => reminder.on),
    ['2027-01-05', '2027-02-04', '2027-02-27'],
  );
  const late = await call(t, officer, 'PATCH', path(), { conclusion: 'x' });
  assert.equal(late.json<{ error: { code: string } }>().error.code, 'ASSESSMENT_NOT_DRAFT');
});

test('the PDF report has the title and a finding in Chinese, and renders', async () => {
  const response = await call(t, officer, 'GET', path('/report.pdf'));
  assert.equal(response.statusCode, 200);
  assert.equal(response.headers['content-type'], 'application/pdf');
  const dir = await mkdtemp(join(tmpdir(), 'shuan-report-'));
  try {
    const pdf = join(dir, 'report.pdf');
    await writeFile(pdf, response.rawPayload);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
    const png = await readFile(join(dir, 'page-1.png'));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
    assert.match(text, /2026 年度数据安全风险评估/);
    assert.match(text, /核心数据未加密存储/);
    assert.match(text, /评估结论及应对措施/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const xlsx = await call(t, officer, 'GET', path('/report.xlsx'));
  assert.equal(xlsx.statusCode, 200);
  assert.equal(xlsx.rawPayload.subarray(0, 2).toString('ascii'), 'PK');
});

test('filing queues an assessment.report to the province, which stores it once', async () => {
  const noProfile = await call(t, officer, 'POST', path('/file'));
  assert.equal(noProfile.json<{ error: { code: string } }>().error.code, 'FILING_PROFILE_MISSING');
  await ok(t, officer, 'PUT', '/filings/profile', {
    uscc: '91350100M000100Y43',
    name: '某钢铁集团',
    regionCode: '350100',
    industryCode: '31',
  });
  await federationPeersRepository.insert(t.node.deps.pool, {
    nodeId: 'prov-fj',
    relation: 'parent',
    publicKey: '04' + 'ab'.repeat(64),
    url: 'http://127.0.0.1:1',
    scope: null,
    tokenId: null,
  });
  const filed = await ok<Detail>(t, officer, 'POST', path('/file'));
  assert.ok(filed.filedAt !== null);
  const again = await call(t, officer, 'POST', path('/file'));
  assert.equal(again.json<{ error: { code: string } }>().error.code, 'ASSESSMENT_ALREADY_FILED');
  const outbox = await t.node.deps.pool.query<{ id: string; payload: unknown }>(
    `SELECT id, payload FROM federation_outbox WHERE type = 'assessment.report' AND receiver = 'prov-fj'`,
  );
  assert.equal(outbox.rows.length, 1);
  const payload = AssessmentReportPayloadSchema.parse(outbox.rows[0]?.payload);
  assert.equal(payload.enterprise.uscc, '91350100M000100Y43');
  assert.equal(payload.validUntil, '2027-03-06');
  assert.deepEqual(payload.distribution, { low: 1, medium: 0, high: 0, critical: 1 });

  province = await startTestNode({ env: { SHUAN_ROLE: 'province' } });
  const handler = MESSAGE_HANDLERS['assessment.report'];
  assert.ok(handler !== undefined);
  const envelope = { id: outbox.rows[0]?.id, sender: 'ent-steel', payload } as unknown as Envelope;
  for (let i = 0; i < 2; i++) {
    await withTransaction(province.node.deps.pool, (tx) =>
      handler({ tx, envelope, now: new Date() }),
    );
  }
  const provinceAdmin = await province.login('admin', province.adminPassword);
  const received = await ok<{ items: { name: string; conclusion: string; validity: string }[] }>(
    province,
    provinceAdmin,
    'GET',
    '/assessments-received',
  );
  assert.equal(received.items.length, 1);
  assert.equal(received.items[0]?.name, '某钢铁集团');
  assert.equal(received.items[0].conclusion, '总体风险可控，存在一项极高风险');
});
