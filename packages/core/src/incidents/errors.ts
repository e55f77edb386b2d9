/** Stable codes of the incident and risk-report rules; the server maps each to an HTTP status. */
export const INCIDENT_ERROR_CODES = [
  'INCIDENT_LEVEL_LOWERING_FORBIDDEN',
  'INCIDENT_LEVEL_UNKNOWN',
  'INCIDENT_FACTS_INVALID',
  'INCIDENT_SETTINGS_INVALID',
] as const;

/** One of {@link INCIDENT_ERROR_CODES}. */
export type IncidentErrorCode = (typeof INCIDENT_ERROR_CODES)[number];

/**
 * The message of each code, Chinese first then English. A table, so a new code does not
 * compile until it has its text.
 */
export const INCIDENT_ERROR_MESSAGES: Record<IncidentErrorCode, string> = {
  INCIDENT_LEVEL_LOWERING_FORBIDDEN:
    '事件级别只能调高，不能低于按标准计算的级别 / an incident level may be raised, never set below the level the criteria give',
  INCIDENT_LEVEL_UNKNOWN: '未知的事件级别 / unknown incident level',
  INCIDENT_FACTS_INVALID: '事件信息有误 / the incident facts are invalid',
  INCIDENT_SETTINGS_INVALID:
    '事件分级或时限设置有误 / the incident grading or deadline settings are invalid',
};

/**
 * An incident rule was broken by the caller's input (a negative person count, settings whose
 * thresholds are out of order …). `message` is Chinese first, then English; `code` is what
 * clients translate.
 */
export class IncidentRuleError extends Error {
  readonly code: IncidentErrorCode;

  constructor(code: IncidentErrorCode, detail?: string) {
    const base = INCIDENT_ERROR_MESSAGES[code];
    super(detail === undefined ? base : `${base}: ${detail}`);
    this.name = 'IncidentRuleError';
    this.code = code;
  }
}
