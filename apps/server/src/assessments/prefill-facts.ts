import { addCalendarMonths, toDay } from '@shuan/core';
import {
  assessmentFactsRepository,
  crossBorderRepository,
  filingsRepository,
  type Queryable,
  type ScopeItemRow,
} from '@shuan/db';
import { presentFiling } from '../filings/filing.presenter.ts';

/**
 * Processing and audit logs must be kept at least 6 months (Cybersecurity Law Art. 21(3),
 * echoed by the RA Rules' check of technical protection): the oldest audit entry tells how
 * far back this node's log goes.
 */
const LOG_RETENTION_MONTHS = 6;

/**
 * Words that show encryption or access control on record in an item's `protection` field
 * (free text, Measures Art. 12 "security protection measures"). An item whose field names
 * neither is reported as unprotected: the officer checks it, Shu'an only points at it.
 */
const PROTECTION_WORDS =
  /SM4|SM2|SM3|AES|RSA|TLS|SSL|加密|密码|encrypt|cipher|访问控制|权限|授权|鉴权|认证|access|rbac|acl/i;

/** What Shu'an already knows when an assessment starts or its scope is refreshed. */
export interface AssessmentFacts {
  /** When the facts were gathered. */
  asOf: string;
  /** Important and core items by category and level: count and rows. */
  byType: { category: string | null; level: string; items: number; rows: number }[];
  totals: { important: number; core: number; rows: number };
  /** Items whose protection on record names neither encryption nor access control. */
  unprotectedItems: { itemId: string; table: string; level: string; protection: string }[];
  sourcesNeverScanned: { id: string; name: string }[];
  /** Oldest audit entry and whether the log covers fewer than 6 months. */
  logRetention: { oldestEntryAt: string | null; months: number; shortOfSixMonths: boolean };
  /** Cross-border items without a recorded self-check decision (legal basis). */
  crossBorderWithoutBasis: { itemId: string; table: string; level: string }[];
  /** Filings past their deadline (null when the filing loop's tables are absent). */
  overdueFilings: { id: string; status: string; catalogVersion: number }[] | null;
}

/** A scope entry as stored on the assessment. */
export type ScopeEntry = ScopeItemRow;

function byType(scope: readonly ScopeItemRow[]): AssessmentFacts['byType'] {
  const groups = new Map<string, AssessmentFacts['byType'][number]>();
  for (const item of scope) {
    const key = `${item.category ?? ''}|${item.level}`;
    const group = groups.get(key) ?? {
      category: item.category,
      level: item.level,
      items: 0,
      rows: 0,
    };
    group.items += 1;
    group.rows += item.rows ?? 0;
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.level.localeCompare(a.level) || (a.category ?? '').localeCompare(b.category ?? ''),
  );
}

/** Whole months between two instants (floor), in China days. */
function monthsBetween(from: Date, to: Date): number {
  let months = 0;
  while (months < 1200 && addCalendarMonths(toDay(from), months + 1) <= toDay(to)) months += 1;
  return months;
}

async function overdueFilings(
  db: Queryable,
  orgId: string,
  now: Date,
): Promise<AssessmentFacts['overdueFilings']> {
  if (!(await assessmentFactsRepository.filingsTableExists(db))) return null;
  const page = await filingsRepository.list(db, orgId, { page: 1, pageSize: 200 });
  return page.items
    .map((row) => presentFiling(row, now))
    .filter((filing) => filing.overdue)
    .map((filing) => ({
      id: filing.id,
      status: filing.status,
      catalogVersion: filing.catalogVersion,
    }));
}

/**
 * The scope (every important and core catalog item) and the facts Shu'an pre-fills, read in
 * one go so that refreshing the scope refreshes both.
 */
export async function gatherScopeAndFacts(
  db: Queryable,
  orgId: string,
  now: Date,
): Promise<{ scope: ScopeEntry[]; facts: AssessmentFacts }> {
  const scope = await assessmentFactsRepository.scopeItems(db, orgId);
  // One after another: `db` may be a transaction's single client.
  const never = await assessmentFactsRepository.sourcesNeverScanned(db, orgId);
  const oldest = await assessmentFactsRepository.oldestAuditAt(db, orgId);
  const crossBorder = await crossBorderRepository.items(db, orgId);
  const overdue = await overdueFilings(db, orgId, now);
  const months = oldest === null ? 0 : monthsBetween(oldest, now);
  const facts: AssessmentFacts = {
    asOf: now.toISOString(),
    byType: byType(scope),
    totals: {
      important: scope.filter((item) => item.level === 'important').length,
      core: scope.filter((item) => item.level === 'core').length,
      rows: scope.reduce((sum, item) => sum + (item.rows ?? 0), 0),
    },
    unprotectedItems: scope
      .filter((item) => !PROTECTION_WORDS.test(item.protection))
      .map((item) => ({
        itemId: item.itemId,
        table: item.table,
        level: item.level,
        protection: item.protection,
      })),
    sourcesNeverScanned: never,
    logRetention: {
      oldestEntryAt: oldest?.toISOString() ?? null,
      months,
      shortOfSixMonths: months < LOG_RETENTION_MONTHS,
    },
    // Flagged in the catalog, and no self-check on record links the item (cross-border.pg.ts).
    crossBorderWithoutBasis: crossBorder
      .filter((item) => item.crossBorder && item.decisionPath === null)
      .map((item) => ({ itemId: item.itemId, table: item.table, level: item.level })),
    overdueFilings: overdue,
  };
  return { scope, facts };
}
