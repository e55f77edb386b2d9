import type pg from 'pg';
import type { SentWrite, WriteKind } from './catalog-workload.ts';

/** The review fields of an item, live (a row) or frozen (a version's JSON copy). */
export interface ReviewView {
  status: string;
  category: string | null;
  level: string;
  proposed: { category: string | null; level: string };
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewReason: string | null;
}

/**
 * What is wrong with one item's review state, if anything (a catalog without rescans):
 * pending items hold the proposal and no reviewer; confirmed items hold the proposal and a
 * reviewer; changed items differ from the proposal and always carry their reason.
 */
export function reviewProblem(item: ReviewView): string | undefined {
  const asProposed = item.category === item.proposed.category && item.level === item.proposed.level;
  const reviewed = item.reviewedBy !== null && item.reviewedAt !== null;
  switch (item.status) {
    case 'pending':
      return asProposed && item.reviewedBy === null && item.reviewReason === null
        ? undefined
        : 'pending but reviewed or off its proposal';
    case 'confirmed':
      return asProposed && reviewed
        ? undefined
        : 'confirmed but off its proposal or without reviewer';
    case 'changed':
      return !asProposed && reviewed && (item.reviewReason ?? '').length > 0
        ? undefined
        : 'changed without its reason, reviewer, or a change';
    default:
      return `unknown status ${item.status}`;
  }
}

interface AuditEntry {
  seq: number;
  action: string;
  target: string;
  payload: Record<string, unknown>;
}

interface ItemRow extends ReviewView {
  id: string;
  department: string;
  purpose: string;
  sharing: boolean;
}

/** Counts per key. */
function tally<T>(values: T[], key: (value: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) for (const k of key(value)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Written effects of a kind must lie between what was acknowledged and what was sent. */
function between(problems: string[], label: string, found: number, writes: SentWrite[]): void {
  const acked = writes.filter((write) => write.outcome === 'acked').length;
  const sent = writes.filter((write) => write.outcome !== 'refused').length;
  if (found < acked || found > sent)
    problems.push(
      `${label}: ${String(found)} stored, but ${String(acked)} acknowledged and ${String(sent)} sent`,
    );
}

/**
 * Checks the catalog after a crash against itself, the audit log and the writes that were
 * sent. Returns every violation found (empty: consistent). Assumes one org and no rescans
 * during the workload.
 */
export async function catalogViolations(db: pg.Client, writes: SentWrite[]): Promise<string[]> {
  const problems: string[] = [];
  const items = (
    await db.query<ItemRow>(
      `SELECT id, status, category, level, proposed, reviewed_by AS "reviewedBy", reviewed_at::text AS "reviewedAt",
       review_reason AS "reviewReason", department, purpose, sharing FROM catalog_items ORDER BY id`,
    )
  ).rows;
  const audit = (
    await db.query<AuditEntry>(
      'SELECT seq::int AS seq, action, target, payload FROM audit_log ORDER BY seq',
    )
  ).rows;
  audit.forEach((entry, index) => {
    if (entry.seq !== index + 1)
      problems.push(`audit seq ${String(entry.seq)} at position ${String(index + 1)}`);
  });
  const of = (action: string): AuditEntry[] => audit.filter((entry) => entry.action === action);
  const reviews = of('catalog.review');
  const bulks = of('catalog.bulk_confirm');
  const patches = of('catalog.update');

  for (const item of items) {
    const problem = reviewProblem(item);
    if (problem !== undefined) problems.push(`item ${item.id}: ${problem}`);
    const target = `item:${item.id}`;
    const mine = reviews.filter((entry) => entry.target === target);
    const bulked = bulks.some((entry) => (entry.payload.ids as string[]).includes(item.id));
    if ((mine.length > 0 || bulked) !== (item.status !== 'pending'))
      problems.push(`item ${item.id}: status ${item.status} disagrees with its audit entries`);
    const last = mine.at(-1)?.payload.to as { category: string | null; level: string } | undefined;
    const expected = last ?? item.proposed;
    if (item.category !== expected.category || item.level !== expected.level)
      problems.push(`item ${item.id}: grade differs from its last audited review`);
    const reason =
      mine
        .map((entry) => entry.payload.reason as string | null)
        .filter((r) => r !== null)
        .at(-1) ?? null;
    if (item.reviewReason !== reason)
      problems.push(
        `item ${item.id}: reason ${String(item.reviewReason)} but last audited reason ${String(reason)}`,
      );
    const patch = patches.filter((entry) => entry.target === target).at(-1)?.payload;
    const filing = {
      department: patch?.department ?? '',
      purpose: patch?.purpose ?? '',
      sharing: patch?.sharing ?? false,
    };
    if (
      item.department !== filing.department ||
      item.purpose !== filing.purpose ||
      item.sharing !== filing.sharing
    ) {
      problems.push(`item ${item.id}: filing fields differ from its last audited update`);
    }
  }

  const versions = (
    await db.query<{ id: string; number: number; itemCount: number; frozen: number }>(
      `SELECT v.id, v.number, v.item_count AS "itemCount", (SELECT count(*)::int FROM catalog_version_items i WHERE i.version_id = v.id) AS frozen
     FROM catalog_versions v ORDER BY v.number`,
    )
  ).rows;
  versions.forEach((version, index) => {
    if (version.number !== index + 1)
      problems.push(
        `version numbers have a gap: ${String(version.number)} at position ${String(index + 1)}`,
      );
    if (version.itemCount !== version.frozen || version.frozen !== items.length) {
      problems.push(
        `version ${String(version.number)}: says ${String(version.itemCount)} items, holds ${String(version.frozen)}, catalog has ${String(items.length)}`,
      );
    }
  });
  const frozen = (
    await db.query<{ number: number; item: ReviewView & { id: string } }>(
      'SELECT v.number, i.item FROM catalog_version_items i JOIN catalog_versions v ON v.id = i.version_id',
    )
  ).rows;
  for (const row of frozen) {
    const problem = reviewProblem(row.item);
    if (problem !== undefined)
      problems.push(`version ${String(row.number)} item ${row.item.id}: ${problem}`);
  }
  const audited = of('catalog.version')
    .map((entry) => `${String(entry.payload.number)}:${String(entry.payload.itemCount)}`)
    .sort();
  const stored = versions
    .map((version) => `${String(version.number)}:${String(version.itemCount)}`)
    .sort();
  if (JSON.stringify(audited) !== JSON.stringify(stored))
    problems.push(`versions ${stored.join(',')} but audited ${audited.join(',')}`);

  checkAgainstWrites(problems, writes, {
    reviews,
    bulks,
    patches,
    versions: versions.map((version) => version.number),
  });
  return problems;
}

function checkAgainstWrites(
  problems: string[],
  writes: SentWrite[],
  stored: { reviews: AuditEntry[]; bulks: AuditEntry[]; patches: AuditEntry[]; versions: number[] },
): void {
  const refused = writes.filter((write) => write.outcome === 'refused');
  if (refused.length > 0)
    problems.push(
      `${String(refused.length)} writes were refused (e.g. ${refused[0]?.kind ?? ''}: ${refused[0]?.refusal ?? ''}): none should be`,
    );
  const byKind = (...kinds: WriteKind[]): SentWrite[] =>
    writes.filter((write) => kinds.includes(write.kind));
  between(problems, 'bulk confirms', stored.bulks.length, byKind('bulk'));
  between(problems, 'versions', stored.versions.length, byKind('freeze'));
  for (const write of byKind('freeze')) {
    if (write.outcome === 'acked' && !stored.versions.includes(write.versionNumber ?? -1))
      problems.push(`acknowledged version ${String(write.versionNumber)} is missing`);
  }
  const reviewed = tally(stored.reviews, (entry) => [entry.target]);
  const patched = tally(stored.patches, (entry) => [entry.target]);
  const touched = new Set(byKind('change', 'confirm', 'patch').flatMap((write) => write.itemIds));
  for (const id of touched) {
    const mine = (...kinds: WriteKind[]): SentWrite[] =>
      byKind(...kinds).filter((write) => write.itemIds.includes(id));
    between(
      problems,
      `reviews of ${id}`,
      reviewed.get(`item:${id}`) ?? 0,
      mine('change', 'confirm'),
    );
    between(problems, `updates of ${id}`, patched.get(`item:${id}`) ?? 0, mine('patch'));
  }
}
