/**
 * The 30 column kinds of the PostgreSQL fixture: a SQL expression generating realistic values
 * (evaluated once per row of the template table, after `setseed`) and a pool of names a table
 * may give the column — English, pinyin, Chinese and neutral (`f_07`), so the classifier has
 * real work: sometimes the name tells, sometimes only the values do. Ten kinds are sensitive.
 */
export interface ColumnKind {
  key: string;
  type: string;
  expr: string;
  names: readonly string[];
  sensitive: boolean;
}

const arr = (items: readonly string[]): string =>
  `(ARRAY[${items.map((s) => `'${s}'`).join(',')}])`;
const pickFrom = (items: readonly string[]): string =>
  `${arr(items)}[1 + floor(random() * ${items.length})::int]`;
const digits = (n: number): string => `lpad(floor(random() * 1e${n})::bigint::text, ${n}, '0')`;

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
];
const REGIONS = ['110105', '440305', '320506', '330106', '510107', '420111'];
const PLACES = [
  '广东省深圳市南山区科技路',
  '江苏省苏州市工业园区星湖街',
  '浙江省杭州市西湖区文三路',
  '四川省成都市高新区天府大道',
];
const WORDS = [
  '设备运行正常',
  '温度偏高请检查',
  '更换轴承',
  '批次合格',
  '客户要求加急',
  'pump ok',
  'valve replaced',
  '包装破损',
];

/** All column kinds; `bench_*` functions are created by the fixture before use. */
export const COLUMN_KINDS: readonly ColumnKind[] = [
  {
    key: 'name',
    type: 'text',
    sensitive: true,
    expr: `${pickFrom(SURNAMES)} || ${pickFrom(GIVEN)}`,
    names: ['name', 'customer_name', 'xingming', '姓名', 'contact', 'operator', 'f_03'],
  },
  {
    key: 'mobile',
    type: 'text',
    sensitive: true,
    expr: `'1' || (3 + floor(random() * 7))::int || ${digits(9)}`,
    names: ['mobile', 'phone', 'shouji', '手机号', 'tel', 'contact_phone', 'f_04'],
  },
  {
    key: 'id_card',
    type: 'text',
    sensitive: true,
    expr: `bench_id_card(${pickFrom(REGIONS)} || to_char(date '1950-01-01' + floor(random() * 20000)::int, 'YYYYMMDD') || ${digits(3)})`,
    names: ['id_card', 'sfzh', '身份证号', 'id_no', 'cert_no', 'f_05'],
  },
  {
    key: 'email',
    type: 'text',
    sensitive: true,
    expr: `substr(md5(random()::text), 1, 8) || '@' || ${pickFrom(['qq.com', '163.com', 'example.com.cn', 'corp-mail.cn'])}`,
    names: ['email', 'mail', 'youxiang', 'e_mail', 'f_06'],
  },
  {
    key: 'address',
    type: 'text',
    sensitive: true,
    expr: `${pickFrom(PLACES)} || (1 + floor(random() * 999))::int || '号'`,
    names: ['address', 'addr', 'dizhi', '收货地址', 'f_07'],
  },
  {
    key: 'bank_card',
    type: 'text',
    sensitive: true,
    expr: `bench_luhn('62' || ${digits(16)})`,
    names: ['bank_card', 'card_no', 'yhkh', 'account_no', 'f_08'],
  },
  {
    key: 'uscc',
    type: 'text',
    sensitive: true,
    expr: `bench_uscc('91' || ${pickFrom(['440300', '320500', '330100'])} || translate(upper(substr(md5(random()::text), 1, 9)), 'IOSVZ', '12345'))`,
    names: ['uscc', 'credit_code', 'tyshxydm', 'supplier_code', 'f_09'],
  },
  {
    key: 'plate',
    type: 'text',
    sensitive: true,
    expr: `${pickFrom(['京', '沪', '粤', '苏', '浙', '川'])} || chr(65 + floor(random() * 8)::int) || upper(substr(md5(random()::text), 1, 5))`,
    names: ['plate_no', 'chepai', 'vehicle', 'f_10'],
  },
  {
    key: 'ip',
    type: 'text',
    sensitive: true,
    expr: `'10.' || floor(random() * 256)::int || '.' || floor(random() * 256)::int || '.' || (1 + floor(random() * 254))::int`,
    names: ['ip', 'device_ip', 'host', 'f_11'],
  },
  {
    key: 'landline',
    type: 'text',
    sensitive: true,
    expr: `${pickFrom(['010', '021', '0755', '0512'])} || '-' || (2 + floor(random() * 7))::int || ${digits(7)}`,
    names: ['landline', 'office_tel', 'zuoji', 'f_12'],
  },
  { key: 'id', type: 'bigint', sensitive: false, expr: 'g', names: ['id', 'row_id', 'pk'] },
  {
    key: 'order_no',
    type: 'text',
    sensitive: false,
    expr: `'SO' || to_char(date '2020-01-01' + (g % 1500), 'YYYYMMDD') || lpad(g::text, 6, '0')`,
    names: ['order_no', 'bill_no', 'dingdan_hao', '单号', 'doc_no'],
  },
  {
    key: 'part_no',
    type: 'text',
    sensitive: false,
    expr: `'PN-' || ${digits(4)} || '-' || chr(65 + floor(random() * 3)::int) || ${digits(2)}`,
    names: ['part_no', 'sku', 'material_code', 'wuliao'],
  },
  {
    key: 'qty',
    type: 'integer',
    sensitive: false,
    expr: 'floor(random() * 1000)::int',
    names: ['qty', 'quantity', 'shuliang', 'amount'],
  },
  {
    key: 'price',
    type: 'numeric(12,2)',
    sensitive: false,
    expr: 'round((random() * 10000)::numeric, 2)',
    names: ['price', 'unit_price', 'danjia'],
  },
  {
    key: 'status',
    type: 'text',
    sensitive: false,
    expr: pickFrom(['ACTIVE', 'CLOSED', 'PENDING', '已发货', '待审核', '正常']),
    names: ['status', 'state', 'zhuangtai'],
  },
  {
    key: 'created_at',
    type: 'timestamp',
    sensitive: false,
    expr: `timestamp '2020-01-01' + random() * interval '1500 days'`,
    names: ['created_at', 'create_time', 'gmt_create'],
  },
  {
    key: 'remark',
    type: 'text',
    sensitive: false,
    expr: `${pickFrom(WORDS)} || ' ' || ${pickFrom(WORDS)}`,
    names: ['remark', 'memo', 'beizhu', 'note'],
  },
  {
    key: 'temperature',
    type: 'numeric(6,2)',
    sensitive: false,
    expr: 'round((20 + random() * 80)::numeric, 2)',
    names: ['temp', 'temperature', 'wendu', 'sensor_val'],
  },
  {
    key: 'plant',
    type: 'text',
    sensitive: false,
    expr: `'P' || (1 + floor(random() * 9))::int || '-L' || (1 + floor(random() * 20))::int`,
    names: ['plant', 'line_code', 'workshop', 'chejian'],
  },
  {
    key: 'trace_id',
    type: 'uuid',
    sensitive: false,
    expr: 'md5(random()::text)::uuid',
    names: ['uuid', 'trace_id', 'guid'],
  },
  {
    key: 'batch_no',
    type: 'text',
    sensitive: false,
    expr: `'B' || ${digits(8)}`,
    names: ['batch_no', 'lot', 'pici'],
  },
  {
    key: 'weight',
    type: 'double precision',
    sensitive: false,
    expr: 'random() * 500',
    names: ['weight', 'zhongliang', 'net_kg'],
  },
  {
    key: 'shift',
    type: 'text',
    sensitive: false,
    expr: pickFrom(['早班', '中班', '夜班', 'A', 'B', 'C']),
    names: ['shift', 'banci', 'crew'],
  },
  {
    key: 'device_code',
    type: 'text',
    sensitive: false,
    expr: `'DEV' || ${digits(6)}`,
    names: ['device_code', 'equip_no', 'shebei'],
  },
  {
    key: 'firmware',
    type: 'text',
    sensitive: false,
    expr: `'v' || floor(random() * 5)::int || '.' || floor(random() * 20)::int || '.' || floor(random() * 100)::int`,
    names: ['firmware', 'fw_version', 'version'],
  },
  {
    key: 'alarm_code',
    type: 'text',
    sensitive: false,
    expr: `'E' || ${digits(3)}`,
    names: ['alarm_code', 'err_code', 'baojing'],
  },
  {
    key: 'updated_at',
    type: 'timestamp',
    sensitive: false,
    expr: `timestamp '2023-01-01' + random() * interval '700 days'`,
    names: ['updated_at', 'modify_time', 'gmt_modified'],
  },
  {
    key: 'is_deleted',
    type: 'boolean',
    sensitive: false,
    expr: 'random() < 0.05',
    names: ['is_deleted', 'deleted', 'del_flag'],
  },
  {
    key: 'speed',
    type: 'real',
    sensitive: false,
    expr: '(random() * 3000)::real',
    names: ['speed', 'rpm', 'zhuansu'],
  },
];

/** SQL helpers the expressions call: check characters per regulations.md §10. */
export const HELPER_FUNCTIONS_SQL = `
CREATE OR REPLACE FUNCTION bench_id_card(d text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT d || substr('10X98765432', (sum(substr(d, i::int, 1)::int * w) % 11)::int + 1, 1)
  FROM unnest(ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]) WITH ORDINALITY AS t(w, i) $$;
CREATE OR REPLACE FUNCTION bench_luhn(d text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT d || ((10 - sum(CASE WHEN i % 2 = 1
      THEN (substr(reverse(d), i::int, 1)::int * 2) - CASE WHEN substr(reverse(d), i::int, 1)::int >= 5 THEN 9 ELSE 0 END
      ELSE substr(reverse(d), i::int, 1)::int END) % 10) % 10)::text
  FROM generate_series(1, length(d)) AS i $$;
CREATE OR REPLACE FUNCTION bench_uscc(d text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT d || substr('0123456789ABCDEFGHJKLMNPQRTUWXY',
      ((31 - sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(d, i::int, 1)) - 1) * w) % 31) % 31)::int + 1, 1)
  FROM unnest(ARRAY[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]) WITH ORDINALITY AS t(w, i) $$;
`;
