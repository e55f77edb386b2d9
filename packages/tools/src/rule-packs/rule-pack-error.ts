/** Stable codes of rule-pack failures; the CLI and the server translate them. */
export type RulePackErrorCode = 'RULE_PACK_UNKNOWN' | 'RULE_PACK_UNREADABLE' | 'RULE_PACK_INVALID';

/** A rule pack that cannot be found, read or accepted. The message is bilingual. */
export class RulePackError extends Error {
  readonly code: RulePackErrorCode;

  constructor(code: RulePackErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RulePackError';
    this.code = code;
  }
}
