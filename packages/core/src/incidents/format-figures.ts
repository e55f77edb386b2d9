/**
 * Figures written the way each language reads them, for criterion descriptions:
 * `100000000` yuan is "1亿元" in Chinese and "¥100,000,000" in English.
 */
const EN = new Intl.NumberFormat('en-US');

/** 亿 / 万 when the figure divides evenly, else the plain number. */
function zhNumber(n: number): string {
  if (n >= 100_000_000 && n % 100_000_000 === 0) return `${n / 100_000_000}亿`;
  if (n >= 10_000 && n % 10_000 === 0) return `${n / 10_000}万`;
  return String(n);
}

/** Money: `{ zh: '1亿元', en: '¥100,000,000' }`. */
export function formatYuan(n: number): { zh: string; en: string } {
  return { zh: `${zhNumber(n)}元`, en: `¥${EN.format(n)}` };
}

/** People: `{ zh: '1000万人', en: '10,000,000 people' }`. */
export function formatPersons(n: number): { zh: string; en: string } {
  return { zh: `${zhNumber(n)}人`, en: `${EN.format(n)} people` };
}
