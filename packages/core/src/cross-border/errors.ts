/** Stable codes of the cross-border rules; the server maps each to an HTTP status. */
export const CROSS_BORDER_ERROR_CODES = ['CROSS_BORDER_FACTS_INVALID'] as const;

/** One of {@link CROSS_BORDER_ERROR_CODES}. */
export type CrossBorderErrorCode = (typeof CROSS_BORDER_ERROR_CODES)[number];

/** The message of each code, Chinese first then English. */
export const CROSS_BORDER_ERROR_MESSAGES: Record<CrossBorderErrorCode, string> = {
  CROSS_BORDER_FACTS_INVALID:
    '数据出境自查信息有误 / the cross-border self-check facts are invalid',
};

/** The self-check was given impossible facts (a negative count, an unknown exemption …). */
export class CrossBorderRuleError extends Error {
  readonly code: CrossBorderErrorCode;

  constructor(code: CrossBorderErrorCode, detail?: string) {
    const base = CROSS_BORDER_ERROR_MESSAGES[code];
    super(detail === undefined ? base : `${base}: ${detail}`);
    this.name = 'CrossBorderRuleError';
    this.code = code;
  }
}
