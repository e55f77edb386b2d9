/**
 * The seeded corpus of goal 1: a million mixed column values in proportions seen in
 * industrial and commercial databases — mostly NOT sensitive (order and part numbers,
 * quantities, measurements, dates, statuses, free text, UUIDs, hashes), with the sensitive
 * formats planted both valid and invalid (wrong check character, look-alike numbers).
 */
import { createRng, createWeightedPicker, type Rng } from '../lib/prng.ts';
import { USCC_CHARSET, idCardCheck, luhnCheck, usccCheck, wrongCheck } from './check-digits.ts';

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
  '欧阳',
  '司马',
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
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
];
const PROVINCES = [
  '北京市',
  '上海市',
  '广东省',
  '江苏省',
  '浙江省',
  '山东省',
  '四川省',
  '湖北省',
  '河南省',
  '福建省',
];
const CITIES = [
  '深圳市',
  '苏州市',
  '杭州市',
  '青岛市',
  '成都市',
  '武汉市',
  '郑州市',
  '厦门市',
  '无锡市',
  '宁波市',
];
const DISTRICTS = [
  '南山区',
  '工业园区',
  '西湖区',
  '黄岛区',
  '高新区',
  '江夏区',
  '金水区',
  '思明区',
];
const ROADS = ['科技路', '人民路', '建设大道', '长江路', '中山路', '解放路', '创业街', '工业大道'];
const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DOMAINS = ['qq.com', '163.com', 'example.com.cn', 'gmail.com', 'corp-mail.cn', 'sina.com'];
const STATUSES = [
  'ACTIVE',
  'CLOSED',
  'PENDING',
  '已发货',
  '待审核',
  '正常',
  '停用',
  'OK',
  'NG',
  'Y',
  'N',
];
const WORDS = [
  '设备',
  '运行',
  '正常',
  '温度',
  '偏高',
  '请检查',
  '更换',
  '轴承',
  '批次',
  '合格',
  'line',
  'pump',
  'valve',
  'check',
  'replaced',
  'ok',
  'shift',
  'note',
  '客户',
  '要求',
  '加急',
  '发货',
  '包装',
  '破损',
];
const UNITS = ['mm', 'kg', '℃', 'MPa', 'V', 'A', 'rpm', 'L/min', '%'];
const AREA_CODES = ['010', '021', '0755', '0512', '0571', '028', '027', '0371'];

/** Kinds of value in the corpus, with their weights (per 1,000 values). */
export const CORPUS_WEIGHTS = {
  freeText: 120,
  orderNo: 90,
  partNo: 70,
  measurement: 90,
  integer: 100,
  decimal: 60,
  date: 50,
  datetime: 40,
  status: 50,
  uuid: 40,
  md5: 20,
  empty: 30,
  name: 40,
  address: 30,
  mobile: 40,
  mobileLookalike: 10,
  landline: 15,
  email: 30,
  idCardValid: 20,
  idCardInvalid: 10,
  longNumber: 20,
  bankCardValid: 15,
  bankCardInvalid: 10,
  usccValid: 7,
  usccInvalid: 3,
  plate: 15,
  ipv4: 20,
  passport: 3,
} as const;

/** One kind of corpus value. */
export type CorpusKind = keyof typeof CORPUS_WEIGHTS;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function birthDate(rng: Rng): string {
  return `${rng.int(1950, 2005)}${pad(rng.int(1, 12), 2)}${pad(rng.int(1, 28), 2)}`;
}

function idFirst17(rng: Rng): string {
  return `${rng.pick(['110105', '440305', '320506', '330106', '510107', '420111'])}${birthDate(rng)}${rng.digits(3)}`;
}

function usccFirst17(rng: Rng): string {
  let out = `9${rng.pick(['1', '2', '3'])}${rng.pick(['440300', '320500', '330100', '110108'])}`;
  for (let i = 0; i < 9; i += 1) out += USCC_CHARSET[rng.int(0, 30)] as string;
  return out;
}

function plate(rng: Rng): string {
  let out = `${PLATE_PROVINCES[rng.int(0, PLATE_PROVINCES.length - 1)] as string}${PLATE_LETTERS[rng.int(0, 11)] as string}`;
  const len = rng.next() < 0.2 ? 6 : 5;
  for (let i = 0; i < len; i += 1) {
    out += rng.next() < 0.7 ? String(rng.int(0, 9)) : (PLATE_LETTERS[rng.int(0, 23)] as string);
  }
  return out;
}

function hex(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += '0123456789abcdef'[rng.int(0, 15)] as string;
  return out;
}

const GENERATORS: Record<CorpusKind, (rng: Rng) => string> = {
  freeText: (rng) =>
    Array.from({ length: rng.int(2, 9) }, () => rng.pick(WORDS)).join(rng.next() < 0.5 ? '' : ' '),
  orderNo: (rng) =>
    `${rng.pick(['SO', 'PO', 'WO', 'DD'])}${rng.int(2019, 2025)}${pad(rng.int(1, 12), 2)}${pad(rng.int(1, 28), 2)}${rng.digits(rng.int(4, 6))}`,
  partNo: (rng) =>
    `${rng.pick(['PN', 'BRG', 'VLV', 'MTR'])}-${rng.digits(4)}-${rng.pick(['A', 'B', 'C'])}${rng.digits(2)}`,
  measurement: (rng) =>
    `${(rng.next() * 500).toFixed(rng.int(0, 3))}${rng.next() < 0.5 ? ' ' : ''}${rng.pick(UNITS)}`,
  integer: (rng) => String(rng.int(0, rng.pick([10, 1000, 100000, 99999999]))),
  decimal: (rng) => (rng.next() * 10000 - 100).toFixed(2),
  date: (rng) => `${rng.int(2015, 2025)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
  datetime: (rng) =>
    `${rng.int(2015, 2025)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)} ${pad(rng.int(0, 23), 2)}:${pad(rng.int(0, 59), 2)}:${pad(rng.int(0, 59), 2)}`,
  status: (rng) => rng.pick(STATUSES),
  uuid: (rng) => `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-a${hex(rng, 3)}-${hex(rng, 12)}`,
  md5: (rng) => hex(rng, 32),
  empty: () => '',
  name: (rng) =>
    `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}${rng.next() < 0.3 ? rng.pick(GIVEN) : ''}`,
  address: (rng) =>
    `${rng.pick(PROVINCES)}${rng.pick(CITIES)}${rng.pick(DISTRICTS)}${rng.pick(ROADS)}${rng.int(1, 999)}号${rng.next() < 0.5 ? `${rng.int(1, 30)}栋${rng.int(101, 2505)}室` : ''}`,
  mobile: (rng) => `${rng.next() < 0.05 ? '+86' : ''}1${rng.int(3, 9)}${rng.digits(9)}`,
  mobileLookalike: (rng) => `1${rng.int(0, 2)}${rng.digits(9)}`,
  landline: (rng) => `${rng.pick(AREA_CODES)}-${rng.int(2, 8)}${rng.digits(rng.int(6, 7))}`,
  email: (rng) =>
    `${rng.pick(['zhang', 'li.wei', 'ops', 'sales', 'user'])}${rng.digits(rng.int(0, 4))}@${rng.pick(DOMAINS)}`,
  idCardValid: (rng) => {
    const first = idFirst17(rng);
    return first + idCardCheck(first);
  },
  idCardInvalid: (rng) => {
    const first = idFirst17(rng);
    return first + wrongCheck(idCardCheck(first), '0123456789X');
  },
  longNumber: (rng) => `${rng.int(1, 9)}${rng.digits(rng.int(15, 18))}`,
  bankCardValid: (rng) => {
    const payload = `62${rng.digits(rng.pick([14, 15, 16]))}`;
    return payload + luhnCheck(payload);
  },
  bankCardInvalid: (rng) => {
    const payload = `62${rng.digits(rng.pick([14, 15, 16]))}`;
    return payload + wrongCheck(luhnCheck(payload), '0123456789');
  },
  usccValid: (rng) => {
    const first = usccFirst17(rng);
    return first + usccCheck(first);
  },
  usccInvalid: (rng) => {
    const first = usccFirst17(rng);
    return first + wrongCheck(usccCheck(first), USCC_CHARSET);
  },
  plate: (rng) => plate(rng),
  ipv4: (rng) =>
    `${rng.pick([10, 172, 192, 58, 114])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
  passport: (rng) =>
    `E${rng.next() < 0.5 ? (PLATE_LETTERS[rng.int(0, 23)] as string) + rng.digits(7) : rng.digits(8)}`,
};

/** Builds `count` values from `seed`; the same seed always gives the same corpus. */
export function buildCorpus(
  count: number,
  seed = 20_241_124,
): { values: string[]; kinds: Record<string, number> } {
  const rng = createRng(seed);
  const pickKind = createWeightedPicker<CorpusKind>(CORPUS_WEIGHTS);
  const values: string[] = new Array<string>(count);
  const kinds: Record<string, number> = {};
  for (let i = 0; i < count; i += 1) {
    const kind = pickKind(rng);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    // Flatten now (V8 builds rope strings from `+`), so no timed round pays for it.
    values[i] = flatten(GENERATORS[kind](rng));
  }
  return { values, kinds };
}

function flatten(value: string): string {
  return value.length === 0 ? value : Buffer.from(value, 'utf8').toString('utf8');
}
