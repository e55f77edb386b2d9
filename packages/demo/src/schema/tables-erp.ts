import { randomDate } from '../values/dates.ts';
import { batchNumber, orderNumber } from '../values/negatives.ts';
import { personName } from '../values/person.ts';
import { landline } from '../values/regions.ts';
import { col, idCol, REASON, type DemoTable } from './types.ts';

const MATERIALS: readonly (readonly [string, string])[] = [
  ['M-42CRMO-120', '42CrMo 圆钢 Φ120'],
  ['M-40CR-90', '40Cr 圆钢 Φ90'],
  ['M-20CRMNTI-75', '20CrMnTi 圆钢 Φ75'],
  ['M-HT250-BLK', 'HT250 铸件毛坯'],
  ['M-GCR15-60', 'GCr15 轴承钢 Φ60'],
  ['M-QUENCH-OIL', '淬火油 KR-128'],
  ['M-GAS-N2', '液氮'],
  ['M-DIE-H13', 'H13 模具钢'],
];

/** ERP / CRM / SRM (schemas `erp`, `srm`): customers, products, orders, suppliers, purchases. */
export const ERP_TABLES: DemoTable[] = [
  {
    name: 'crm_customer',
    schema: 'erp',
    comment: '客户信息',
    rows: 300,
    category: 'mgmt.customer_product',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('cust_code', 'varchar(10)', '客户编码'),
      col('cust_name', 'varchar(60)', '客户名称', ['org.name']),
      col('tyshxydm', 'varchar(18)', '统一社会信用代码', ['org.uscc']),
      col('lxr', 'varchar(20)', '联系人', ['pi.name']),
      col('lxrsj', 'varchar(11)', '联系人手机', ['pi.mobile']),
      col('dz', 'varchar(120)', '注册地址', ['pi.address']),
      col('credit_level', 'varchar(2)', '信用等级'),
      col('remark', 'varchar(16)', undefined, ['pi.landline'], {
        note: '无注释的 remark, 值是固定电话 (value-only)',
      }),
    ],
    row: (rng, i, w) => {
      const c = w.customers[i]!;
      return {
        id: i + 1,
        cust_code: c.code,
        cust_name: c.name,
        tyshxydm: c.uscc,
        lxr: c.contact.name,
        lxrsj: c.mobile,
        dz: c.address,
        credit_level: rng.pick(['AA', 'A', 'B', 'C']),
        remark: c.landline,
      };
    },
  },
  {
    name: 'erp_product',
    schema: 'erp',
    comment: '产品主数据',
    rows: 500,
    category: 'mgmt.customer_product',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('part_no', 'varchar(16)', '零件号', [], { note: '零件号 (hard negative)' }),
      col('product_name', 'varchar(40)', '产品名称', [], {
        note: '产品名称, 不是人名或单位名 (hard negative)',
      }),
      col('material', 'varchar(16)', '材质'),
      col('unit_weight_kg', 'real', '单重(kg)'),
      col('unit_price', 'decimal(10,2)', '单价'),
      col('drawing_no', 'varchar(20)', '图号'),
      col('status', 'varchar(6)', '状态'),
    ],
    row: (rng, i, w) => {
      const p = w.products[i]!;
      return {
        id: i + 1,
        part_no: p.partNo,
        product_name: p.name,
        material: p.material,
        unit_weight_kg: rng.float(0.8, 38, 2),
        unit_price: p.price,
        drawing_no: p.drawingNo,
        status: rng.bool(0.9) ? '量产' : '试制',
      };
    },
  },
  {
    name: 'erp_sales_order',
    schema: 'erp',
    comment: '客户销售订单',
    rows: 2000,
    category: 'mgmt.customer_product',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('order_no', 'varchar(18)', '订单号', [], {
        note: '18 位数字订单号, 不通过身份证和 Luhn 校验 (hard negative)',
      }),
      col('cust_code', 'varchar(10)', '客户编码'),
      col('part_no', 'varchar(16)', '零件号'),
      col('qty', 'int', '数量'),
      col('unit_price', 'decimal(10,2)', '单价'),
      col('amount', 'decimal(14,2)', '金额'),
      col('order_date', 'date', '下单日期'),
      col('delivery_date', 'date', '交货日期'),
      col('sales_rep', 'varchar(20)', '销售代表', ['pi.name']),
    ],
    row: (rng, i, w) => {
      const p = rng.pick(w.products);
      const qty = rng.int(1, 400) * 10;
      const date = randomDate(rng, '2025-01-01', '2026-10-31');
      return {
        id: i + 1,
        order_no: orderNumber(rng, date),
        cust_code: rng.pick(w.customers).code,
        part_no: p.partNo,
        qty,
        unit_price: p.price,
        amount: Math.round(qty * p.price * 100) / 100,
        order_date: date,
        delivery_date: randomDate(rng, date, '2026-12-31'),
        sales_rep: rng.pick(w.employees).person.name,
      };
    },
  },
  {
    name: 'srm_supplier',
    schema: 'srm',
    comment: '供应商档案',
    rows: 200,
    category: 'mgmt.supply_chain',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('supplier_code', 'varchar(10)', '供应商编码'),
      col('supplier_name', 'varchar(60)', '供应商名称', ['org.name']),
      col('tyshxydm', 'varchar(18)', '统一社会信用代码', ['org.uscc']),
      col('fddbr', 'varchar(20)', '法定代表人', ['pi.name']),
      col('lxdh', 'varchar(16)', '联系电话', ['pi.landline']),
      col('sjhm', 'varchar(11)', '业务员手机', ['pi.mobile']),
      col('email', 'varchar(64)', '邮箱', ['pi.email']),
      col('dz', 'varchar(120)', '地址', ['pi.address']),
      col('grade', 'varchar(2)', '供应商等级'),
    ],
    row: (rng, i, w) => {
      const s = w.suppliers[i]!;
      return {
        id: i + 1,
        supplier_code: s.code,
        supplier_name: s.name,
        tyshxydm: s.uscc,
        fddbr: personName(rng).name,
        lxdh: s.landline,
        sjhm: s.mobile,
        email: s.email,
        dz: s.address,
        grade: rng.pick(['A', 'B', 'C']),
      };
    },
  },
  {
    name: 'srm_purchase_order',
    schema: 'srm',
    comment: '采购订单',
    rows: 1500,
    category: 'mgmt.supply_chain',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('po_no', 'varchar(16)', '采购单号'),
      col('supplier_code', 'varchar(10)', '供应商编码'),
      col('material_code', 'varchar(16)', '物料编码'),
      col('material_name', 'varchar(40)', '物料名称'),
      col('qty', 'decimal(12,2)', '数量'),
      col('unit_price', 'decimal(10,2)', '单价'),
      col('batch_no', 'varchar(11)', '批次号', [], {
        note: '11 位数字批次号, 非手机号段 (hard negative)',
      }),
      col('order_date', 'date', '下单日期'),
      col('buyer', 'varchar(20)', '采购员', ['pi.name']),
    ],
    row: (rng, i, w) => {
      const [code, name] = rng.pick(MATERIALS);
      const date = randomDate(rng, '2025-01-01', '2026-10-31');
      return {
        id: i + 1,
        po_no: `PO${date.replaceAll('-', '')}${String(i + 1).padStart(6, '0')}`,
        supplier_code: rng.pick(w.suppliers).code,
        material_code: code,
        material_name: name,
        qty: rng.float(1, 300, 2),
        unit_price: rng.float(3.5, 9800, 2),
        batch_no: batchNumber(rng, date),
        order_date: date,
        buyer: rng.pick(w.employees).person.name,
      };
    },
  },
  {
    name: 'wms_inbound',
    schema: 'wms',
    comment: '采购到货入库单',
    rows: 1500,
    category: 'mgmt.supply_chain',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('inbound_no', 'varchar(16)', '入库单号'),
      col('material_code', 'varchar(16)', '物料编码'),
      col('qty', 'decimal(12,2)', '数量'),
      col('warehouse', 'varchar(20)', '仓库'),
      col('location_code', 'varchar(12)', '库位'),
      col('batch_no', 'varchar(11)', '批次号', [], { note: '11 位数字批次号 (hard negative)' }),
      col('received_at', 'datetime', '收货时间'),
      col('receiver', 'varchar(20)', '收货人', ['pi.name']),
      col('dock_phone', 'varchar(16)', '收货处电话', ['pi.landline']),
    ],
    row: (rng, i, w) => {
      const date = randomDate(rng, '2025-01-01', '2026-10-31');
      return {
        id: i + 1,
        inbound_no: `RK${date.replaceAll('-', '')}${String(i + 1).padStart(4, '0')}`,
        material_code: rng.pick(MATERIALS)[0],
        qty: rng.float(1, 300, 2),
        warehouse: rng.pick(['原材料库', '辅料库', '模具库']),
        location_code: `${rng.pick(['A', 'B', 'C'])}-${rng.int(1, 20)}-${rng.int(1, 6)}`,
        batch_no: batchNumber(rng, date),
        received_at: `${date} ${String(rng.int(7, 19)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00`,
        receiver: rng.pick(w.employees).person.name,
        dock_phone: landline(rng),
      };
    },
  },
];
