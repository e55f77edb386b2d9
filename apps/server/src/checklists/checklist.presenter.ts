import type { ChecklistVersionSchema } from '@shuan/contracts';
import { BUILTIN_CHECKLIST_IDS, builtinChecklist, type ChecklistText } from '@shuan/core';
import type { ChecklistVersionRow } from '@shuan/db';
import type { z } from 'zod';
import { checklistDigest, type CurrentChecklist } from './current-checklist.ts';

type ChecklistVersion = z.infer<typeof ChecklistVersionSchema>;

let builtins: ChecklistVersion[] | undefined;

/** The built-in checklists as list entries (digests computed once). */
function builtinVersions(): ChecklistVersion[] {
  builtins ??= BUILTIN_CHECKLIST_IDS.map((id) => {
    const checklist = builtinChecklist(id);
    return {
      checklistId: id,
      version: checklist.version,
      title: checklist.title,
      itemCount: checklist.items.length,
      sm3: checklistDigest(checklist),
      origin: 'builtin' as const,
      publishedBy: null,
      publishedAt: null,
      publishedUser: null,
      receivedFrom: null,
      current: false,
      problem: null,
      createdAt: null,
    };
  });
  return builtins;
}

/** A held body's title and item count; a broken received body shows its id. */
function summaryOf(row: ChecklistVersionRow): { title: ChecklistText; itemCount: number } {
  const title = row.checklist['title'] as Partial<ChecklistText> | undefined;
  const items = row.checklist['items'];
  return {
    title:
      typeof title?.zh === 'string' && typeof title.en === 'string'
        ? { zh: title.zh, en: title.en }
        : { zh: row.checklistId, en: row.checklistId },
    itemCount: Array.isArray(items) ? items.length : 0,
  };
}

/** One held version as the API shows it. */
export function presentChecklistRow(row: ChecklistVersionRow, current: boolean): ChecklistVersion {
  return {
    checklistId: row.checklistId,
    version: row.version,
    ...summaryOf(row),
    sm3: row.sm3,
    origin: row.origin,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt.toISOString(),
    publishedUser: row.publishedUser,
    receivedFrom: row.receivedFrom,
    current,
    problem: row.problem,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * `GET /assessment-checklists`: the checklist the next assessment uses, then every version
 * held (usable or not) and the built-in files, by id, the current one first.
 */
export function presentChecklistList(
  current: CurrentChecklist,
  held: ChecklistVersionRow[],
): {
  current: { checklistId: string; version: string; title: ChecklistText };
  items: ChecklistVersion[];
} {
  const isCurrent = (origin: string, id: string, version: string): boolean =>
    (origin === 'builtin') === (current.row === undefined) &&
    id === current.checklist.id &&
    version === current.checklist.version;
  const items = [
    ...held.map((row) =>
      presentChecklistRow(
        row,
        row.problem === null && isCurrent(row.origin, row.checklistId, row.version),
      ),
    ),
    ...builtinVersions().map((entry) => ({
      ...entry,
      current: isCurrent('builtin', entry.checklistId, entry.version),
    })),
  ].sort(
    (a, b) => Number(b.current) - Number(a.current) || a.checklistId.localeCompare(b.checklistId),
  );
  return {
    current: {
      checklistId: current.checklist.id,
      version: current.checklist.version,
      title: current.checklist.title,
    },
    items,
  };
}
