import { FEDERATION_ERROR_CODES } from '@shuan/core';

/**
 * Stable error codes of the HTTP API, declared per area. Every error body is
 * `{ error: { code, message, requestId } }`; clients translate by `code`. The server maps
 * every code to an HTTP status in one table that fails to compile when a code is missing.
 */
export const COMMON_ERROR_CODES = [
  'VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'INTERNAL_ERROR',
] as const;

/** Codes of login, sessions, CSRF and permissions. */
export const AUTH_ERROR_CODES = [
  'AUTH_REQUIRED',
  'AUTH_INVALID_CREDENTIALS',
  'AUTH_LOCKED',
  'AUTH_CSRF_FAILED',
  'FORBIDDEN',
] as const;

/** Codes of user and API-token management. */
export const USER_ERROR_CODES = [
  'USER_NOT_FOUND',
  'USER_EXISTS',
  'USER_SELF_LOCKOUT',
  'TOKEN_NOT_FOUND',
] as const;

/**
 * Codes of data sources. `SOURCE_*` codes other than these come from the connectors
 * (`SOURCE_UNREACHABLE`, `SOURCE_AUTH_FAILED` …) and answer 422.
 */
export const DATA_SOURCE_ERROR_CODES = [
  'DATA_SOURCE_NOT_FOUND',
  'DATA_SOURCE_TARGET_INVALID',
  'DATA_SOURCE_PATH_FORBIDDEN',
  'SOURCE_URL_INVALID',
  'SOURCE_UNREACHABLE',
  'SOURCE_AUTH_FAILED',
  'SOURCE_DB_NOT_FOUND',
  'SOURCE_NOT_FOUND',
  'SOURCE_PERMISSION_DENIED',
  'SOURCE_UNSUPPORTED',
  'SOURCE_READ_FAILED',
  'SECRET_UNREADABLE',
] as const;

/** Codes of scans. */
export const SCAN_ERROR_CODES = [
  'SCAN_NOT_FOUND',
  'SCAN_NOT_CANCELLABLE',
  'RULE_PACK_UNKNOWN',
] as const;

/** Codes of the catalog, its review and its versions. */
export const CATALOG_API_ERROR_CODES = [
  'CATALOG_ITEM_NOT_FOUND',
  'REVIEW_REASON_REQUIRED',
  'REVIEW_INVALID',
  'VERSION_NOT_FOUND',
] as const;

/**
 * Codes of the federation: the message and enrollment rules of core, plus those of the
 * transport and its admin API.
 */
export const FEDERATION_API_ERROR_CODES = [
  ...FEDERATION_ERROR_CODES,
  'FED_NODE_EXISTS',
  'FED_PEER_NOT_FOUND',
  'FED_TOKEN_NOT_FOUND',
  'FED_ALREADY_ENROLLED',
  'FED_NOT_ENROLLED',
  'FED_NOT_A_PARENT',
  'FED_PARENT_UNREACHABLE',
  'FED_PARENT_REFUSED',
  'FED_KEY_ROTATION_PENDING',
] as const;

/**
 * Codes of the province's enterprise registry. The `ENTERPRISE_*_INVALID` / `_UNKNOWN`
 * codes are the field codes of `validateEnterprise` in @shuan/tools.
 */
export const REGISTRY_ERROR_CODES = [
  'ENTERPRISE_NOT_FOUND',
  'ENTERPRISE_EXISTS',
  'ENTERPRISE_USCC_INVALID',
  'ENTERPRISE_NAME_INVALID',
  'ENTERPRISE_REGION_UNKNOWN',
  'ENTERPRISE_INDUSTRY_UNKNOWN',
  'ENTERPRISE_SIZE_INVALID',
  'ENTERPRISE_KEY_FLAG_INVALID',
  'ENTERPRISE_CONTACT_INVALID',
  'REGION_NOT_FOUND',
] as const;

/** Codes of the catalog filing loop (enterprise filings and the province's review queue). */
export const FILING_ERROR_CODES = [
  'FILING_NOT_FOUND',
  'FILING_PROFILE_MISSING',
  'FILING_PENDING',
  'FILING_NO_BASE',
  'FILING_EMPTY',
  'FILING_NOT_PENDING',
  'FILING_RETURN_REASON_REQUIRED',
  'FILING_ITEM_UNKNOWN',
] as const;

/** Codes of rule packs travelling down and the national view (docs/federation.md). */
export const RULE_PACK_FEDERATION_ERROR_CODES = [
  'RULE_PACK_INVALID',
  'RULE_PACK_VERSION_NOT_NEWER',
  'RULE_PACK_NOT_PUBLISHER',
  'NATIONAL_VIEW_MINISTRY_ONLY',
] as const;

/**
 * Codes of the yearly risk assessment and the cross-border self-check
 * (docs/risk-assessment.md); the `ASSESSMENT_*` / `CROSS_BORDER_*` rule codes come from core.
 */
export const ASSESSMENT_ERROR_CODES = [
  'ASSESSMENT_NOT_FOUND',
  'ASSESSMENT_REPORT_NOT_FOUND',
  'ASSESSMENT_NOT_DRAFT',
  'ASSESSMENT_NOT_COMPLETED',
  'ASSESSMENT_ALREADY_FILED',
  'ASSESSMENT_CHECKLIST_ITEM_UNKNOWN',
  'ASSESSMENT_CHECKLIST_INCOMPLETE',
  'ASSESSMENT_CONCLUSION_REQUIRED',
  'ASSESSMENT_EVIDENCE_TOO_LARGE',
  'ASSESSMENT_EVIDENCE_NOT_FOUND',
  'ASSESSMENT_FINDING_NOT_FOUND',
  'ASSESSMENT_RISK_NOT_FOUND',
  'ASSESSMENT_CATALOG_ITEM_UNKNOWN',
  'ASSESSMENT_PDF_FONT_MISSING',
  'ASSESSMENT_RISK_SCORE_INVALID',
  'ASSESSMENT_CHECKLIST_INVALID',
  'ASSESSMENT_CHECKLIST_UNKNOWN',
  'ASSESSMENT_CHECKLIST_NOT_FOUND',
  'ASSESSMENT_CHECKLIST_VERSION_NOT_NEWER',
  'ASSESSMENT_CHECKLIST_NOT_PUBLISHER',
  'ASSESSMENT_SETTINGS_INVALID',
  'CROSS_BORDER_FACTS_INVALID',
] as const;

/** Codes of incidents and risk reports (docs/incidents-and-assessment.md). */
export const INCIDENT_API_ERROR_CODES = [
  'INCIDENT_NOT_FOUND',
  'INCIDENT_LEVEL_LOWERING_FORBIDDEN',
  'INCIDENT_LEVEL_UNKNOWN',
  'INCIDENT_FACTS_INVALID',
  'INCIDENT_SETTINGS_INVALID',
  'INCIDENT_CLOSED',
  'INCIDENT_NOT_CLOSED',
  'INCIDENT_REPORT_NOT_REQUIRED',
  'INCIDENT_REPORT_ALREADY_SENT',
  'INCIDENT_INITIAL_REPORT_FIRST',
  'INCIDENT_SUMMARY_REQUIRED',
  'INCIDENT_CATALOG_ITEM_UNKNOWN',
  'RECEIVED_INCIDENT_NOT_FOUND',
] as const;

/** Codes of warnings and notices (docs/warnings.md). */
export const WARNING_ERROR_CODES = [
  'WARNING_NOT_ISSUER',
  'WARNING_NOT_FOUND',
  'WARNING_AUDIENCE_INVALID',
  'WARNING_INDICATOR_INVALID',
  'WARNING_DEADLINE_INVALID',
  'WARNING_NOTHING_TO_CHASE',
] as const;

/** Every error code of the API. */
export const API_ERROR_CODES = [
  ...COMMON_ERROR_CODES,
  ...AUTH_ERROR_CODES,
  ...USER_ERROR_CODES,
  ...DATA_SOURCE_ERROR_CODES,
  ...SCAN_ERROR_CODES,
  ...CATALOG_API_ERROR_CODES,
  ...FEDERATION_API_ERROR_CODES,
  ...REGISTRY_ERROR_CODES,
  ...FILING_ERROR_CODES,
  ...RULE_PACK_FEDERATION_ERROR_CODES,
  ...INCIDENT_API_ERROR_CODES,
  ...ASSESSMENT_ERROR_CODES,
  ...WARNING_ERROR_CODES,
] as const;

/** One of {@link API_ERROR_CODES}. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
