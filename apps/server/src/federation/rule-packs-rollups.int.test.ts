import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, test } from 'node:test';
import { enqueueMessage, withTransaction } from '@shuan/db';
import {
  closeFederationNodes,
  eventually,
  startFederationNodes,
  type FederationTestNode,
} from './testing/federation-node.ts';
import { enrollOver } from './testing/topology-steps.ts';
import { buildFilingPayload } from './testing/envelopes.ts';

// Ministry → province → enterprise as three real processes with their own databases: a
// rule-pack version published on the ministry reaches the enterprise through the province
// and changes its next scan; heartbeats show the version on both parents; the province's
// rollup reaches the ministry's national view. See docs/federation.md § Rule packs down.

const MINISTRY = 'ministry-000000';
const PROVINCE = 'province-320000';
const ENTERPRISE = 'ent-91320500MA2Y4B7C14';
const USCC = '91350100MA2Y4B7C14';

let ministry: FederationTestNode;
let province: FederationTestNode;
let enterprise: FederationTestNode;

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

/** The bundled general pack raised to 2026.2 with a rule that makes blend sheets core data. */
function generalPackV2(): Record<string, unknown> {
  const file = new URL('../../../../packages/tools/rule-packs/general.json', import.meta.url);
  const pack = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown[]> & {
    version: string;
  };
  pack.version = '2026.2';
  pack['categoryRules'] = [
    {
      id: 'MIIT-CAT-BLEND',
      category: 'prod.process',
      tableKeywords: ['blend_sheet'],
      columnKeywords: [],
    },
    ...(pack['categoryRules'] ?? []),
  ];
  pack['levelRules'] = [
    ...(pack['levelRules'] ?? []),
    {
      id: 'MIIT-LVL-CORE-BLEND',
      level: 'core',
      scope: 'table',
      tableKeywords: ['blend_sheet'],
      reason: { zh: '配料单属核心工艺数据', en: 'blend sheets are core process data' },
      basis: '部级规则包 2026.2（测试） / ministry pack 2026.2 (test)',
    },
  ];
  return pack;
}

interface Scan {
  status: string;
  summary: { ruleset?: { id: string; version: string } } | null;
}
interface Finding {
  table: { table: string; level: string; category: string | null; reasons: string[] };
}

async function scanOnce(sourceId: string): Promise<{ scan: Scan; blend: Finding['table'] }> {
  const started = await enterprise.admin.ok<{ id: string }>('POST', '/scans', { sourceId });
  const scan = await eventually(async () => {
    const current = await enterprise.admin.ok<Scan>('GET', `/scans/${started.id}`);
    return current.status === 'succeeded' || current.status === 'failed' ? current : undefined;
  }, 'the scan to finish');
  assert.equal(scan.status, 'succeeded');
  const findings = await enterprise.admin.ok<{ items: Finding[] }>(
    'GET',
    `/scans/${started.id}/findings`,
  );
  const blend = findings.items.find((item) => item.table.table === 'qx_blend_sheet')?.table;
  assert.ok(blend, 'the blend sheet was scanned');
  return { scan, blend };
}

test('a published pack reaches the enterprise through the province and changes its next scan; rollups reach the national view', async (t) => {
  await enrollOver(ministry, province, { kind: 'region', code: '320000' });
  await enrollOver(province, enterprise, { kind: 'region', code: '320500' });

  // A SQLite source on the enterprise (inside its data folder, which sources may read).
  const file = join(enterprise.dataDir, 'plant.sqlite');
  const db = new DatabaseSync(file);
  db.exec(`CREATE TABLE qx_blend_sheet (batch_no TEXT, ratio_a REAL, ratio_b REAL);
           INSERT INTO qx_blend_sheet VALUES ('B-1', 0.4, 0.6), ('B-2', 0.5, 0.5);`);
  db.close();
  const source = await enterprise.admin.ok<{ id: string }>('POST', '/sources', {
    name: 'plant',
    kind: 'sqlite',
    target: file,
  });

  // Before: the bundled general pack, and the blend sheet is general data.
  const before = await scanOnce(source.id);
  assert.deepEqual(before.scan.summary?.ruleset, { id: 'general', version: '2026.1' });
  assert.equal(before.blend.level, 'general');

  // A version that does not grow is refused; a province cannot publish.
  const stale = await ministry.admin.request('POST', '/rule-packs', {
    ...generalPackV2(),
    version: '2026.1',
  });
  assert.equal(stale.status, 409);
  assert.equal((await province.admin.request('POST', '/rule-packs', generalPackV2())).status, 409);
  const invalid = await ministry.admin.request<{ error: { code: string } }>('POST', '/rule-packs', {
    ...generalPackV2(),
    levelRules: [{ id: 'bad id' }],
  });
  assert.equal(invalid.body.error.code, 'RULE_PACK_INVALID');

  const published = await ministry.admin.ok<{ sm3: string; queuedTo: string[] }>(
    'POST',
    '/rule-packs',
    generalPackV2(),
  );
  assert.deepEqual(published.queuedTo, [PROVINCE]);

  // Down the tree: received by the province, passed on, received by the enterprise, same SM3.
  for (const node of [province, enterprise]) {
    const held = await eventually(async () => {
      const list = await node.admin.ok<{
        running: Record<string, string>;
        items: { packId: string; version: string; origin: string; sm3: string }[];
      }>('GET', '/rule-packs');
      return list.running['general'] === '2026.2' ? list : undefined;
    }, `the pack on ${node.nodeId}`);
    const received = held.items.find((item) => item.version === '2026.2');
    assert.ok(received);
    assert.equal(received.origin, 'received');
    assert.equal(received.sm3, published.sm3);
  }

  // The next scan runs the received version: recorded on the scan, and the new rule fires.
  const afterScan = await scanOnce(source.id);
  assert.deepEqual(afterScan.scan.summary?.ruleset, { id: 'general', version: '2026.2' });
  assert.equal(afterScan.blend.level, 'core');
  assert.equal(afterScan.blend.category, 'prod.process');
  assert.ok(afterScan.blend.reasons.some((reason) => reason.includes('MIIT-LVL-CORE-BLEND')));

  // Heartbeats carry the running version up: both parents show it in their node directory.
  for (const [parent, childId] of [
    [province, ENTERPRISE],
    [ministry, PROVINCE],
  ] as const) {
    const entry = await eventually(async () => {
      const directory = await parent.admin.ok<{
        items: {
          nodeId: string;
          rulePacks: Record<string, string>;
          packsBehind: string[];
          health: string;
        }[];
      }>('GET', '/nodes');
      const child = directory.items.find((item) => item.nodeId === childId);
      return child?.rulePacks['general'] === '2026.2' ? child : undefined;
    }, `${childId}'s pack version on ${parent.nodeId}`);
    assert.deepEqual(entry.packsBehind, []);
    assert.equal(entry.health, 'ok');
  }

  // Rollup: the enterprise files; the province knows it in its registry (industry 31, Suzhou).
  await province.admin.ok('POST', '/registry/enterprises', {
    uscc: USCC,
    name: '某钢铁集团',
    regionCode: '320500',
    industryCode: '31',
    size: 'large',
    keyEnterprise: true,
    contactName: '李四',
    contactPhone: '13800138000',
    contactEmail: 'dso@example.com',
    address: '苏州市',
  });
  const filing = buildFilingPayload();
  filing.enterprise = { ...filing.enterprise, uscc: USCC };
  await withTransaction(enterprise.pool, async (tx) => {
    await enqueueMessage(tx, { receiver: PROVINCE, type: 'filing.submit', payload: filing });
  });
  await eventually(async () => {
    const rows = await province.pool.query('SELECT 1 FROM federation_filings');
    return rows.rows.length > 0 ? true : undefined;
  }, 'the filing at the province');

  // The national view before any rollup: the province is behind.
  const empty = await ministry.admin.ok<{ provinces: { nodeId: string; reasons: string[] }[] }>(
    'GET',
    '/national/overview',
  );
  assert.deepEqual(
    empty.provinces.map((p) => [p.nodeId, p.reasons]),
    [[PROVINCE, ['no-rollup']]],
  );

  const sent = await province.admin.ok<{ filings: number; region: string }>(
    'POST',
    '/rollups/send',
  );
  assert.equal(sent.filings, 1);
  assert.equal(sent.region, '320000');
  interface Overview {
    totals: { provinces: number; reporting: number; behind: number; filings: number };
    byLevel: Record<string, number>;
    byStatus: Record<string, number>;
    byIndustry: { code: string; filings: number }[];
    provinces: {
      nodeId: string;
      region: string;
      behind: boolean;
      filings: number;
      enterprises: number;
      rulePacks: Record<string, string>;
    }[];
  }
  const overview = await eventually(async () => {
    const view = await ministry.admin.ok<Overview>('GET', '/national/overview');
    return view.totals.reporting === 1 ? view : undefined;
  }, 'the rollup at the ministry');
  assert.deepEqual(overview.totals, {
    provinces: 1,
    reporting: 1,
    behind: 0,
    enterprises: 1,
    filings: 1,
  });
  assert.equal(overview.byLevel['important'], 1);
  assert.equal(overview.byStatus['submitted'], 1);
  assert.deepEqual(
    overview.byIndustry.map((i) => [i.code, i.filings]),
    [['C31', 1]],
  );
  const row = overview.provinces[0];
  assert.ok(row);
  assert.equal(row.region, '320000');
  assert.equal(row.behind, false);
  assert.equal(row.rulePacks['general'], '2026.2');

  // The counts carry the registry's region, not the filing's (350100).
  const stored = await ministry.pool.query<{ counts: { region: string; industry: string }[] }>(
    'SELECT counts FROM federation_rollups',
  );
  assert.deepEqual(
    stored.rows[0]?.counts.map((c) => [c.industry, c.region]),
    [['C31', '320500']],
  );
  // The province is listed behind again when its rollup is older than staleDays.
  await ministry.pool.query(`UPDATE federation_rollups SET as_of = now() - interval '3 days'`);
  const stale2 = await ministry.admin.ok<{ provinces: { reasons: string[] }[] }>(
    'GET',
    '/national/overview?staleDays=2',
  );
  assert.deepEqual(stale2.provinces[0]?.reasons, ['stale-rollup']);
  t.diagnostic(`pack ${published.sm3.slice(0, 12)}… ran on ${ENTERPRISE}; rollup of 1 filing`);
});
