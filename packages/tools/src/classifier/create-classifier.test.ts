import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSample, validIdNumbers } from './build-sample.ts';
import { createClassifier } from './create-classifier.ts';
import { tableBaseName } from './table-text.ts';

const general = createClassifier();

function classify(sample: Parameters<typeof general.classifyTable>[0], industry?: string) {
  return (industry ? createClassifier({ industry }) : general).classifyTable(sample);
}

test('the general pack names its ruleset', () => {
  assert.deepEqual(general.ruleset, { id: 'general', version: '2026.1' });
  assert.deepEqual(createClassifier({ industry: 'steel' }).ruleset, {
    id: 'steel',
    version: '2026.1',
  });
});

test('PLC set points are control information and important, on every column', () => {
  const { table, columns } = classify(
    buildSample({
      table: 'mes.plc_setpoint',
      comment: 'PLC设定值（控制指令）',
      columns: [
        { name: 'tag_name', comment: '位号' },
        { name: 'setpoint', comment: '设定值' },
      ],
    }),
  );
  assert.equal(table.category, 'prod.control');
  assert.equal(table.level, 'important');
  assert.ok(columns.every((c) => c.category === 'prod.control' && c.level === 'important'));
  assert.ok(table.reasons.some((r) => r.includes('[GEN-LVL-IMP-CONTROL]')));
  assert.ok(table.reasons.some((r) => r.includes('[GEN-CAT-CONTROL]') && r.includes('plc')));
});

test('safety-instrumented interlocks are core data', () => {
  const { table } = classify(
    buildSample({
      table: 'sis_interlock_config',
      comment: '安全仪表系统（SIS）联锁设定值',
      columns: [{ name: 'trip_value', comment: '跳车值' }],
    }),
  );
  assert.equal(table.level, 'core');
  const reason = table.reasons.find((r) => r.includes('[GEN-LVL-CORE-SAFETY-CONTROL]'));
  assert.ok(reason?.includes('核心数据') && reason.includes('core'), reason);
});

test('a recipe is important; a plain process route is general', () => {
  const recipe = classify(
    buildSample({
      table: 'mes_forging_recipe',
      comment: '锻造工艺配方',
      columns: [{ name: 'quench_temp_c' }],
    }),
  );
  assert.deepEqual([recipe.table.category, recipe.table.level], ['prod.process', 'important']);
  const route = classify(
    buildSample({ table: 'mes_process_route', comment: '工艺路线', columns: [{ name: 'op_seq' }] }),
  );
  assert.deepEqual([route.table.category, route.table.level], ['prod.process', 'general']);
  assert.ok(route.table.reasons.some((r) => r.includes('[DEFAULT-GENERAL]')));
});

test('schema, database and file-extension words do not count as evidence', () => {
  assert.equal(tableBaseName('test.orders_x'), 'orders_x');
  assert.equal(tableBaseName('exports/hr_employee.csv'), 'hr_employee');
  assert.equal(tableBaseName('crm.xlsx#客户'), 'crm 客户');
  const { table } = classify(buildSample({ table: 'test.orders_x', columns: [{ name: 'qty' }] }));
  assert.equal(table.category, null);
  assert.ok(table.reasons.some((r) => r.includes('[NO-CATEGORY]')));
  const file = classify(
    buildSample({ table: 'exports/hr_employee.csv', columns: [{ name: 'emp_no' }] }),
  );
  assert.equal(file.table.category, 'mgmt.hr');
});

test('a large table of ID numbers: only the sensitive column is raised, the table follows', () => {
  const ids = validIdNumbers(100);
  const sample = buildSample({
    table: 'crm_member',
    comment: '会员客户',
    rows: 150_000,
    columns: [
      { name: 'member_no', values: ids.map((_, i) => `M${String(i).padStart(6, '0')}`) },
      { name: 'sfzh', comment: '身份证号', values: ids },
    ],
  });
  const { table, columns } = classify(sample);
  const [memberNo, idNumber] = columns;
  assert.equal(idNumber?.labels[0]?.code, 'pi.id_card');
  assert.equal(idNumber.level, 'important');
  assert.equal(memberNo?.level, 'general');
  assert.equal(table.level, 'important');
  assert.ok(
    table.reasons.some((r) => r.includes('[GEN-LVL-IMP-SPI-VOLUME]') && r.includes('sfzh')),
  );
  const small = classify({ ...sample, table: { ...sample.table, estimatedRows: 5_000 } });
  assert.equal(small.table.level, 'general');
  const json = JSON.stringify(classify(sample));
  assert.ok(!ids.some((id) => json.includes(id)), 'no sampled value appears in the findings');
});

test('steel: a rolling schedule is an important process parameter only under the steel pack', () => {
  const sample = buildSample({
    table: 'l2_rolling_schedule',
    comment: '热轧轧制规程',
    columns: [{ name: 'reduction' }],
  });
  const steel = classify(sample, 'steel');
  assert.deepEqual([steel.table.category, steel.table.level], ['prod.process', 'important']);
  assert.ok(steel.table.reasons.some((r) => r.includes('[STEEL-LVL-IMP-PROCESS-MODEL]')));
  assert.deepEqual(
    [classify(sample).table.category, classify(sample).table.level],
    [null, 'general'],
  );
  const gas = classify(
    buildSample({
      table: 'gas_holder_interlock',
      comment: '煤气柜联锁',
      columns: [{ name: 'trip_value', comment: '联锁值' }],
    }),
    'steel',
  );
  assert.equal(gas.table.level, 'core');
});

test('automotive: charging-network data and outside-camera images are important', () => {
  const charging = classify(
    buildSample({
      table: 'charge_pile_status',
      comment: '充电桩运行状态',
      columns: [{ name: 'charge_kwh' }],
    }),
    'automotive',
  );
  assert.deepEqual(
    [charging.table.category, charging.table.level],
    ['prod.condition', 'important'],
  );
  const dashcam = classify(
    buildSample({
      table: 'dashcam_clip',
      comment: '车外视频片段',
      columns: [{ name: 'file_url' }],
    }),
    'automotive',
  );
  assert.equal(dashcam.table.level, 'important');
  const telematics = classify(
    buildSample({ table: 'tbox_vehicle_status', columns: [{ name: 'vin' }, { name: 'soc' }] }),
    'automotive',
  );
  assert.equal(telematics.table.category, 'ops.after_sales');
});

test('textile and integrated-circuit packs grade their own know-how', () => {
  const dye = classify(
    buildSample({ table: 'dye_recipe', comment: '印染配方', columns: [{ name: 'liquor_ratio' }] }),
    'textile',
  );
  assert.deepEqual([dye.table.category, dye.table.level], ['prod.process', 'important']);
  const litho = classify(
    buildSample({ table: 'litho_recipe', comment: '光刻工艺菜单', columns: [{ name: 'dose' }] }),
    'integrated-circuits',
  );
  assert.deepEqual([litho.table.category, litho.table.level], ['prod.process', 'important']);
  const euv = classify(
    buildSample({ table: 'euv_layout', comment: '先进制程版图', columns: [{ name: 'layer' }] }),
    'integrated-circuits',
  );
  assert.deepEqual([euv.table.category, euv.table.level], ['rd.design', 'core']);
});

test('an unknown industry fails before anything is scanned', () => {
  assert.throws(() => createClassifier({ industry: 'nope' }), { code: 'RULE_PACK_UNKNOWN' });
});
