import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { MessagePayload } from '@shuan/contracts';
import { enqueueMessage, withTransaction } from '@shuan/db';
import { buildFilingPayload } from '../federation/testing/envelopes.ts';
import {
  closeFederationNodes,
  eventually,
  startFederationNodes,
  type FederationTestNode,
} from '../federation/testing/federation-node.ts';
import { enrollOver, syncNow } from '../federation/testing/topology-steps.ts';

// Re-filings in the ministry's national view (issue #4): ministry → province → enterprise as
// real processes with their own databases. The enterprise's node reports four re-filing
// obligations to the province as signed `filing.change` envelopes — one past its 3 months,
// one pending, one answered by a filing, one closed by a revert — the province sends its
// rollup, and the ministry's API shows the counts for that province, by industry, and the
// overdue enterprise. A rollup without the re-filing section (an older province) is still
// applied, and the ministry then shows the province's re-filings as not reported.
// docs/federation.md § Rollups up.

const MINISTRY = 'ministry-000000';
const PROVINCE = 'province-320000';
const ENTERPRISE = 'ent-91320500MA2Y4B7C14';
const MONTH_MS = 30 * 86_400_000;

let ministry: FederationTestNode;
let province: FederationTestNode;
let enterprise: FederationTestNode;

interface Totals {
  pending: number;
  overdue: number;
  refiledOnTime: number;
  refiledLate: number;
}
interface Overview {
  provinces: { nodeId: string; behind: boolean; refilings: Totals | null }[];
  refilings: {
    reporting: number;
    totals: Totals;
    byIndustry: ({ code: string; name: string } & Totals)[];
  };
}
interface OverduePage {
  total: number;
  items: {
    province: string;
    provinceName: string | null;
    enterprise: { uscc: string; name: string; region: string; industry: string };
    regionName: string | null;
    industryName: string | null;
    refileBy: string;
    daysOverdue: number;
  }[];
}

const enterpriseOf = (uscc: string, name: string, region: string, industry: string) => ({
  uscc,
  name,
  region,
  industry,
});
const STEEL = enterpriseOf('91320500MA2Y4B7C14', '苏钢集团', '320500', 'C31');
const CARS = enterpriseOf('91320100MA2Y4B7C15', '金陵汽车', '320100', 'C36');
const PHARMA = enterpriseOf('91320200MA2Y4B7C16', '锡城制药', '320200', 'C27');
const TEXTILE = enterpriseOf('91320600MA2Y4B7C17', '通州纺织', '320600', 'C17');

function change(
  enterprise: MessagePayload<'filing.change'>['enterprise'],
  changedAt: Date,
  state: MessagePayload<'filing.change'>['state'],
  refiledFilingId: string | null = null,
): MessagePayload<'filing.change'> {
  return {
    enterprise,
    baseFilingId: randomUUID(),
    baseCatalogVersion: 1,
    changedAt: changedAt.toISOString(),
    state,
    refiledFilingId,
    summary: { added: 0, removed: 0, levelChanged: 1, fieldsChanged: 0, volumeChanged: [] },
  };
}

before(async () => {
  [ministry, province, enterprise] = await startFederationNodes([
    ['ministry', MINISTRY],
    ['province', PROVINCE],
    ['enterprise', ENTERPRISE],
  ]);
  await enrollOver(ministry, province, { kind: 'region', code: '320000' });
  await enrollOver(province, enterprise, { kind: 'region', code: '320000' });
});

after(async () => {
  await closeFederationNodes(ministry, province, enterprise);
});

test("a province's overdue and pending re-filings reach the ministry's national view", async () => {
  const now = Date.now();
  // The pharma company's change was answered by a filing (received now, well in time).
  const refiling = buildFilingPayload();
  refiling.enterprise = PHARMA;
  await withTransaction(enterprise.pool, async (tx) => {
    const send = (type: 'filing.submit' | 'filing.change', payload: unknown) =>
      enqueueMessage(tx, { receiver: PROVINCE, type, payload });
    await send('filing.change', change(STEEL, new Date(now - 4 * MONTH_MS), 'open'));
    await send('filing.change', change(CARS, new Date(now - 86_400_000), 'open'));
    await send('filing.submit', refiling);
    await send(
      'filing.change',
      change(PHARMA, new Date(now - MONTH_MS), 'refiled', refiling.filingId),
    );
    await send('filing.change', change(TEXTILE, new Date(now - 5 * MONTH_MS), 'reverted'));
  });
  await eventually(async () => {
    await syncNow(enterprise);
    const held = await province.pool.query('SELECT 1 FROM received_refilings');
    return held.rows.length === 4 ? true : undefined;
  }, 'the four re-filings at the province');

  // Before the province reports them, the ministry has nothing to show for it.
  const before = await ministry.admin.ok<Overview>('GET', '/national/overview');
  assert.deepEqual(
    before.provinces.map((p) => [p.nodeId, p.refilings]),
    [[PROVINCE, null]],
  );

  const sent = await province.admin.ok<{ refilings: Totals }>('POST', '/rollups/send');
  const expected = { pending: 1, overdue: 1, refiledOnTime: 1, refiledLate: 0 };
  assert.deepEqual(sent.refilings, expected);

  const overview = await eventually(async () => {
    const view = await ministry.admin.ok<Overview>('GET', '/national/overview');
    return view.provinces[0]?.refilings === null ? undefined : view;
  }, 'the rollup with re-filings at the ministry');
  assert.deepEqual(
    overview.provinces.map((p) => [p.nodeId, p.refilings, p.behind]),
    [[PROVINCE, expected, false]],
  );
  assert.deepEqual(overview.refilings.totals, expected);
  assert.equal(overview.refilings.reporting, 1);
  assert.deepEqual(
    overview.refilings.byIndustry.map((i) => [i.code, i.overdue, i.pending, i.refiledOnTime]),
    [
      ['C31', 1, 0, 0],
      ['C36', 0, 1, 0],
      ['C27', 0, 0, 1],
    ],
  );

  // The overdue list names the steel company, with its province.
  const overdue = await ministry.admin.ok<OverduePage>('GET', '/national/refilings/overdue');
  assert.equal(overdue.total, 1);
  const [item] = overdue.items;
  assert.ok(item);
  assert.deepEqual(
    [item.province, item.provinceName, item.enterprise, item.regionName, item.industryName],
    [PROVINCE, '江苏省', STEEL, '苏州市', '黑色金属冶炼和压延加工业'],
  );
  assert.ok(item.daysOverdue > 0, `${String(item.daysOverdue)} days overdue`);
  const other = await ministry.admin.ok<OverduePage>(
    'GET',
    '/national/refilings/overdue?province=province-440000',
  );
  assert.equal(other.total, 0);
  const onProvince = await province.admin.request<{ error: { code: string } }>(
    'GET',
    '/national/refilings/overdue',
  );
  assert.deepEqual(
    [onProvince.status, onProvince.body.error.code],
    [409, 'NATIONAL_VIEW_MINISTRY_ONLY'],
  );
});

test('a later rollup without re-filings (an older province) is applied: shown as not reported', async () => {
  const old: MessagePayload<'rollup.report'> = {
    region: '320000',
    asOf: new Date(Date.now() + 1000).toISOString(),
    enterprises: 4,
    counts: [],
  };
  await withTransaction(province.pool, async (tx) => {
    await enqueueMessage(tx, { receiver: MINISTRY, type: 'rollup.report', payload: old });
  });
  const overview = await eventually(async () => {
    await syncNow(province);
    const view = await ministry.admin.ok<Overview>('GET', '/national/overview');
    return view.provinces[0]?.refilings === null ? view : undefined;
  }, 'the older rollup at the ministry');
  assert.equal(overview.refilings.reporting, 0);
  assert.deepEqual(overview.refilings.byIndustry, []);
  const stored = await ministry.pool.query<{ enterprises: number; refiling: unknown }>(
    'SELECT enterprises, refiling_counts AS refiling FROM federation_rollups',
  );
  assert.deepEqual(stored.rows, [{ enterprises: 4, refiling: null }]);
  const overdue = await ministry.admin.ok<OverduePage>('GET', '/national/refilings/overdue');
  assert.equal(overdue.total, 0);
});
