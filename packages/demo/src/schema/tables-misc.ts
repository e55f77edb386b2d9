import { randomDate, randomDateTime } from '../values/dates.ts';
import { batchNumber, fakeIdSerial } from '../values/negatives.ts';
import { companyName } from '../values/org.ts';
import { mobileNumber, personName } from '../values/person.ts';
import { address } from '../values/regions.ts';
import { apiKey, argon2Hash, bcryptHash, ipv4, vin } from '../values/tech.ts';
import { MACHINES } from './tables-prod.ts';
import { col, idCol, REASON, type DemoTable } from './types.ts';

const DICT: readonly (readonly [string, string[]])[] = [
  ['order_status', ['新建', '已审核', '生产中', '已发货', '已关闭']],
  ['quality_result', ['合格', '不合格', '让步接收', '返工']],
  ['shift', ['甲班', '乙班', '丙班', '丁班']],
  ['unit', ['件', '千克', '吨', '米', '套']],
];

/** Assets (schema `itam`), shared data (schema `ext`), and system tables (schema `public`). */
export const MISC_TABLES: DemoTable[] = [
  {
    name: 'eam_equipment_ledger',
    schema: 'itam',
    comment: '生产设备台账',
    rows: 400,
    category: 'mgmt.asset',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('equip_code', 'varchar(16)', '设备编号'),
      col('equip_name', 'varchar(30)', '设备名称', [], { note: '设备名称 (hard negative)' }),
      col('model', 'varchar(20)', '型号'),
      col('manufacturer', 'varchar(60)', '制造商', ['org.name']),
      col('serial_no', 'varchar(18)', '出厂编号', [], {
        note: '形似身份证号 (真实区划+日期) 但校验位错误 (hard negative)',
      }),
      col('install_date', 'date', '安装日期'),
      col('original_value', 'decimal(14,2)', '原值(元)'),
      col('status', 'varchar(6)', '状态'),
    ],
    row: (rng, i) => ({
      id: i + 1,
      equip_code: `EQ-${String(i + 1).padStart(5, '0')}`,
      equip_name: rng.pick(MACHINES),
      model: rng.pick(['MP-2500', 'LZK-4000', 'IGBT-1500kW', 'RCW-460', 'WZ-Q120']),
      manufacturer: companyName(rng, rng.pick(['锻压设备', '电气', '自动化科技'])),
      serial_no: fakeIdSerial(rng),
      install_date: randomDate(rng, '2006-01-01', '2026-06-30'),
      original_value: rng.float(50_000, 38_000_000, 2),
      status: rng.pick(['在用', '在用', '在用', '停用', '报废']),
    }),
  },
  {
    name: 'it_asset',
    schema: 'itam',
    comment: 'IT资产台账',
    rows: 300,
    category: 'mgmt.asset',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('asset_no', 'varchar(16)', '资产编号'),
      col('hostname', 'varchar(30)', '主机名', [], { note: '机器名 (hard negative)' }),
      col('ip_addr', 'varchar(15)', 'IP地址', ['pi.ip_address']),
      col('mac_addr', 'varchar(17)', 'MAC地址'),
      col('os', 'varchar(30)', '操作系统'),
      col('owner', 'varchar(20)', '使用人', ['pi.name']),
      col('purchase_date', 'date', '购置日期'),
    ],
    row: (rng, i, w) => ({
      id: i + 1,
      asset_no: `IT-${String(i + 1).padStart(5, '0')}`,
      hostname: `${rng.pick(['HD-MES', 'HD-ERP', 'HD-PC', 'HD-HMI', 'HD-SCADA'])}-${String(rng.int(1, 300)).padStart(3, '0')}`,
      ip_addr: ipv4(rng, 0),
      mac_addr: Array.from({ length: 6 }, () => rng.int(0, 255).toString(16).padStart(2, '0'))
        .join(':')
        .toUpperCase(),
      os: rng.pick(['Windows 10 LTSC', 'Windows Server 2019', '麒麟 V10', 'CentOS 7.9', 'UOS 20']),
      owner: rng.pick(w.employees).person.name,
      purchase_date: randomDate(rng, '2015-01-01', '2026-10-31'),
    }),
  },
  {
    name: 'ext_partner_share',
    schema: 'ext',
    comment: '与整车厂共享的质量追溯数据',
    rows: 500,
    category: 'ext.shared',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('partner_name', 'varchar(60)', '共享对象', ['org.name']),
      col('partner_uscc', 'varchar(18)', '对方统一社会信用代码', ['org.uscc']),
      col('vin', 'varchar(17)', '装车VIN', [], { note: 'VIN 校验位有效; 合同无 VIN 标签' }),
      col('part_no', 'varchar(16)', '零件号'),
      col('batch_no', 'varchar(11)', '批次号', [], { note: '11 位数字批次号 (hard negative)' }),
      col('contact_name', 'varchar(20)', '对接人', ['pi.name']),
      col('contact_email', 'varchar(64)', '对接人邮箱', ['pi.email']),
      col('api_token', 'varchar(64)', '接口令牌', ['sec.credential']),
      col('shared_at', 'datetime', '共享时间'),
    ],
    row: (rng, i, w) => {
      const c = w.customers[i % 12]!;
      return {
        id: i + 1,
        partner_name: c.name,
        partner_uscc: c.uscc,
        vin: vin(rng),
        part_no: rng.pick(w.products).partNo,
        batch_no: batchNumber(rng, randomDate(rng, '2025-01-01', '2026-10-31')),
        contact_name: c.contact.name,
        contact_email: c.email,
        api_token: apiKey(rng),
        shared_at: randomDateTime(rng, '2025-06-01', '2026-10-31'),
      };
    },
  },
  {
    name: 'ext_oem_forecast',
    schema: 'ext',
    comment: '整车厂外部需求预测（外部接收）',
    rows: 240,
    category: 'ext.shared',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('oem_name', 'varchar(60)', '主机厂', ['org.name']),
      col('part_no', 'varchar(16)', '零件号'),
      col('forecast_month', 'varchar(7)', '预测月份'),
      col('qty', 'int', '预测数量'),
      col('source_file', 'varchar(60)', '来源文件', [], { note: '文件名 (hard negative)' }),
      col('received_at', 'datetime', '接收时间'),
    ],
    row: (rng, i, w) => {
      const c = w.customers[i % 12]!;
      const month = `2026-${String((i % 12) + 1).padStart(2, '0')}`;
      return {
        id: i + 1,
        oem_name: c.name,
        part_no: rng.pick(w.products).partNo,
        forecast_month: month,
        qty: rng.int(100, 50000),
        source_file: `forecast_${c.code}_${month.replace('-', '')}.xlsx`,
        received_at: randomDateTime(rng, '2025-12-01', '2026-10-31'),
      };
    },
  },
  {
    name: 'sys_user',
    schema: 'public',
    comment: '系统用户账号',
    rows: 400,
    category: null,
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('username', 'varchar(30)', '登录名'),
      col('real_name', 'varchar(20)', '真实姓名', ['pi.name']),
      col('password_hash', 'varchar(100)', '密码', ['sec.credential'], {
        note: 'bcrypt 与 argon2id 格式',
      }),
      col('mobile', 'varchar(11)', '手机', ['pi.mobile']),
      col('email', 'varchar(64)', '邮箱', ['pi.email']),
      col('last_login_ip', 'varchar(15)', '最后登录IP', ['pi.ip_address']),
      col('last_login_at', 'datetime', '最后登录时间'),
      col('ext_info', 'varchar(64)', undefined, ['sec.credential'], {
        note: '无注释 ext_info, 值是 API 密钥 (value-only)',
      }),
    ],
    row: (rng, i, w) => {
      const e = w.employees[i * 3]!;
      return {
        id: i + 1,
        username: `${e.person.pinyin}${i % 7 === 0 ? rng.int(1, 9) : ''}`,
        real_name: e.person.name,
        password_hash: rng.bool(0.7) ? bcryptHash(rng) : argon2Hash(rng),
        mobile: e.mobile,
        email: e.email,
        last_login_ip: ipv4(rng),
        last_login_at: randomDateTime(rng, '2026-06-01', '2026-10-31'),
        ext_info: rng.bool(0.25) ? apiKey(rng) : null,
      };
    },
  },
  {
    name: 'sys_dict',
    schema: 'public',
    comment: '数据字典',
    rows: 60,
    category: null,
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('dict_type', 'varchar(20)', '字典类型'),
      col('dict_code', 'varchar(10)', '字典编码'),
      col('dict_label', 'varchar(20)', '字典标签'),
      col('sort_no', 'int', '排序'),
      col('remark', 'varchar(40)'),
    ],
    row: (_rng, i) => {
      const [type, labels] = DICT[i % DICT.length]!;
      const k = Math.floor(i / DICT.length);
      return {
        id: i + 1,
        dict_type: type,
        dict_code: `${type.slice(0, 2).toUpperCase()}${String(k + 1).padStart(2, '0')}`,
        dict_label: labels[k % labels.length]!,
        sort_no: k + 1,
        remark: k >= labels.length ? '历史值, 保留' : null,
      };
    },
  },
  {
    name: 'tmp_import_0315',
    schema: 'public',
    rows: 300,
    category: 'mgmt.customer_product',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('col1', 'varchar(20)', undefined, ['pi.name'], { note: '值是姓名 (value-only)' }),
      col('col2', 'varchar(11)', undefined, ['pi.mobile'], { note: '值是手机号 (value-only)' }),
      col('col3', 'varchar(120)', undefined, ['pi.address'], { note: '值是详细地址 (value-only)' }),
      col('col4', 'int'),
      col('remark', 'varchar(20)'),
    ],
    row: (rng, i) => ({
      id: i + 1,
      col1: personName(rng).name,
      col2: mobileNumber(rng),
      col3: address(rng),
      col4: rng.int(0, 5000),
      remark: rng.pick(['展会名单', '意向客户', '老客户回访', null]),
    }),
  },
];
