/** Stable codes of the catalog rules; the server maps each to an HTTP status. */
export const CATALOG_ERROR_CODES = ['REVIEW_REASON_REQUIRED', 'REVIEW_INVALID'] as const;

/** One of {@link CATALOG_ERROR_CODES}. */
export type CatalogErrorCode = (typeof CATALOG_ERROR_CODES)[number];

/**
 * A catalog rule was broken (a regrade without a reason …). `message` is Chinese first,
 * then English; `code` is what clients translate.
 */
export class CatalogRuleError extends Error {
  readonly code: CatalogErrorCode;

  constructor(code: CatalogErrorCode, message: string) {
    super(message);
    this.name = 'CatalogRuleError';
    this.code = code;
  }
}
