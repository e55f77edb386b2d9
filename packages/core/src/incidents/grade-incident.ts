/**
 * Grades an incident from its facts (IR Plan annex, reference §3): the highest level any
 * criterion reaches, the criterion that decided it, and every criterion that matched, so the
 * officer sees why and the report can say so.
 */
import { GENERAL_CRITERION, GRADING_CRITERIA, type GradingCriterion } from './grading-criteria.ts';
import { checkIncidentFacts, type IncidentFacts } from './incident-facts.ts';
import { compareIncidentLevels, type IncidentLevel } from './incident-levels.ts';
import { resolveIncidentSettings, type IncidentSettings } from './incident-settings.ts';

/** A criterion that applied, with its text for the figures in force. */
export interface CriterionMatch {
  id: string;
  level: IncidentLevel;
  clause: string;
  confirmed: boolean;
  description: { zh: string; en: string };
}

/** The grade of an incident. */
export interface IncidentGrade {
  level: IncidentLevel;
  /** The first criterion (in the IR Plan's order) of the highest level met. */
  decidedBy: CriterionMatch;
  /** Every criterion met, highest level first; empty for a general incident. */
  matched: CriterionMatch[];
}

function toMatch(criterion: GradingCriterion, settings: IncidentSettings): CriterionMatch {
  return {
    id: criterion.id,
    level: criterion.level,
    clause: criterion.clause,
    confirmed: criterion.confirmed,
    description: criterion.describe(settings),
  };
}

/**
 * Grades `facts` with the reference's figures, or with `settings` overrides for the figures
 * the reference leaves unconfirmed. Throws `INCIDENT_FACTS_INVALID` or
 * `INCIDENT_SETTINGS_INVALID` for bad input.
 *
 * @example
 * gradeIncident({ ...facts, personalInfoPersons: 10_000_000 }).decidedBy.id; // 'IR-MAJOR-PI'
 */
export function gradeIncident(
  facts: IncidentFacts,
  settings: Partial<IncidentSettings> = {},
): IncidentGrade {
  checkIncidentFacts(facts);
  const resolved = resolveIncidentSettings(settings);
  const matched = GRADING_CRITERIA.filter((criterion) => criterion.applies(facts, resolved))
    .map((criterion) => toMatch(criterion, resolved))
    .sort((a, b) => compareIncidentLevels(b.level, a.level));
  const decidedBy = matched[0] ?? toMatch(GENERAL_CRITERION, resolved);
  return { level: decidedBy.level, decidedBy, matched };
}
