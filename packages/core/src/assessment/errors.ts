/** Stable codes of the risk assessment rules; the server maps each to an HTTP status. */
export const ASSESSMENT_ERROR_CODES = [
  'ASSESSMENT_CHECKLIST_INVALID',
  'ASSESSMENT_CHECKLIST_UNKNOWN',
  'ASSESSMENT_RISK_SCORE_INVALID',
  'ASSESSMENT_SETTINGS_INVALID',
] as const;

/** One of {@link ASSESSMENT_ERROR_CODES}. */
export type AssessmentErrorCode = (typeof ASSESSMENT_ERROR_CODES)[number];

/** The message of each code, Chinese first then English. */
export const ASSESSMENT_ERROR_MESSAGES: Record<AssessmentErrorCode, string> = {
  ASSESSMENT_CHECKLIST_INVALID: '评估检查单格式有误 / the assessment checklist is invalid',
  ASSESSMENT_CHECKLIST_UNKNOWN: '未知的评估检查单 / unknown assessment checklist',
  ASSESSMENT_RISK_SCORE_INVALID:
    '可能性和影响程度须为 1–5 的整数 / likelihood and impact must be whole numbers from 1 to 5',
  ASSESSMENT_SETTINGS_INVALID: '风险评估设置有误 / the risk assessment settings are invalid',
};

/**
 * A risk assessment rule was broken by the caller's input (a checklist file with a missing
 * title, a likelihood of 7 …). `message` is Chinese first, then English, plus the detail.
 */
export class AssessmentRuleError extends Error {
  readonly code: AssessmentErrorCode;

  constructor(code: AssessmentErrorCode, detail?: string) {
    const base = ASSESSMENT_ERROR_MESSAGES[code];
    super(detail === undefined ? base : `${base}: ${detail}`);
    this.name = 'AssessmentRuleError';
    this.code = code;
  }
}
