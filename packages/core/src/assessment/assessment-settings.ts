/**
 * The figures of the yearly risk assessment (Measures Art. 31; RA Rules; reference §0 item 7
 * and §2), as one typed settings object with the reference's values as defaults, and the list
 * of those the reference leaves open so the web app can say so on screen.
 */
import type { UnconfirmedSetting } from '../incidents/index.ts';
import { AssessmentRuleError } from './errors.ts';

/** Periods of the assessment cycle and the risk matrix bands. */
export interface AssessmentSettings {
  /** The report reaches the province within this many working days of completion. */
  filingWorkingDays: number;
  /** The result is valid this many months from the report's first issue. [confirmed: 1 year] */
  validityMonths: number;
  /** Reminders this many calendar days before validity ends (platform choice, not a rule). */
  reminderDaysBeforeExpiry: readonly number[];
  /** Lowest score of each band on the 5 × 5 matrix (platform choice, see risk-matrix.ts). */
  mediumRiskMinScore: number;
  highRiskMinScore: number;
  criticalRiskMinScore: number;
}

/** The reference's values, and the platform's choices where the rules say nothing. */
export const DEFAULT_ASSESSMENT_SETTINGS: Readonly<AssessmentSettings> = Object.freeze({
  filingWorkingDays: 10,
  validityMonths: 12,
  reminderDaysBeforeExpiry: Object.freeze([60, 30, 7]),
  mediumRiskMinScore: 5,
  highRiskMinScore: 10,
  criticalRiskMinScore: 20,
});

/** The assessment figures that await confirmation. */
export const ASSESSMENT_UNCONFIRMED_SETTINGS: readonly UnconfirmedSetting[] = [
  {
    area: 'assessment',
    key: 'filingWorkingDays',
    defaultValue: DEFAULT_ASSESSMENT_SETTINGS.filingWorkingDays,
    unit: 'working-days',
    reference: 'regulations.md §2; open item 3',
    note: {
      zh: 'FreeBuf 称“10个工作日”，4hou 称“10日内”；原文措辞待核实',
      en: 'FreeBuf says "10 working days", 4hou "within 10 days"; the official wording is still to be checked',
    },
  },
];

/**
 * The defaults with `overrides` applied, checked: whole positive periods, reminders between 1
 * and 365 days, and bands rising within 2–25. Throws `ASSESSMENT_SETTINGS_INVALID`.
 */
export function resolveAssessmentSettings(
  overrides: Partial<AssessmentSettings> = {},
): AssessmentSettings {
  const s: AssessmentSettings = { ...DEFAULT_ASSESSMENT_SETTINGS, ...overrides };
  const whole = (n: number, min: number, max: number) =>
    Number.isInteger(n) && n >= min && n <= max;
  const problems = [
    !whole(s.filingWorkingDays, 1, 365) && 'filingWorkingDays',
    !whole(s.validityMonths, 1, 120) && 'validityMonths',
    !s.reminderDaysBeforeExpiry.every((d) => whole(d, 1, 365)) && 'reminderDaysBeforeExpiry',
    !(
      whole(s.mediumRiskMinScore, 2, 25) &&
      whole(s.highRiskMinScore, 2, 25) &&
      whole(s.criticalRiskMinScore, 2, 25) &&
      s.mediumRiskMinScore < s.highRiskMinScore &&
      s.highRiskMinScore < s.criticalRiskMinScore
    ) && 'mediumRiskMinScore < highRiskMinScore < criticalRiskMinScore',
  ].filter((problem) => problem !== false);
  if (problems.length > 0) {
    throw new AssessmentRuleError('ASSESSMENT_SETTINGS_INVALID', problems.join(', '));
  }
  return s;
}
