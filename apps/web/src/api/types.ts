/**
 * Every API shape the web app uses, in one file: each is `z.infer` of its zod schema in
 * `@shuan/contracts`, the only definition of a boundary type. Type-only imports, so zod and
 * the schemas never reach the browser bundle.
 */
import type { z } from 'zod';
import type {
  ApiErrorCode,
  ApiTokenSchema,
  AuditEntrySchema,
  AuditVerifyResponseSchema,
  BulkReviewRequestSchema,
  BulkReviewResponseSchema,
  CatalogItemSchema,
  CatalogItemSummarySchema,
  CatalogVersionDiffSchema,
  CatalogVersionSchema,
  CreateCatalogVersionRequestSchema,
  CreateDataSourceRequestSchema,
  CreateTokenRequestSchema,
  CreateTokenResponseSchema,
  CreateUserRequestSchema,
  CurrentUserSchema,
  DataSourceSchema,
  FilingFieldsSchema,
  LoginRequestSchema,
  MeResponseSchema,
  OverviewResponseSchema,
  ReviewCatalogItemRequestSchema,
  ScanFindingSchema,
  ScanSchema,
  StartScanRequestSchema,
  TestDataSourceResponseSchema,
  UpdateCatalogItemRequestSchema,
  UpdateUserRequestSchema,
  UserSchema,
} from '@shuan/contracts';
import type {
  FederationStatusSchema,
  RefusedMessageListSchema,
  NationalOverviewSchema,
  RegulatorMapSchema,
  RegulatorOverviewSchema,
  RegulatorTargetsSchema,
  NodeDirectorySchema,
  RulePackVersionListSchema,
  ChecklistVersionListSchema,
  PublishedChecklistSchema,
} from '@shuan/contracts';

import type { OverdueRefilingSchema, RefilingTotalsSchema } from '@shuan/contracts';
import type {
  AssessmentSummaryViewSchema,
  NationalAssessmentSummariesSchema,
  ReviewReceivedAssessmentRequestSchema,
  SentAssessmentSummarySchema,
} from '@shuan/contracts';
import type {
  DeadlineStateSchema,
  FilingDetailSchema,
  FilingProfileSchema,
  FilingReviewDetailSchema,
  FilingReviewSchema,
  FilingSchema,
  ReceivedRefilingSchema,
  RefilingStatusSchema,
  ReviewFilingRequestSchema,
} from '@shuan/contracts';

export type { ApiErrorCode };

/** A paginated list answer: `{ items, total, page, pageSize }` (contracts' `pageOf`). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type CurrentUser = z.infer<typeof CurrentUserSchema>;
export type Session = z.infer<typeof MeResponseSchema>;
export type LoginRequest = z.infer<typeof LoginRequestSchema>;
export type Role = CurrentUser['role'];

export type User = z.infer<typeof UserSchema>;
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;

export type ApiToken = z.infer<typeof ApiTokenSchema>;
export type CreateTokenRequest = z.infer<typeof CreateTokenRequestSchema>;
/** The create answer: the only time the secret is shown. */
export type CreatedToken = z.infer<typeof CreateTokenResponseSchema>;

export type Source = z.infer<typeof DataSourceSchema>;
export type SourceKind = Source['kind'];
export type CreateSourceRequest = z.infer<typeof CreateDataSourceRequestSchema>;
export type TestSourceResponse = z.infer<typeof TestDataSourceResponseSchema>;

export type Scan = z.infer<typeof ScanSchema>;
export type ScanStatus = Scan['status'];
export type CreateScanRequest = z.infer<typeof StartScanRequestSchema>;
export type ScanFinding = z.infer<typeof ScanFindingSchema>;

export type CatalogItem = z.infer<typeof CatalogItemSchema>;
/** An item as the catalog list returns it: no columns, their number instead. */
export type CatalogItemSummary = z.infer<typeof CatalogItemSummarySchema>;
export type Level = CatalogItem['level'];
export type CategoryCode = NonNullable<CatalogItem['category']>;
export type ItemStatus = CatalogItem['status'];
export type ItemColumn = CatalogItem['columns'][number];
export type FilingFields = z.infer<typeof FilingFieldsSchema>;
export type UpdateFilingRequest = z.infer<typeof UpdateCatalogItemRequestSchema>;
export type ReviewRequest = z.infer<typeof ReviewCatalogItemRequestSchema>;
export type BulkReviewResponse = z.infer<typeof BulkReviewResponseSchema>;
export type BulkReviewRequest = z.infer<typeof BulkReviewRequestSchema>;
export type FreezeVersionRequest = z.input<typeof CreateCatalogVersionRequestSchema>;

export type CatalogVersion = z.infer<typeof CatalogVersionSchema>;
export type VersionDiff = z.infer<typeof CatalogVersionDiffSchema>;
export type DiffEntry = VersionDiff['added'][number];

export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditVerifyResponse = z.infer<typeof AuditVerifyResponseSchema>;

export type Overview = z.infer<typeof OverviewResponseSchema>;

// Federation views (rule packs, node directory, national view): a separate type import so
// that the list above stays as it was.
export type NationalOverview = z.infer<typeof NationalOverviewSchema>;
export type RegulatorOverview = z.infer<typeof RegulatorOverviewSchema>;
export type RegulatorMap = z.infer<typeof RegulatorMapSchema>;
export type RegulatorTargets = z.infer<typeof RegulatorTargetsSchema>;
export type ProvinceSummary = NationalOverview['provinces'][number];
export type NodeDirectory = z.infer<typeof NodeDirectorySchema>;
export type NodeDirectoryEntry = NodeDirectory['items'][number];
export type RulePackVersionList = z.infer<typeof RulePackVersionListSchema>;
/** Assessment checklist versions (`/assessment-checklists`). */
export type ChecklistVersionList = z.infer<typeof ChecklistVersionListSchema>;
export type PublishedChecklist = z.infer<typeof PublishedChecklistSchema>;
export type FederationStatus = z.infer<typeof FederationStatusSchema>;
export type NodeRole = FederationStatus['role'];
/** Dead letters of some types (`/federation/refused`). */
export type RefusedMessageList = z.infer<typeof RefusedMessageListSchema>;

// The filing loop (enterprise filings and the province's review queue).
export type FilingProfile = z.infer<typeof FilingProfileSchema>;
export type Filing = z.infer<typeof FilingSchema>;
export type FilingDetail = z.infer<typeof FilingDetailSchema>;
export type FilingItemView = FilingDetail['items'][number];
export type FilingReview = z.infer<typeof FilingReviewSchema>;
export type FilingReviewDetail = z.infer<typeof FilingReviewDetailSchema>;
export type ReviewFilingRequest = z.input<typeof ReviewFilingRequestSchema>;
export type DeadlineState = z.infer<typeof DeadlineStateSchema>;
// Re-filing after a material change: the enterprise's status and the province's list.
export type RefilingStatus = z.infer<typeof RefilingStatusSchema>;
export type ReceivedRefiling = z.infer<typeof ReceivedRefilingSchema>;
// The ministry's view of the provinces' re-filings (national overview and overdue list).
export type RefilingTotals = z.infer<typeof RefilingTotalsSchema>;
export type NationalRefilings = NationalOverview['refilings'];
export type OverdueRefiling = z.infer<typeof OverdueRefilingSchema>;
// The province's review of received assessments, its yearly summary to the ministry, and the
// ministry's view of the provinces' summaries.
export type ReviewReceivedAssessmentRequest = z.input<typeof ReviewReceivedAssessmentRequestSchema>;
export type AssessmentSummaryView = z.infer<typeof AssessmentSummaryViewSchema>;
export type AssessmentYearSummary = AssessmentSummaryView['current'];
export type SentAssessmentSummary = z.infer<typeof SentAssessmentSummarySchema>;
export type NationalAssessmentSummaries = z.infer<typeof NationalAssessmentSummariesSchema>;
export type NationalAssessmentSummary = NationalAssessmentSummaries['items'][number];
