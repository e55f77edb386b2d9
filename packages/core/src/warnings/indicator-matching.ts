import { ipInRange, normalizeDomain, parseIpRange } from './indicators.ts';
import type { WarningIndicator } from './warning-model.ts';

/** A data source as matching sees it: never its password, only the host of its target. */
export interface MatchableSource {
  id: string;
  name: string;
  kind: string;
  /** The host name or IP address of the target; null for local files (sqlite, files). */
  host: string | null;
}

/** A catalog item as matching sees it: its table name and comment. */
export interface MatchableItem {
  id: string;
  table: string;
  comment: string | null;
}

/** One indicator found in what the enterprise holds. */
export interface IndicatorMatch {
  indicator: WarningIndicator;
  subject: 'source' | 'catalog-item';
  subjectId: string;
  subjectName: string;
  /** What matched, e.g. the source host or the table name. */
  matched: string;
}

/**
 * The host of a stored source target, or null for local paths. URL targets
 * (`postgres://user:secret@db.example.com:5432/erp`) keep only the host name, and libpq
 * keyword strings only `host=`: user names, passwords and database names are never read.
 */
export function hostOfSourceTarget(kind: string, target: string): string | null {
  if (kind !== 'postgres' && kind !== 'mysql') return null;
  const keyword = /(?:^|\s)host\s*=\s*'?([^\s',]+)/i.exec(target);
  if (!target.includes('://')) return keyword?.[1]?.toLowerCase() ?? null;
  try {
    const host = new URL(target).hostname;
    if (host === '') return null;
    return host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  } catch {
    return null;
  }
}

/** Lower case, letters and digits only: `Oracle WebLogic` → `oracleweblogic`. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The product name without version tokens (`MySQL 8.0.x` → `mysql`), squashed. */
export function productTerm(product: string): string {
  const words = product
    .split(/\s+/)
    .filter((word) => !/^(v|ver\.?|version)?\d[\d.x*\-_]*$/i.test(word) && !/^[<>=≤≥]+/.test(word));
  return squash(words.join(' '));
}

/** Source kinds as product names: a warning on MySQL concerns every MySQL source. */
const KIND_PRODUCTS: Record<string, readonly string[]> = {
  postgres: ['postgresql', 'postgres'],
  mysql: ['mysql'],
  sqlite: ['sqlite'],
};

function meaningful(term: string): boolean {
  const cjk = term.match(/\p{Script=Han}/gu)?.length ?? 0;
  return cjk >= 2 || term.length >= 3;
}

function hostMatches(indicator: WarningIndicator, host: string): boolean {
  if (indicator.kind === 'ip') {
    const range = parseIpRange(indicator.value);
    return range !== undefined && ipInRange(host, range);
  }
  if (indicator.kind === 'domain') {
    const domain = normalizeDomain(indicator.value);
    return domain !== undefined && (host === domain || host.endsWith(`.${domain}`));
  }
  return false;
}

/**
 * Matches a warning's indicators against what the enterprise holds:
 *
 * - IP addresses and ranges against source hosts that are IP literals (no DNS lookups);
 * - domains against source host names, subdomains included;
 * - products against the source kind (`MySQL 5.7` → MySQL sources) and against catalog
 *   table names and comments (the product name without its version tokens, letters and
 *   digits only, case-insensitive; terms shorter than 3 characters or 2 Chinese characters
 *   are too vague to match);
 * - file hashes are never matched: the platform holds no file hashes, the enterprise checks
 *   them itself (the page says so).
 */
export function matchIndicators(
  indicators: readonly WarningIndicator[],
  holdings: { sources: readonly MatchableSource[]; items: readonly MatchableItem[] },
): IndicatorMatch[] {
  const matches: IndicatorMatch[] = [];
  for (const indicator of indicators) {
    for (const source of holdings.sources) {
      if (source.host !== null && hostMatches(indicator, source.host)) {
        matches.push({
          indicator,
          subject: 'source',
          subjectId: source.id,
          subjectName: source.name,
          matched: source.host,
        });
      }
    }
    if (indicator.kind !== 'product') continue;
    const term = productTerm(indicator.value);
    if (!meaningful(term)) continue;
    for (const source of holdings.sources) {
      const names = KIND_PRODUCTS[source.kind] ?? [];
      if (names.some((name) => term.includes(name))) {
        matches.push({
          indicator,
          subject: 'source',
          subjectId: source.id,
          subjectName: source.name,
          matched: source.kind,
        });
      }
    }
    for (const item of holdings.items) {
      const fields = [item.table, item.comment ?? ''];
      const hit = fields.find((field) => squash(field).includes(term));
      if (hit !== undefined) {
        matches.push({
          indicator,
          subject: 'catalog-item',
          subjectId: item.id,
          subjectName: item.table,
          matched: hit,
        });
      }
    }
  }
  return matches;
}
