/**
 * The checklists that ship with Shu'an, loaded with the module (a JSON import is data, not
 * I/O at use time) and validated once on first use.
 */
import riskAssessment2024 from '../../checklists/risk-assessment-2024.json' with { type: 'json' };
import { parseAssessmentChecklist, type AssessmentChecklist } from './checklist.ts';
import { AssessmentRuleError } from './errors.ts';

/** Ids of the built-in checklists; the first is the default for a new assessment. */
export const BUILTIN_CHECKLIST_IDS = ['risk-assessment-2024'] as const;

/** A built-in checklist id. */
export type BuiltinChecklistId = (typeof BUILTIN_CHECKLIST_IDS)[number];

const RAW: Record<BuiltinChecklistId, unknown> = { 'risk-assessment-2024': riskAssessment2024 };
const cache = new Map<string, AssessmentChecklist>();

/**
 * A built-in checklist, validated. Throws `ASSESSMENT_CHECKLIST_UNKNOWN` for another id.
 *
 * @example builtinChecklist('risk-assessment-2024').items.length // 8
 */
export function builtinChecklist(id: string = BUILTIN_CHECKLIST_IDS[0]): AssessmentChecklist {
  const known = (BUILTIN_CHECKLIST_IDS as readonly string[]).includes(id);
  if (!known) {
    throw new AssessmentRuleError(
      'ASSESSMENT_CHECKLIST_UNKNOWN',
      `${id}（可用 / available: ${BUILTIN_CHECKLIST_IDS.join(', ')}）`,
    );
  }
  let checklist = cache.get(id);
  if (checklist === undefined) {
    checklist = parseAssessmentChecklist(RAW[id as BuiltinChecklistId], `${id}.json`);
    cache.set(id, checklist);
  }
  return structuredClone(checklist);
}
