import type { Rng } from './rng.ts';
import { compact, randomDate } from './values/dates.ts';
import { bankCardNumber, companyName, usccCode } from './values/org.ts';
import { partNumber } from './values/negatives.ts';
import {
  birthDate,
  emailFor,
  idCardNumber,
  mobileNumber,
  personName,
  type PersonName,
} from './values/person.ts';
import { address, HOME_REGIONS, landline, licensePlate, REGIONS } from './values/regions.ts';

/** An employee of 华东精工, shared by the HR, payroll and access-control tables. */
export interface Employee {
  empNo: string;
  person: PersonName;
  birth: string;
  idCard: string;
  mobile: string;
  email: string;
  address: string;
  deptId: number;
  post: string;
  entryDate: string;
  bankCard: string;
}

/** A business partner (customer, supplier, carrier, OEM). */
export interface Company {
  code: string;
  name: string;
  uscc: string;
  contact: PersonName;
  mobile: string;
  landline: string;
  address: string;
  email: string;
}

/** A product (part) the company makes. */
export interface Product {
  partNo: string;
  name: string;
  material: string;
  drawingNo: string;
  price: number;
}

/** The shared pools every table draws from, built first from the seed. */
export interface World {
  employees: Employee[];
  departments: { id: number; name: string }[];
  customers: Company[];
  suppliers: Company[];
  carriers: Company[];
  products: Product[];
  trucks: { plate: string; driver: PersonName; mobile: string }[];
}

const DEPTS =
  '总经理办公室 人力资源部 财务部 采购部 销售部 质量部 技术中心 信息中心 设备部 安环部 物流部 售后服务部 锻造一车间 锻造二车间 热处理车间 机加工车间 装配车间 模具车间 仓储中心 计划部'.split(
    ' ',
  );
const POSTS =
  '操作工 班组长 工艺员 质检员 设备维护员 仓管员 工程师 主管 经理 会计 采购员 销售代表 司机 文员'.split(
    ' ',
  );
const PARTS: readonly (readonly [string, string])[] = [
  ['前制动盘总成', 'HT250'],
  ['后制动盘', 'HT250'],
  ['转向节', '40Cr'],
  ['轮毂轴承单元', 'GCr15'],
  ['曲轴', '42CrMo'],
  ['连杆', 'C70S6'],
  ['变速箱齿轮', '20CrMnTi'],
  ['半轴', '40Cr'],
  ['控制臂', '35CrMo'],
  ['凸轮轴', '45#'],
];

function company(rng: Rng, prefix: string, i: number, trade?: string): Company {
  const region = rng.bool(0.6) ? rng.pick(HOME_REGIONS) : rng.pick(REGIONS);
  const contact = personName(rng);
  return {
    code: `${prefix}${String(i + 1).padStart(5, '0')}`,
    name: companyName(rng, trade, region),
    uscc: usccCode(rng, region),
    contact,
    mobile: mobileNumber(rng),
    landline: landline(rng, region),
    address: address(rng, region),
    email: emailFor(rng, contact),
  };
}

function employee(rng: Rng, i: number): Employee {
  const person = personName(rng);
  const birth = birthDate(rng, 1966, 2004);
  const entryDate = randomDate(rng, '2008-03-01', '2026-09-30');
  return {
    empNo: `HD${entryDate.slice(0, 4)}${String(i + 1).padStart(4, '0')}`,
    person,
    birth,
    idCard: idCardNumber(rng, birth, person.male),
    mobile: mobileNumber(rng),
    email: emailFor(rng, person, 'hdjg-auto.com.cn'),
    address: address(rng, rng.bool(0.8) ? rng.pick(HOME_REGIONS) : rng.pick(REGIONS)),
    deptId: rng.int(1, DEPTS.length),
    post: rng.pick(POSTS),
    entryDate,
    bankCard: bankCardNumber(rng),
  };
}

/** Builds the shared pools. */
export function buildWorld(rng: Rng): World {
  const employees = Array.from({ length: 1200 }, (_, i) => employee(rng, i));
  const products = Array.from({ length: 500 }, (_, i): Product => {
    const [name, material] = PARTS[i % PARTS.length]!;
    return {
      partNo: partNumber(rng),
      name,
      material,
      drawingNo: `DWG-${compact(randomDate(rng, '2018-01-01', '2026-06-30')).slice(0, 6)}-${String(i + 1).padStart(4, '0')}`,
      price: rng.float(35, 2800, 2),
    };
  });
  return {
    employees,
    departments: DEPTS.map((name, i) => ({ id: i + 1, name })),
    customers: Array.from({ length: 300 }, (_, i) =>
      company(rng, 'C', i, rng.pick(['汽车', '汽车零部件', '汽车销售服务', '机械'])),
    ),
    suppliers: Array.from({ length: 200 }, (_, i) => company(rng, 'S', i)),
    carriers: Array.from({ length: 60 }, (_, i) => company(rng, 'T', i, '物流')),
    products,
    trucks: Array.from({ length: 80 }, () => ({
      plate: licensePlate(rng, rng.pick(HOME_REGIONS), true),
      driver: personName(rng),
      mobile: mobileNumber(rng),
    })),
  };
}

export { DEPTS };
