// The declared ground truth is complete and follows the shared grading policy (general v2026.1).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CATEGORY_CODES,
  isCategoryCode,
  isLabelCode,
  LABEL_CODES,
  LEVELS,
  maxLevel,
  SENSITIVE_PI_LABELS,
  type CategoryCode,
  type Level,
} from '@shuan/core';
import { demoGroundTruth, type DemoTableTruth } from './ground-truth.ts';

const truth = demoGroundTruth();

// Category keywords of the policy (name or comment), with the obvious English/pinyin forms.
const KEYWORDS: Record<CategoryCode, RegExp> = {
  'rd.design': /plm_drawing|drawing|图纸|设计/i,
  'rd.test': /test_report|bench_test|试验|测试/i,
  'prod.control': /plc_setpoint|control_command|设定值|控制指令/i,
  'prod.condition': /scada_telemetry|telemetry|传感器/i,
  'prod.process': /process|recipe|工艺参数|工艺|配方/i,
  'prod.system_log': /system_log|系统日志/i,
  'ops.logistics': /shipment|物流|运单/i,
  'ops.after_sales': /repair_order|售后|维修/i,
  'mgmt.asset': /equipment_ledger|asset|设备台账|资产/i,
  'mgmt.customer_product': /customer|product|客户|产品/i,
  'mgmt.supply_chain': /supplier|purchase|供应商|采购/i,
  'mgmt.business_stats': /sales_stats|stats|统计|报表|产量/i,
  'mgmt.hr': /hr_employee|员工/i,
  'mgmt.finance': /payroll|^fin_|财务|凭证|工资/i,
  'ext.shared': /partner_share|共享|第三方|外部/i,
};
const text = (t: DemoTableTruth): string => `${t.table} ${t.comment ?? ''}`;

test('35–45 tables of 5–20 columns, 50–2,000 rows except the two big ones', () => {
  assert.ok(truth.tables.length >= 35 && truth.tables.length <= 45, String(truth.tables.length));
  for (const t of truth.tables) {
    assert.ok(t.columns.length >= 5 && t.columns.length <= 20, t.table);
    if (t.table !== 'scada_telemetry' && t.table !== 'tms_vehicle_track') {
      assert.ok(t.rows >= 50 && t.rows <= 2000, t.table);
    }
  }
  assert.equal(truth.byTable.get('scada_telemetry')?.rows, 20_000);
});

test('every category, every label and all three levels occur', () => {
  const cats = new Set(truth.tables.map((t) => t.category));
  for (const c of CATEGORY_CODES) assert.ok(cats.has(c), c);
  assert.ok(cats.has(null), 'an uncategorised table');
  const labels = new Set(truth.tables.flatMap((t) => t.columns.flatMap((c) => c.labels)));
  for (const l of LABEL_CODES) assert.ok(labels.has(l), l);
  const levels = new Set(truth.tables.map((t) => t.level));
  for (const l of LEVELS) assert.ok(levels.has(l), l);
});

test('codes are valid; columns take their table category', () => {
  for (const t of truth.tables) {
    assert.ok(t.category === null || isCategoryCode(t.category));
    for (const c of t.columns) {
      assert.equal(c.category, t.category, `${t.table}.${c.column}`);
      for (const l of c.labels) assert.ok(isLabelCode(l));
    }
  }
});

test('categories come from the name and comment, or from co-occurring labels', () => {
  for (const t of truth.tables) {
    if (t.category === null) {
      for (const [code, re] of Object.entries(KEYWORDS))
        assert.ok(!re.test(text(t)), `${t.table} ${code}`);
    } else if (t.comment === undefined) {
      const labels = new Set(t.columns.flatMap((c) => c.labels));
      assert.ok(labels.has('pi.name') && labels.has('pi.mobile') && labels.has('pi.address'));
      assert.equal(t.category, 'mgmt.customer_product');
    } else {
      assert.match(text(t), KEYWORDS[t.category], t.table);
    }
  }
});

function expectedColumnLevel(t: DemoTableTruth, labels: readonly string[]): Level {
  let level: Level = 'general';
  if (t.category === 'prod.control') {
    level = /安全仪表|联锁|紧急停车|SIS|ESD|interlock/i.test(text(t)) ? 'core' : 'important';
  }
  if (
    (t.category === 'prod.process' || t.category === 'rd.design') &&
    /配方|工艺参数|核心工艺|formula|recipe/i.test(text(t))
  ) {
    level = maxLevel(level, 'important');
  }
  const pi = labels.filter((l) => l.startsWith('pi.'));
  const sensitive = pi.some((l) => (SENSITIVE_PI_LABELS as readonly string[]).includes(l));
  if ((pi.length > 0 && t.rows >= 1_000_000) || (sensitive && t.rows >= 100_000)) {
    level = maxLevel(level, 'important');
  }
  return level;
}

test('levels follow the policy; a table takes the highest level of its columns', () => {
  for (const t of truth.tables) {
    let max: Level = 'general';
    for (const c of t.columns) {
      assert.equal(c.level, expectedColumnLevel(t, c.labels), `${t.table}.${c.column}`);
      max = maxLevel(max, c.level);
    }
    assert.equal(t.level, max, t.table);
    assert.ok(t.levelReason.startsWith(t.level), t.table);
  }
  assert.equal(truth.byTable.get('sis_interlock_config')?.level, 'core');
  assert.equal(truth.byTable.get('tms_vehicle_track')?.level, 'important');
});

test('comments fit on one line and never hold SQL comment markers', () => {
  for (const t of truth.tables) {
    for (const s of [t.comment, ...t.columns.map((c) => c.comment)]) {
      if (s !== undefined) assert.ok(!/[\n\r]|--|'/.test(s), s);
    }
  }
});
