import type { CategoryCode, LabelCode, Level } from '../taxonomy/index.ts';

/** Review state of a catalog item: `pending` until a person confirms or changes it. */
export const REVIEW_STATUSES = ['pending', 'confirmed', 'changed'] as const;

/** One of {@link REVIEW_STATUSES}. */
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What the latest scan proposed for an item, with the reasons the rule pack gave. */
export interface Proposal {
  category: CategoryCode | null;
  level: Level;
  reasons: string[];
  scanId: string;
}

/** A column of a catalog item as the latest scan saw it. */
export interface CatalogColumn {
  name: string;
  dataType: string;
  comment?: string;
  labels: LabelCode[];
  category: CategoryCode | null;
  level: Level;
}

/** Facts about a table that every scan refreshes; they are observations, not decisions. */
export interface ScannedFacts {
  comment: string | null;
  pi: boolean;
  sensitivePi: boolean;
  labels: LabelCode[];
  rows: number | null;
  sizeBytes: number | null;
  columns: CatalogColumn[];
}

/**
 * The fields the important/core data filing asks for beyond category and level
 * (Measures Art. 12; reference §9 "Filing form"): owning department, processing purpose,
 * storage location, sharing and cross-border flags, protection measures, responsible person.
 */
export interface FilingFields {
  department: string;
  purpose: string;
  storageLocation: string;
  sharing: boolean;
  crossBorder: boolean;
  protection: string;
  responsiblePerson: string;
}

/** The reviewed decision on an item and who made it. */
export interface ReviewState {
  category: CategoryCode | null;
  level: Level;
  status: ReviewStatus;
  hasProposalDiff: boolean;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewReason: string | null;
}

/** One data item of the catalog: a table or file of a source, with its decision. */
export interface CatalogItem extends ScannedFacts, FilingFields, ReviewState {
  id: string;
  sourceId: string;
  table: string;
  proposed: Proposal;
}
