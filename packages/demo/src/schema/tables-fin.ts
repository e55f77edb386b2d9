import { randomDate } from '../values/dates.ts';
import { bankCardNumber } from '../values/org.ts';
import { personName } from '../values/person.ts';
import { col, idCol, REASON, type DemoTable } from './types.ts';

const SUBJECTS: readonly (readonly [string, string])[] = [
  ['1001', '库存现金'],
  ['1002', '银行存款'],
  ['1122', '应收账款'],
  ['1403', '原材料'],
  ['1405', '库存商品'],
  ['2202', '应付账款'],
  ['2211', '应付职工薪酬'],
  ['2221', '应交税费'],
  ['5001', '生产成本'],
  ['6001', '主营业务收入'],
  ['6401', '主营业务成本'],
  ['6602', '管理费用'],
];

const money = (n: number): number => Math.round(n * 100) / 100;

/** Finance (schema `fin`): payroll, accounting vouchers, sales invoices. */
export const FIN_TABLES: DemoTable[] = [
  {
    name: 'fin_payroll',
    schema: 'fin',
    comment: '工资发放明细',
    rows: 2000,
    category: 'mgmt.finance',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('pay_month', 'varchar(7)', '发放月份'),
      col('emp_no', 'varchar(16)', '工号'),
      col('xm', 'varchar(20)', '姓名', ['pi.name']),
      col('yhkh', 'varchar(19)', '银行卡号', ['pi.bank_card']),
      col('base_salary', 'decimal(10,2)', '基本工资'),
      col('overtime_pay', 'decimal(10,2)', '加班费'),
      col('social_insurance', 'decimal(10,2)', '个人社保'),
      col('income_tax', 'decimal(10,2)', '个人所得税'),
      col('net_pay', 'decimal(10,2)', '实发金额'),
      col('remark', 'varchar(19)', undefined, ['pi.bank_card'], {
        note: '无注释的 remark, 值是第二张银行卡号 (value-only)',
      }),
    ],
    row: (rng, i, w) => {
      const e = w.employees[i % w.employees.length]!;
      const base = rng.int(45, 180) * 100;
      const ot = money(rng.float(0, 2500, 2));
      const si = money(base * 0.105);
      const tax = money(Math.max(0, (base + ot - si - 5000) * 0.03));
      return {
        id: i + 1,
        pay_month: i < 1200 ? '2026-09' : '2026-10',
        emp_no: e.empNo,
        xm: e.person.name,
        yhkh: e.bankCard,
        base_salary: base,
        overtime_pay: ot,
        social_insurance: si,
        income_tax: tax,
        net_pay: money(base + ot - si - tax),
        remark: rng.bool(0.3) ? bankCardNumber(rng) : null,
      };
    },
  },
  {
    name: 'fin_voucher',
    schema: 'fin',
    comment: '财务记账凭证',
    rows: 2000,
    category: 'mgmt.finance',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('voucher_no', 'varchar(16)', '凭证号'),
      col('voucher_date', 'date', '凭证日期'),
      col('subject_code', 'varchar(8)', '科目编码'),
      col('subject_name', 'varchar(20)', '科目名称'),
      col('summary', 'varchar(60)', '摘要'),
      col('debit', 'decimal(14,2)', '借方金额'),
      col('credit', 'decimal(14,2)', '贷方金额'),
      col('maker', 'varchar(20)', '制单人', ['pi.name']),
      col('auditor', 'varchar(20)', '审核人', ['pi.name']),
    ],
    row: (rng, i) => {
      const [code, name] = rng.pick(SUBJECTS);
      const amount = rng.float(100, 2_000_000, 2);
      const debit = i % 2 === 0;
      const date = randomDate(rng, '2026-01-01', '2026-10-31');
      return {
        id: i + 1,
        voucher_no: `记-${date.slice(0, 7).replace('-', '')}-${String(Math.floor(i / 2) + 1).padStart(4, '0')}`,
        voucher_date: date,
        subject_code: code,
        subject_name: name,
        summary: rng.pick([
          '支付货款',
          '收到客户回款',
          '计提工资',
          '结转成本',
          '采购原材料',
          '报销差旅费',
        ]),
        debit: debit ? amount : 0,
        credit: debit ? 0 : amount,
        maker: personName(rng).name,
        auditor: personName(rng).name,
      };
    },
  },
  {
    name: 'fin_invoice',
    schema: 'fin',
    comment: '财务销项发票',
    rows: 800,
    category: 'mgmt.finance',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('invoice_no', 'varchar(20)', '发票号码', [], { note: '20 位数字发票号 (hard negative)' }),
      col('invoice_date', 'date', '开票日期'),
      col('gmfmc', 'varchar(60)', '购买方名称', ['org.name']),
      col('nsrsbh', 'varchar(18)', '纳税人识别号', ['org.uscc']),
      col('amount', 'decimal(14,2)', '金额'),
      col('tax_rate', 'decimal(4,2)', '税率'),
      col('tax_amount', 'decimal(14,2)', '税额'),
      col('kpr', 'varchar(20)', '开票人', ['pi.name']),
    ],
    row: (rng, i, w) => {
      const c = rng.pick(w.customers);
      const amount = rng.float(5000, 3_000_000, 2);
      return {
        id: i + 1,
        invoice_no: `2631${rng.digits(16)}`,
        invoice_date: randomDate(rng, '2026-01-01', '2026-10-31'),
        gmfmc: c.name,
        nsrsbh: c.uscc,
        amount,
        tax_rate: 0.13,
        tax_amount: money(amount * 0.13),
        kpr: personName(rng).name,
      };
    },
  },
];
