/**
 * Which checklist version a node's next assessment uses. A node holds the built-in checklists
 * and every version a province or the ministry published to it; each checklist id has one
 * publisher, and a publisher's versions of an id only grow. docs/risk-assessment.md
 * § Checklist versions.
 */

/**
 * Orders two checklist versions (`major.minor.patch`): negative when `a` is older, 0 when
 * equal, positive when newer. Compared as numbers, so `1.10.0` is newer than `1.9.0`.
 *
 * @example compareChecklistVersions('1.9.0', '1.10.0') // < 0
 */
export function compareChecklistVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** A checklist version a node could start an assessment with. */
export interface ChecklistCandidate {
  checklistId: string;
  version: string;
  /** When its publisher published it (ISO 8601); null for a checklist built into the software. */
  publishedAt: string | null;
}

/**
 * The checklist of a node's next assessment: the newest version of each checklist id, then,
 * of those, the one published last (a built-in file counts as published before any other).
 * So a ministry's new version of the 2024 checklist replaces the built-in one, and a
 * province's own checklist published after it is what its enterprises use until the next
 * publication. Ordering by publication time, not by arrival, gives every node of a subtree
 * the same answer, whatever order a late-enrolling child received them in. Undefined for
 * no candidates.
 *
 * @example pickCurrentChecklist([builtin2024, ministry2024v110]) // ministry2024v110
 */
export function pickCurrentChecklist<T extends ChecklistCandidate>(
  candidates: readonly T[],
): T | undefined {
  const newestOfEach = new Map<string, T>();
  for (const candidate of candidates) {
    const held = newestOfEach.get(candidate.checklistId);
    if (held === undefined || compareChecklistVersions(candidate.version, held.version) > 0)
      newestOfEach.set(candidate.checklistId, candidate);
  }
  let current: T | undefined;
  for (const candidate of newestOfEach.values()) {
    if (current === undefined || publishedLater(candidate, current)) current = candidate;
  }
  return current;
}

function publishedLater(a: ChecklistCandidate, b: ChecklistCandidate): boolean {
  const at = a.publishedAt === null ? -Infinity : Date.parse(a.publishedAt);
  const bt = b.publishedAt === null ? -Infinity : Date.parse(b.publishedAt);
  // Same instant (or two built-ins): the id that sorts first, so the answer is stable.
  return at === bt ? a.checklistId < b.checklistId : at > bt;
}
