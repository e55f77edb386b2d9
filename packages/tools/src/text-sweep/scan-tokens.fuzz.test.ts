// The hand-written scanner against a slow, obviously-right reference built from regexes (the
// sweep's first implementation), on seeded random texts dense in edge cases: both must
// report the same hits at the same spans.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PLATE_PROVINCES } from './char-classes.ts';
import { scanTokens } from './scan-tokens.ts';

const TOKEN = new RegExp(`[0-9A-Z${PLATE_PROVINCES}][0-9A-Zx.]{6,}|@`, 'g');
const PLATE = new RegExp(`^[${PLATE_PROVINCES}][A-HJ-NP-Z][0-9A-HJ-NP-Z]{5,6}$`);
const PASSPORT = /^(?:E[0-9A-HJ-NP-Z]\d{7}|[EGK]\d{8})$/;
const ID = /^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/;
const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const CARD = /^(?:62\d{14,17}|4\d{15}|5[1-5]\d{14})$/;
const WORD = /[0-9A-Za-z]/;

const idOk = (v: string): boolean => {
  if (!ID.test(v)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((s, x, i) => s + x * Number(v[i]), 0);
  return '10X98765432'[sum % 11] === v[17]?.toUpperCase();
};
const usccOk = (v: string): boolean => {
  if (!USCC.test(v)) return false;
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = w.reduce((s, x, i) => s + x * USCC_CHARS.indexOf(v[i] ?? ''), 0);
  return USCC_CHARS[(31 - (sum % 31)) % 31] === v[17];
};
const luhnOk = (v: string): boolean => {
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const d = Number(v[v.length - 1 - i]);
    sum += i % 2 === 1 ? ([0, 2, 4, 6, 8, 1, 3, 5, 7, 9][d] ?? 0) : d;
  }
  return sum % 10 === 0;
};

function classify(t: string): string | undefined {
  if (t.includes('.')) {
    const m = IPV4.exec(t);
    return m?.slice(1).every((p) => Number(p) <= 255) ? 'pi.ip_address' : undefined;
  }
  if (PLATE_PROVINCES.includes(t[0] ?? '')) return PLATE.test(t) ? 'pi.license_plate' : undefined;
  if (t.length === 9) return PASSPORT.test(t) ? 'pi.passport' : undefined;
  if (t.length === 11) return /^1[3-9]\d{9}$/.test(t) ? 'pi.mobile' : undefined;
  if (t.length === 18 && idOk(t)) return 'pi.id_card';
  if (t.length === 18 && usccOk(t)) return 'org.uscc';
  return CARD.test(t) && luhnOk(t) ? 'pi.bank_card' : undefined;
}

function email(text: string, at: number): [number, number] | undefined {
  let start = at;
  while (start > 0 && /[A-Za-z0-9._%+-]/.test(text[start - 1] ?? '')) start--;
  const domain = /^[A-Za-z0-9.-]*/.exec(text.slice(at + 1))?.[0].replace(/\.+$/, '') ?? '';
  if (start === at || at - start > 64 || !/\.[A-Za-z]{2,}$/.test(domain)) return undefined;
  if (domain.lastIndexOf('.') < 1) return undefined;
  return [start, at + 1 + domain.length];
}

function reference(text: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const start = m.index;
    if (m[0] === '@') {
      const span = email(text, start);
      if (span === undefined) continue;
      out.push(`pi.email ${text.slice(...span)} ${span[0]}`);
      TOKEN.lastIndex = span[1];
      continue;
    }
    const after = text[TOKEN.lastIndex] ?? '';
    if (WORD.test(text[start - 1] ?? '') || WORD.test(after) || after === '@') continue;
    const token = m[0].replace(/\.+$/, '');
    const code = classify(token);
    if (code !== undefined) out.push(`${code} ${token} ${start}`);
  }
  return out;
}

function scanned(text: string): string[] {
  const out: string[] = [];
  scanTokens(text, (code, start, end) => out.push(`${code} ${text.slice(start, end)} ${start}`));
  return out;
}

const PIECES = [
  '11010519491231002X',
  '11010519491231002x',
  '440524188001010014',
  '13812345678',
  '12812345678',
  'a.b@qq.com',
  'x@163.com.',
  '10.0.2.226',
  '256.1.1.1',
  '91350100M000100Y43',
  '6222021234567890128',
  '4111111111111111',
  '5500000000000004',
  '京A12345',
  '粤B123456',
  'E12345678',
  'G12345678',
  'EA1234567',
  '0.0.0.0',
  '@',
  'x',
  '.',
  'ab',
  '中文',
  ' ',
  ',',
  '\n',
  '-',
  '_',
];
const CHARS = '0123456789AEGKXx.@ab-_+%京沪中文，;: \n';

test('the scanner finds exactly what the regex reference finds', () => {
  let seed = 20240501;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  for (let round = 0; round < 20000; round++) {
    let text = '';
    const length = Math.floor(random() * 40);
    for (let i = 0; i < length; i++) {
      text +=
        random() < 0.3
          ? (PIECES[Math.floor(random() * PIECES.length)] ?? '')
          : (CHARS[Math.floor(random() * CHARS.length)] ?? '');
    }
    assert.deepEqual(scanned(text), reference(text), JSON.stringify(text));
  }
});
