import {
  BUILTIN_CHECKLIST_IDS,
  builtinChecklist,
  parseAssessmentChecklist,
  pickCurrentChecklist,
  type AssessmentChecklist,
} from '@shuan/core';
import {
  assessmentChecklistsRepository,
  type ChecklistVersionRow,
  type Queryable,
} from '@shuan/db';
import { canonicalJson, sm3 } from '@shuan/tools';

/** The SM3 of a checklist's canonical JSON: what `checklist.publish` carries and nodes show. */
export function checklistDigest(checklist: unknown): string {
  return sm3(canonicalJson(checklist));
}

/** The checklist a node's next assessment uses, and where it comes from. */
export interface CurrentChecklist {
  checklist: AssessmentChecklist;
  /** The held version (published here or received); undefined for a built-in file. */
  row: ChecklistVersionRow | undefined;
}

/**
 * The checklist of this node's next assessment (core `pickCurrentChecklist`): the newest
 * usable version of each id it holds or bundles, then the one published last. Existing
 * assessments keep the snapshot they started with.
 */
export async function currentChecklist(db: Queryable): Promise<CurrentChecklist> {
  const held = await assessmentChecklistsRepository.newestOfEach(db);
  const candidates = [
    ...BUILTIN_CHECKLIST_IDS.map((id) => {
      const checklist = builtinChecklist(id);
      return { checklistId: id, version: checklist.version, publishedAt: null, checklist };
    }),
    ...held.map((row) => ({
      checklistId: row.checklistId,
      version: row.version,
      publishedAt: row.publishedAt.toISOString(),
      row,
    })),
  ];
  const picked = pickCurrentChecklist(candidates);
  if (picked === undefined) throw new Error('no built-in checklist');
  if ('checklist' in picked) return { checklist: picked.checklist, row: undefined };
  // Checked when it arrived (or was published); parsed again to type it.
  const checklist = parseAssessmentChecklist(picked.row.checklist, picked.row.checklistId);
  return { checklist, row: picked.row };
}

/** True for the id of a checklist built into the software. */
export function isBuiltinChecklist(id: string): boolean {
  return (BUILTIN_CHECKLIST_IDS as readonly string[]).includes(id);
}
