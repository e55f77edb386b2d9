import { randomDate } from '../values/dates.ts';
import { batchNumber } from '../values/negatives.ts';
import { emailFor, personName } from '../values/person.ts';
import { md5Hex, uuid } from '../values/tech.ts';
import { col, idCol, REASON, type DemoTable } from './types.ts';

/** PLM and quality lab (schema `plm`): drawings, alloy formulas, test reports, bench tests. */
export const RD_TABLES: DemoTable[] = [
  {
    name: 'plm_drawing',
    schema: 'plm',
    comment: '图纸设计文档元数据',
    rows: 700,
    category: 'rd.design',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('drawing_no', 'varchar(20)', '图号'),
      col('part_no', 'varchar(16)', '零件号'),
      col('title', 'varchar(40)', '图纸名称'),
      col('revision', 'varchar(4)', '版次'),
      col('file_name', 'varchar(60)', '文件名', [], { note: '文件名 (hard negative)' }),
      col('file_md5', 'varchar(32)', '文件MD5', [], {
        note: '32 位十六进制摘要, 不是密钥 (hard negative)',
      }),
      col('designer', 'varchar(20)', '设计人', ['pi.name']),
      col('designer_email', 'varchar(64)', '设计人邮箱', ['pi.email']),
      col('released_at', 'date', '发布日期'),
    ],
    row: (rng, i, w) => {
      const p = w.products[i % w.products.length]!;
      const rev = rng.pick(['A', 'B', 'C', 'D']);
      const e = rng.pick(w.employees);
      return {
        id: i + 1,
        drawing_no: p.drawingNo + (i >= w.products.length ? '-S' : ''),
        part_no: p.partNo,
        title: p.name + (i >= w.products.length ? '锻件图' : '零件图'),
        revision: rev,
        file_name: `${p.partNo}_rev${rev}.${rng.pick(['dwg', 'prt', 'step', 'pdf'])}`,
        file_md5: md5Hex(rng),
        designer: e.person.name,
        designer_email: e.email,
        released_at: randomDate(rng, '2018-01-01', '2026-10-31'),
      };
    },
  },
  {
    name: 'plm_material_formula',
    schema: 'plm',
    comment: '合金材料成分设计（研发）',
    rows: 80,
    category: 'rd.design',
    level: 'important',
    levelReason: REASON.recipe,
    columns: [
      idCol(),
      col('formula_code', 'varchar(16)', '配方编号'),
      col('steel_grade', 'varchar(12)', '钢种'),
      col('c_pct', 'decimal(5,3)', '碳含量(%)'),
      col('si_pct', 'decimal(5,3)', '硅含量(%)'),
      col('mn_pct', 'decimal(5,3)', '锰含量(%)'),
      col('cr_pct', 'decimal(5,3)', '铬含量(%)'),
      col('mo_pct', 'decimal(5,3)', '钼含量(%)'),
      col('designer', 'varchar(20)', '设计人', ['pi.name']),
      col('approved_date', 'date', '批准日期'),
    ],
    row: (rng, i) => ({
      id: i + 1,
      formula_code: `FML-${String(i + 1).padStart(4, '0')}`,
      steel_grade: rng.pick(['42CrMo-HD', '40Cr-HD', '20CrMnTi-HD', '35CrMo-HD', 'C70S6-HD']),
      c_pct: rng.float(0.17, 0.72, 3),
      si_pct: rng.float(0.17, 0.37, 3),
      mn_pct: rng.float(0.5, 1.1, 3),
      cr_pct: rng.float(0.8, 1.2, 3),
      mo_pct: rng.float(0, 0.25, 3),
      designer: personName(rng).name,
      approved_date: randomDate(rng, '2019-01-01', '2026-10-31'),
    }),
  },
  {
    name: 'qms_test_report',
    schema: 'plm',
    comment: '零部件理化试验报告',
    rows: 1000,
    category: 'rd.test',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('report_no', 'varchar(20)', '报告编号'),
      col('part_no', 'varchar(16)', '零件号'),
      col('batch_no', 'varchar(11)', '批次号', [], { note: '11 位数字批次号 (hard negative)' }),
      col('test_item', 'varchar(20)', '试验项目'),
      col('measured', 'real', '实测值'),
      col('standard', 'varchar(30)', '执行标准'),
      col('result', 'varchar(6)', '结论'),
      col('tester', 'varchar(20)', '试验员', ['pi.name']),
      col('tester_email', 'varchar(64)', '试验员邮箱', ['pi.email']),
      col('test_date', 'date', '试验日期'),
    ],
    row: (rng, i, w) => {
      const date = randomDate(rng, '2024-01-01', '2026-10-31');
      const e = rng.pick(w.employees);
      const [item, lo, hi, std] = rng.pick([
        ['硬度HBW', 229, 285, 'GB/T 231.1-2018'],
        ['抗拉强度MPa', 900, 1180, 'GB/T 228.1-2021'],
        ['冲击功J', 40, 95, 'GB/T 229-2020'],
        ['晶粒度级', 5, 9, 'GB/T 6394-2017'],
      ] as const);
      return {
        id: i + 1,
        report_no: `LAB-${date.slice(0, 4)}-${String(i + 1).padStart(5, '0')}`,
        part_no: rng.pick(w.products).partNo,
        batch_no: batchNumber(rng, date),
        test_item: item,
        measured: rng.float(lo, hi, 1),
        standard: std,
        result: rng.bool(0.96) ? '合格' : '不合格',
        tester: e.person.name,
        tester_email: rng.bool(0.5) ? e.email : emailFor(rng, e.person),
        test_date: date,
      };
    },
  },
  {
    name: 'rd_bench_test',
    schema: 'plm',
    comment: '台架耐久试验数据',
    rows: 400,
    category: 'rd.test',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('test_id', 'varchar(36)', '试验ID', [], { note: 'UUID (hard negative)' }),
      col('sample_no', 'varchar(16)', '样件编号'),
      col('load_kn', 'real', '载荷(kN)'),
      col('frequency_hz', 'real', '频率(Hz)'),
      col('cycles', 'int', '循环次数'),
      col('failure_mode', 'varchar(20)', '失效模式'),
      col('engineer', 'varchar(20)', '试验工程师', ['pi.name']),
    ],
    row: (rng, i) => ({
      id: i + 1,
      test_id: uuid(rng),
      sample_no: `SMP-${String(i + 1).padStart(5, '0')}`,
      load_kn: rng.float(5, 120, 2),
      frequency_hz: rng.float(5, 30, 1),
      cycles: rng.int(100_000, 5_000_000),
      failure_mode: rng.pick(['无失效', '疲劳裂纹', '磨损超限', '变形']),
      engineer: personName(rng).name,
    }),
  },
];
