import { idCardCheckChar } from '../checksums.ts';
import type { Rng } from '../rng.ts';
import { fmtDate, randomDay } from './dates.ts';
import { REGIONS } from './regions.ts';

const SURNAMES: readonly (readonly [string, string])[] = (
  '王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu ' +
  '郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao ' +
  '彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su ' +
  '魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin ' +
  '石shi 廖liao 贾jia 夏xia 韦wei 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue ' +
  '闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 顾gu 毛mao 郝hao 龚gong 邵shao 钱qian 严yan ' +
  '欧阳ouyang 司马sima 诸葛zhuge 上官shangguan'
)
  .split(' ')
  .map((s) => {
    const i = s.search(/[a-z]/);
    return [s.slice(0, i), s.slice(i)] as const;
  });

const GIVEN: readonly (readonly [string, string])[] = (
  '伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao ' +
  '明ming 超chao 秀xiu 霞xia 平ping 刚gang 桂gui 英ying 华hua 建jian 文wen 辉hui 鑫xin 宇yu 浩hao ' +
  '俊jun 晨chen 婷ting 雪xue 琳lin 欣xin 佳jia 子zi 涵han 轩xuan 博bo 志zhi 国guo 海hai 波bo ' +
  '红hong 玉yu 兰lan 斌bin 鹏peng 飞fei 峰feng 亮liang 成cheng 凯kai 宁ning 慧hui 颖ying 梅mei ' +
  '雯wen 晓xiao 思si 诗shi 梓zi 睿rui 阳yang 雨yu 昊hao 天tian 嘉jia 一yi 泽ze 铭ming'
)
  .split(' ')
  .map((s) => [s.slice(0, 1), s.slice(1)] as const);

/** A synthetic Chinese person: name with pinyin, gender. */
export interface PersonName {
  name: string;
  pinyin: string;
  initials: string;
  male: boolean;
}

/** A Chinese name: a common surname and one or two given-name characters. */
export function personName(rng: Rng): PersonName {
  const [s, sp] = rng.pick(SURNAMES);
  const n = rng.bool(0.7) ? 2 : 1;
  let name = s;
  let gp = '';
  let initials = sp;
  for (let i = 0; i < n; i++) {
    const [g, p] = rng.pick(GIVEN);
    name += g;
    gp += p;
    initials += p.charAt(0);
  }
  return { name, pinyin: sp + gp, initials, male: rng.bool(0.62) };
}

/** A resident ID number (GB 11643) with a real county code and a real birth date. */
export function idCardNumber(rng: Rng, birth: string, male: boolean): string {
  const region = rng.pick(REGIONS).code;
  let seq = rng.int(0, 499) * 2 + (male ? 1 : 0);
  if (seq === 0) seq = 2;
  const body = region + birth.replaceAll('-', '') + String(seq).padStart(3, '0');
  return body + idCardCheckChar(body);
}

/** A birth date between `fromYear` and `toYear`. */
export function birthDate(rng: Rng, fromYear: number, toYear: number): string {
  return fmtDate(randomDay(rng, `${fromYear}-01-01`, `${toYear}-12-31`));
}

const MOBILE_PREFIXES = (
  '130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 ' +
  '166 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 196 198 199'
).split(' ');

/** A mainland mobile number on a real 13x–19x segment. */
export function mobileNumber(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

/** An e-mail address built from the person's pinyin. */
export function emailFor(rng: Rng, p: PersonName, domain?: string): string {
  if (domain) return `${p.pinyin}${rng.bool(0.4) ? rng.int(1, 99) : ''}@${domain}`;
  const r = rng.int(0, 3);
  if (r === 0) return `${rng.int(10000, 999999999)}@qq.com`;
  if (r === 1) return `${p.pinyin}${rng.int(60, 2005)}@163.com`;
  if (r === 2) return `${p.initials}_${rng.digits(3)}@126.com`;
  return `${p.pinyin}.${rng.digits(2)}@sina.com`;
}

/** An ordinary e-passport number issued since 2017: `E` + letter (not I/O) + 7 digits. */
export function passportNumber(rng: Rng): string {
  return 'E' + rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 1) + rng.digits(7);
}

/** A quantised 128-byte face embedding, base64 (what face-recognition gates store). */
export function faceTemplate(rng: Rng): string {
  return Buffer.from(rng.bytes(128)).toString('base64');
}
