import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ColumnLabel, LabelCode } from '@shuan/core';
import { buildBankCard, buildIdCard, withWrongCheck } from '../validators/test-values.ts';
import { labelColumn, type LabelColumnInput } from './label-column.ts';

function run(
  name: string,
  values: readonly (string | null)[],
  comment?: string,
  extra: Partial<LabelColumnInput> = {},
): ColumnLabel[] {
  return labelColumn({
    table: 't',
    column: { name, dataType: 'varchar', ...(comment ? { comment } : {}) },
    values,
    ...extra,
  });
}
/** The first label; fails the test when there is none. */
function first(labels: readonly ColumnLabel[]): ColumnLabel {
  const label = labels[0];
  assert.ok(label, 'expected a label');
  return label;
}
const codes = (labels: readonly ColumnLabel[]): LabelCode[] => labels.map((l) => l.code).sort();
const mobiles = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `139${String(10_000_000 + i * 7919).slice(-8)}`);
const filler = (n: number): string[] => Array.from({ length: n }, (_, i) => `备注${i}`);

test('value evidence needs 30 % of non-empty values by default, configurable', () => {
  assert.deepEqual(codes(run('c1', [...mobiles(4), ...filler(6)])), ['pi.mobile']);
  assert.deepEqual(codes(run('c1', [...mobiles(2), ...filler(8)])), []);
  assert.deepEqual(
    codes(
      labelColumn(
        {
          table: 't',
          column: { name: 'c1', dataType: 'text' },
          values: [...mobiles(2), ...filler(8)],
        },
        { valueThreshold: 0.15 },
      ),
    ),
    ['pi.mobile'],
  );
  assert.deepEqual(
    codes(run('c1', [...mobiles(4), ...Array<null>(50).fill(null), '', '  '])),
    ['pi.mobile'],
    'nulls and blanks do not count',
  );
});

test('values failing a checksum never count', () => {
  const bad = Array.from({ length: 40 }, (_, i) =>
    withWrongCheck(buildIdCard('110105', '19800101', String(100 + i))),
  );
  assert.deepEqual(run('serial_no', bad), []);
  const cards = Array.from({ length: 40 }, (_, i) =>
    withWrongCheck(buildBankCard('622202', 19, i * 17), '0123456789'),
  );
  assert.deepEqual(run('trace_no', cards), []);
  assert.deepEqual(
    run(
      'batch_no',
      Array.from({ length: 30 }, (_, i) => `125031${String(10_000 + i)}`),
    ),
    [],
  );
});

test('values and name together give high confidence and both evidences', () => {
  const ids = Array.from({ length: 20 }, (_, i) =>
    buildIdCard('440305', '19850612', String(100 + i)),
  );
  const label = first(run('sfzh', ids, '身份证号'));
  assert.equal(label.code, 'pi.id_card');
  assert.deepEqual(label.evidence, ['values', 'name', 'comment']);
  assert.equal(label.hits, 20);
  assert.ok(label.confidence >= 0.95);
});

test('name or comment alone labels masked or empty columns', () => {
  const masked = Array.from({ length: 20 }, (_, i) => `110105********${String(1000 + i)}`);
  assert.deepEqual(
    run('id_card_no', masked, '身份证号（脱敏）').map((l) => [l.code, l.evidence]),
    [['pi.id_card', ['name', 'comment']]],
  );
  const onlyComment = first(run('col7', [], '手机号码'));
  assert.equal(onlyComment.code, 'pi.mobile');
  assert.deepEqual(onlyComment.evidence, ['comment']);
  assert.ok(onlyComment.confidence < 0.9);
  assert.deepEqual(codes(run('face_feature', ['AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8='])), [
    'pi.biometric',
  ]);
});

test('name is not enough when the values clearly contradict it', () => {
  const emails = Array.from({ length: 12 }, (_, i) => `user${i}@example.com`);
  assert.deepEqual(codes(run('mobile', emails)), ['pi.email']);
  assert.deepEqual(codes(run('mobile', Array<string>(12).fill('0'))), [], 'numeric sentinel');
  assert.deepEqual(
    codes(
      run(
        'mobile',
        Array.from({ length: 12 }, (_, i) => `M-${i}`),
      ),
    ),
    [],
    'no mobile among 12 clean values',
  );
  assert.deepEqual(codes(run('mobile', ['0', '1'])), ['pi.mobile'], 'too few values to contradict');
});

test('hard-negative names veto fuzzy value labels', () => {
  const names = ['王伟', '李娜', '张静', '刘洋', '陈杰', '杨帆', '赵敏', '黄磊', '周涛', '吴勇'];
  assert.deepEqual(codes(run('real_name', names)), ['pi.name']);
  assert.deepEqual(codes(run('c9', names)), ['pi.name']);
  assert.deepEqual(codes(run('product_name', names)), []);
  assert.deepEqual(codes(run('mac_address', ['AA:BB:CC:DD:EE:01', '00:1B:44:11:3A:B7'])), []);
  assert.deepEqual(codes(run('plate_thickness', ['12.5', '8.0', '20'])), []);
});

test('identifier and version names veto number-shaped labels without a checksum', () => {
  const codesLikeMobiles = Array.from({ length: 20 }, (_, i) => `150315${String(10_000 + i)}`);
  assert.deepEqual(
    codes(run('c5', codesLikeMobiles)),
    ['pi.mobile'],
    'value-only, nothing says otherwise',
  );
  assert.deepEqual(codes(run('batch_no', codesLikeMobiles, '批次号')), []);
  assert.deepEqual(codes(run('lot', codesLikeMobiles)), []);
  assert.deepEqual(codes(run('firmware_version', ['2.1.0.15', '2.1.3.1', '3.0.0.2'])), []);
  assert.deepEqual(codes(run('ver', ['2.1.0.15', '2.1.3.1', '3.0.0.2'])), []);
  const ids = Array.from({ length: 10 }, (_, i) =>
    buildIdCard('440305', '19850612', String(100 + i)),
  );
  assert.deepEqual(codes(run('serial_no', ids)), ['pi.id_card'], 'a valid checksum still counts');
});

test('a repeated status word is not a column of names', () => {
  assert.deepEqual(codes(run('result', Array<string>(30).fill('成功'))), []);
  assert.deepEqual(
    codes(
      run(
        'post',
        Array.from({ length: 30 }, (_, i) => ['文员', '高报', '操作工'][i % 3] ?? ''),
      ),
    ),
    [],
  );
});

test('dates are birth dates only when the name or comment says so', () => {
  const dates = ['1985-03-02', '1990-11-23', '1978-06-30', '2001-01-15'];
  assert.deepEqual(codes(run('entry_date', dates, '入职日期')), []);
  assert.deepEqual(codes(run('c3', dates)), []);
  assert.deepEqual(run('csrq', dates, '出生日期')[0]?.evidence, ['values', 'name', 'comment']);
  assert.deepEqual(codes(run('birthday', dates)), ['pi.birth_date']);
});

test('single coordinates need a lat/lng name; digests need a password name', () => {
  const lats = ['31.230416', '31.231002', '31.229871'];
  assert.deepEqual(codes(run('value', lats)), []);
  assert.deepEqual(run('lat', lats, '纬度')[0]?.evidence, ['values', 'name', 'comment']);
  const md5 = ['d41d8cd98f00b204e9800998ecf8427e', '0cc175b9c0f1b6a831c399e269772661'];
  assert.deepEqual(codes(run('file_md5', md5, '文件MD5')), []);
  assert.deepEqual(codes(run('etag', md5)), []);
  assert.deepEqual(run('password', md5)[0]?.evidence, ['values', 'name']);
});

test('ambiguous customer names follow the values', () => {
  assert.deepEqual(codes(run('customer_name', ['王伟', '李娜', '张静', '刘洋'], '客户名称')), [
    'pi.name',
  ]);
  assert.deepEqual(
    codes(run('customer_name', ['上海恒锐精密机械有限公司', '南京大学'], '客户名称')),
    ['org.name'],
  );
  assert.deepEqual(codes(run('customer_name', [], '客户名称')), []);
});

test('whole-file sweep: a few validated hits in free text label the column', () => {
  const label = first(
    run('notes', filler(20), undefined, { sweepHits: { 'pi.mobile': 400 }, sweepValues: 1000 }),
  );
  assert.equal(label.code, 'pi.mobile');
  assert.equal(label.hits, 400);
  assert.deepEqual(label.evidence, ['values']);
  const sparse = first(
    run('line', filler(20), undefined, { sweepHits: { 'pi.id_card': 10 }, sweepValues: 5000 }),
  );
  assert.equal(sparse.code, 'pi.id_card');
  assert.ok(sparse.confidence < label.confidence);
  assert.deepEqual(
    run('notes', filler(20), undefined, { sweepHits: { 'pi.mobile': 4 }, sweepValues: 1000 }),
    [],
    'fewer than 5 hits are not enough',
  );
  assert.deepEqual(
    run('notes', filler(20), undefined, { sweepHits: { 'pi.mobile': 50 }, sweepValues: 100_000 }),
    [],
    'hits in under 0.1 % of the lines are not enough',
  );
});

test('whole values only: text with an embedded phone is not a phone column', () => {
  assert.deepEqual(
    codes(
      run(
        'remark',
        Array.from({ length: 10 }, (_, i) => `请联系张工 1381234567${i}`),
      ),
    ),
    [],
  );
});

test('labels are sorted by confidence and evidence never holds values', () => {
  const values = [...mobiles(6), 'zhang@163.com', 'li@163.com', 'wang@qq.com', 'zhao@qq.com'];
  const labels = run('contact', values);
  assert.deepEqual(codes(labels), ['pi.email', 'pi.mobile']);
  for (let i = 1; i < labels.length; i++)
    assert.ok((labels[i - 1]?.confidence ?? 0) >= (labels[i]?.confidence ?? 0));
  for (const l of labels) {
    for (const e of l.evidence) assert.ok(['values', 'name', 'comment'].includes(e));
    assert.ok(l.confidence > 0 && l.confidence <= 1);
  }
});
