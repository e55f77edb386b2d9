import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { catalogItemsRepository } from '@shuan/db';
import { call, ok } from '../testing/api.ts';
import { startTestNode, type TestNode } from '../testing/test-node.ts';

// The cross-border self-check against a real database (issue #5 §1, docs/risk-assessment.md):
// a check covering several catalog items, core data refused, the history kept per item, the
// items with their latest basis, the rules with the setting that awaits confirmation, and
// the assessment's "cross-border items without a recorded basis" reading these records;
// a node set to let core data out under a security assessment (SHUAN_CORE_DATA_OUTBOUND_FORBIDDEN).

const PASSWORD = 'cross-border-password-1';
let t: TestNode;
let officer: Record<string, string>;
let auditor: Record<string, string>;
let items: Record<string, string>;

interface Decision {
  id: string;
  path: string;
  basis: { id: string; article: { zh: string }; articleConfirmed: boolean };
  matched: { basis: { id: string } }[];
  facts: { personalInfoPersons: number; coreData: boolean };
  coreFromCatalog: boolean;
  items: { table: string; level: string; core: boolean }[];
  importantItemsUnflagged: string[];
  coreDataOutboundForbidden: { value: boolean; confirmed: boolean };
  note: string;
  decidedBy: string;
  decidedAt: string;
}

const NO_DATA = {
  operatorIsCiio: false,
  personalInfoPersons: 0,
  sensitivePersonalInfoPersons: 0,
  importantData: false,
  coreData: false,
};

function buildItem(sourceId: string, table: string, level: 'general' | 'important' | 'core') {
  return {
    sourceId,
    table,
    comment: null,
    category: 'mgmt.customer_product' as const,
    level,
    status: 'confirmed' as const,
    hasProposalDiff: false,
    proposed: { category: 'mgmt.customer_product' as const, level, reasons: [], scanId: 'fixture' },
    pi: true,
    sensitivePi: false,
    labels: [],
    rows: 10,
    sizeBytes: null,
    columns: [],
    reviewedBy: 'fixture',
    reviewedAt: new Date().toISOString(),
    reviewReason: null,
  };
}

/** Officer and auditor on `node`, a source with a general, an important and a core table. */
async function setUp(node: TestNode) {
  const admin = await node.login('admin', node.adminPassword);
  for (const [username, role] of [
    ['officer', 'officer'],
    ['auditor', 'auditor'],
  ] as const) {
    await ok(node, admin, 'POST', '/users', {
      username,
      displayName: username,
      role,
      password: PASSWORD,
    });
  }
  const officerSession = await node.login('officer', PASSWORD);
  const me = await ok<{ user: { orgId: string } }>(node, officerSession, 'GET', '/auth/me');
  const source = await ok<{ id: string }>(node, officerSession, 'POST', '/sources', {
    name: 'CRM',
    kind: 'postgres',
    target: 'postgres://crm@127.0.0.1:1/crm',
  });
  await catalogItemsRepository.insertMany(node.node.deps.pool, me.user.orgId, [
    buildItem(source.id, 'crm.customers', 'general'),
    buildItem(source.id, 'crm.orders', 'important'),
    buildItem(source.id, 'crm.formulas', 'core'),
  ]);
  const rows = await node.node.deps.pool.query<{ id: string; table_name: string }>(
    'SELECT id, table_name FROM catalog_items WHERE org_id = $1',
    [me.user.orgId],
  );
  return {
    officer: officerSession,
    auditor: await node.login('auditor', PASSWORD),
    items: Object.fromEntries(rows.rows.map((row) => [row.table_name, row.id])),
  };
}

before(async () => {
  t = await startTestNode();
  ({ officer, auditor, items } = await setUp(t));
  for (const table of ['crm.customers', 'crm.orders']) {
    await ok(t, officer, 'PATCH', `/catalog/items/${items[table] ?? ''}`, { crossBorder: true });
  }
});

after(async () => {
  await t.close();
});

const check = (body: Record<string, unknown>) =>
  ok<Decision>(t, officer, 'POST', '/cross-border/self-check', { ...NO_DATA, ...body });

test('a check over two items records the path, its basis, the inputs and who decided', async () => {
  const decision = await check({
    catalogItemIds: [items['crm.customers'], items['crm.orders']],
    personalInfoPersons: 150_000,
    note: '海外客服中心',
  });
  assert.equal(decision.path, 'standard-contract-or-certification');
  assert.equal(decision.basis.id, 'CB-ART8-PI');
  assert.match(decision.basis.article.zh, /第八条/);
  assert.equal(decision.basis.articleConfirmed, false);
  assert.equal(decision.facts.personalInfoPersons, 150_000);
  assert.deepEqual(
    decision.items.map((item) => [item.table, item.level, item.core]),
    [
      ['crm.customers', 'general', false],
      ['crm.orders', 'important', false],
    ],
  );
  // The orders table is graded important but the flag is the officer's (notified data only).
  assert.deepEqual(decision.importantItemsUnflagged, [items['crm.orders']]);
  assert.deepEqual(decision.coreDataOutboundForbidden, { value: true, confirmed: false });
  assert.equal(decision.decidedBy, 'officer');
  assert.equal(decision.note, '海外客服中心');
});

test('core data may not leave: a linked core item makes the check forbidden', async () => {
  const decision = await check({
    catalogItemIds: [items['crm.formulas'], items['crm.customers']],
    personalInfoPersons: 10,
    exemptions: ['hr-management'],
  });
  assert.equal(decision.path, 'forbidden');
  assert.equal(decision.basis.id, 'CB-CORE-DATA');
  assert.equal(decision.coreFromCatalog, true);
  assert.equal(decision.facts.coreData, false, 'the inputs are kept as entered');
  assert.deepEqual(
    decision.items.filter((item) => item.core).map((item) => item.table),
    ['crm.formulas'],
  );
  const items2 = await ok<{
    items: { table: string; prohibited: boolean; latest: { path: string } | null }[];
  }>(t, auditor, 'GET', '/cross-border/items');
  assert.deepEqual(
    items2.items.map((item) => [item.table, item.prohibited, item.latest?.path ?? null]),
    [
      ['crm.customers', false, 'forbidden'],
      ['crm.formulas', true, 'forbidden'],
      ['crm.orders', false, 'standard-contract-or-certification'],
    ],
  );
});

test('the history is kept, newest first, and can be read per item', async () => {
  const all = await ok<{ items: Decision[] }>(t, auditor, 'GET', '/cross-border/decisions');
  assert.deepEqual(
    all.items.map((d) => d.path),
    ['forbidden', 'standard-contract-or-certification'],
  );
  const orders = await ok<{ items: Decision[] }>(
    t,
    auditor,
    'GET',
    `/cross-border/decisions?catalogItemId=${items['crm.orders'] ?? ''}`,
  );
  assert.deepEqual(
    orders.items.map((d) => d.path),
    ['standard-contract-or-certification'],
  );
});

test('the rules list the setting that awaits confirmation; auditors cannot run a check', async () => {
  const rules = await ok<{
    thresholds: Record<string, number>;
    unconfirmed: { key: string; value: boolean }[];
  }>(t, auditor, 'GET', '/cross-border/rules');
  assert.equal(rules.thresholds['securityAssessmentSensitivePersons'], 10_000);
  assert.deepEqual(
    rules.unconfirmed.map((setting) => [setting.key, setting.value]),
    [['coreDataOutboundForbidden', true]],
  );
  const refused = await call(t, auditor, 'POST', '/cross-border/self-check', NO_DATA);
  assert.equal(refused.statusCode, 403);
});

test('the assessment pre-fill lists flagged items until a check links them', async () => {
  await ok(t, officer, 'PATCH', `/catalog/items/${items['crm.formulas'] ?? ''}`, {
    crossBorder: true,
  });
  const created = await ok<{ facts: { crossBorderWithoutBasis: { table: string }[] } }>(
    t,
    officer,
    'POST',
    '/assessments',
    { year: 2026 },
  );
  // Every flagged item is covered by a check above.
  assert.deepEqual(created.facts.crossBorderWithoutBasis, []);
  // A link gone (as if the check had never covered the orders table): listed again.
  await t.node.deps.pool.query(
    `DELETE FROM cross_border_decision_items WHERE catalog_item_id = $1`,
    [items['crm.orders']],
  );
  const list = await ok<{ items: { id: string }[] }>(t, officer, 'GET', '/assessments');
  const refreshed = await ok<{ facts: { crossBorderWithoutBasis: { table: string }[] } }>(
    t,
    officer,
    'POST',
    `/assessments/${list.items[0]?.id ?? ''}/refresh`,
  );
  assert.deepEqual(
    refreshed.facts.crossBorderWithoutBasis.map((item) => item.table),
    ['crm.orders'],
  );
});

test('SHUAN_CORE_DATA_OUTBOUND_FORBIDDEN=false: core data needs a security assessment instead', async () => {
  const relaxed = await startTestNode({ env: { SHUAN_CORE_DATA_OUTBOUND_FORBIDDEN: 'false' } });
  try {
    const on = await setUp(relaxed);
    const decision = await ok<Decision>(relaxed, on.officer, 'POST', '/cross-border/self-check', {
      ...NO_DATA,
      catalogItemIds: [on.items['crm.formulas']],
    });
    assert.equal(decision.path, 'security-assessment');
    assert.equal(decision.basis.id, 'CB-CORE-DATA-ASSESSMENT');
    assert.deepEqual(decision.coreDataOutboundForbidden, { value: false, confirmed: false });
    const listed = await ok<{ items: { table: string; prohibited: boolean }[] }>(
      relaxed,
      on.auditor,
      'GET',
      '/cross-border/items',
    );
    assert.deepEqual(
      listed.items.map((item) => [item.table, item.prohibited]),
      [['crm.formulas', false]],
    );
    const rules = await ok<{ unconfirmed: { key: string; value: boolean }[] }>(
      relaxed,
      on.auditor,
      'GET',
      '/cross-border/rules',
    );
    assert.deepEqual(rules.unconfirmed, [
      { ...rules.unconfirmed[0], key: 'coreDataOutboundForbidden', value: false },
    ]);
  } finally {
    await relaxed.close();
  }
  // The first node still forbids it: the setting is per node.
  const rules = await ok<{ unconfirmed: { value: boolean }[] }>(
    t,
    auditor,
    'GET',
    '/cross-border/rules',
  );
  assert.equal(rules.unconfirmed[0]?.value, true);
});
