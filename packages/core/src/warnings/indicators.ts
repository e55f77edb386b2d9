import type { IndicatorKind, WarningIndicator } from './warning-model.ts';

/** One refused indicator: its index in the list, a stable code and a bilingual message. */
export interface IndicatorProblem {
  index: number;
  code: 'WARNING_INDICATOR_INVALID';
  message: string;
}

const IPV4_PART = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** The 32-bit value of a dotted-quad IPv4 address, or undefined (no leading zeros, 4 parts). */
export function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => IPV4_PART.test(part))) return undefined;
  return parts.reduce((value, part) => (value << 8n) | BigInt(part), 0n);
}

/** The 128-bit value of an IPv6 address (`::` and an embedded IPv4 tail allowed), or undefined. */
export function parseIpv6(text: string): bigint | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(text) || text.length > 45) return undefined;
  let head = text;
  let tail: bigint[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.')) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail = [v4 >> 16n, v4 & 0xffffn];
    head = text.slice(0, lastColon + 1);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string): bigint[] | undefined => {
    if (half === '') return [];
    const parts = half.split(':');
    if (!parts.every((part) => /^[0-9A-Fa-f]{1,4}$/.test(part))) return undefined;
    return parts.map((part) => BigInt(`0x${part}`));
  };
  const left = groups(halves[0] ?? '');
  const right = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (left === undefined || right === undefined) return undefined;
  const given = left.length + right.length + tail.length;
  if (halves.length === 2 ? given > 7 : given !== 8) return undefined;
  const all = [...left, ...Array<bigint>(8 - given).fill(0n), ...right, ...tail];
  return all.reduce((value, group) => (value << 16n) | group, 0n);
}

/** An address or range: family, first address and prefix length. */
export interface IpRange {
  family: 4 | 6;
  base: bigint;
  prefix: number;
}

/** `10.1.2.3`, `10.0.0.0/8`, `2001:db8::1`, `2001:db8::/32` → a range; undefined when invalid. */
export function parseIpRange(text: string): IpRange | undefined {
  const [address = '', prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return undefined;
  const v4 = parseIpv4(address);
  const family = v4 === undefined ? 6 : 4;
  const value = v4 ?? parseIpv6(address);
  if (value === undefined) return undefined;
  const bits = family === 4 ? 32 : 128;
  let prefix = bits;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText)) return undefined;
    prefix = Number(prefixText);
    if (prefix > bits) return undefined;
  }
  const mask = ((1n << BigInt(prefix)) - 1n) << BigInt(bits - prefix);
  return { family, base: value & mask, prefix };
}

/** True when the single address `ip` lies inside `range`. */
export function ipInRange(ip: string, range: IpRange): boolean {
  const address = parseIpRange(ip);
  if (address === undefined || address.family !== range.family) return false;
  const bits = range.family === 4 ? 32 : 128;
  const shift = BigInt(bits - range.prefix);
  return address.base >> shift === range.base >> shift;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A host name in lower case without its trailing dot, or undefined (ASCII / punycode only). */
export function normalizeDomain(text: string): string | undefined {
  const domain = text.trim().toLowerCase().replace(/\.$/, '');
  if (domain.length === 0 || domain.length > 253) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return undefined;
  const tld = labels[labels.length - 1] ?? '';
  return /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld) ? domain : undefined;
}

/** Hex lengths of the file hashes warnings carry: MD5, SHA-1, SHA-256 or SM3, SHA-512. */
export const HASH_ALGORITHMS_BY_LENGTH: Record<number, string> = {
  32: 'MD5',
  40: 'SHA-1',
  64: 'SHA-256 / SM3',
  128: 'SHA-512',
};

function normalizeValue(kind: IndicatorKind, raw: string): string | undefined {
  const value = raw.trim();
  switch (kind) {
    case 'ip': {
      const range = parseIpRange(value);
      return range === undefined ? undefined : value.toLowerCase();
    }
    case 'domain':
      return normalizeDomain(value.replace(/^\*\./, ''));
    case 'hash': {
      const hex = value.toLowerCase();
      return /^[0-9a-f]+$/.test(hex) && HASH_ALGORITHMS_BY_LENGTH[hex.length] !== undefined
        ? hex
        : undefined;
    }
    case 'product': {
      const name = value.replace(/\s+/g, ' ');
      // At least two letters, digits or CJK characters: a product name, not punctuation.
      return name.length <= 200 && (name.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2
        ? name
        : undefined;
    }
  }
}

const KIND_RULES: Record<IndicatorKind, string> = {
  ip: 'IP 地址须为 IPv4 或 IPv6 地址，可带前缀长度 / an IPv4 or IPv6 address, optionally with a prefix length',
  domain:
    '域名须为至少两级的 ASCII 域名（中文域名请用 punycode）/ a domain of two labels or more, ASCII (punycode for IDN)',
  hash: '文件哈希须为 32、40、64 或 128 位十六进制（MD5、SHA-1、SHA-256/SM3、SHA-512）/ a hex hash of 32, 40, 64 or 128 digits',
  product:
    '产品名称须含至少两个字母、数字或汉字，不超过 200 字 / a product name of 2+ letters or digits, at most 200 characters',
};

/**
 * Checks and normalises a warning's indicators: each by its kind (above), duplicates
 * (same kind and value) refused, notes up to 500 characters. Returns every problem.
 */
export function validateIndicators(
  indicators: readonly WarningIndicator[],
): { ok: true; value: WarningIndicator[] } | { ok: false; problems: IndicatorProblem[] } {
  const problems: IndicatorProblem[] = [];
  const value: WarningIndicator[] = [];
  const seen = new Set<string>();
  indicators.forEach((indicator, index) => {
    const normalized = normalizeValue(indicator.kind, indicator.value);
    const note = indicator.note?.trim();
    if (normalized === undefined) {
      problems.push({
        index,
        code: 'WARNING_INDICATOR_INVALID',
        message: `第 ${String(index + 1)} 项「${indicator.value.slice(0, 80)}」：${KIND_RULES[indicator.kind]}`,
      });
    } else if (note !== undefined && note.length > 500) {
      problems.push({
        index,
        code: 'WARNING_INDICATOR_INVALID',
        message: `第 ${String(index + 1)} 项的说明超过 500 字 / the note of item ${String(index + 1)} is over 500 characters`,
      });
    } else if (seen.has(`${indicator.kind}:${normalized}`)) {
      problems.push({
        index,
        code: 'WARNING_INDICATOR_INVALID',
        message: `第 ${String(index + 1)} 项重复 / item ${String(index + 1)} is a duplicate`,
      });
    } else {
      seen.add(`${indicator.kind}:${normalized}`);
      value.push(
        note === undefined || note === ''
          ? { kind: indicator.kind, value: normalized }
          : { kind: indicator.kind, value: normalized, note },
      );
    }
  });
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}
