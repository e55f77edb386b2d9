import { luhnCheckDigit, orgCodeCheckChar, USCC_CHARSET, usccCheckChar } from '../checksums.ts';
import type { Rng } from '../rng.ts';
import { REGIONS, type Region } from './regions.ts';

const BRANDS =
  '恒锐 鼎新 华茂 联创 宏达 金鹰 瑞丰 永信 东方 海纳 中驰 博远 天成 汇通 精诚 万邦 凯盛 新锐 盛泰 德隆 长兴 远航 卓越 同力 中环 宝顺 嘉禾 利丰 安捷 福瑞'.split(
    ' ',
  );
const TRADES =
  '精密机械 汽车零部件 特钢 锻压设备 模具 轴承 物流 供应链管理 汽车销售服务 橡胶制品 热处理 电气 自动化科技 新材料 工业气体 包装材料 铸造 检测技术'.split(
    ' ',
  );
const SUFFIXES = ['有限公司', '股份有限公司', '有限责任公司', '集团有限公司'];

/** A company name: city + brand + trade + legal-form suffix. */
export function companyName(rng: Rng, trade?: string, region: Region = rng.pick(REGIONS)): string {
  const city = region.city.replace(/市$/, '');
  return city + rng.pick(BRANDS) + (trade ?? rng.pick(TRADES)) + rng.pick(SUFFIXES);
}

/** A unified social credit code (GB 32100) with a valid embedded organisation code (GB 11714). */
export function usccCode(rng: Rng, region: Region = rng.pick(REGIONS)): string {
  const orgBody = rng.bool(0.7) ? 'MA' + rng.chars(USCC_CHARSET, 6) : rng.digits(8);
  const org = orgBody + orgCodeCheckChar(orgBody);
  const head = '91' + region.code + org;
  // Every character is in the GB 32100 set: the org body uses it and GB 11714's X is in it.
  return head + usccCheckChar(head);
}

const BINS: readonly (readonly [string, number])[] = [
  ['622202', 19],
  ['622848', 19],
  ['621700', 19],
  ['622588', 16],
  ['621226', 19],
  ['622700', 19],
  ['623052', 19],
  ['621483', 16],
];

/** A Luhn-valid UnionPay debit card number (62…, 16 or 19 digits). */
export function bankCardNumber(rng: Rng): string {
  const [bin, len] = rng.pick(BINS);
  const body = bin + rng.digits(len - bin.length - 1);
  return body + luhnCheckDigit(body);
}
