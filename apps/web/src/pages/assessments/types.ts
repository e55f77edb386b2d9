/** Shapes of the risk assessment API as the pages use them (contracts: assessments.schema.ts). */
export type Band = 'low' | 'medium' | 'high' | 'critical';
export type AnswerStatus = 'pending' | 'compliant' | 'partial' | 'non-compliant' | 'not-applicable';
export type RiskStatus = 'open' | 'in-progress' | 'done' | 'accepted';

export interface AssessmentDates {
  filingDueBy: string;
  filingOverdue: boolean;
  validUntil: string;
  validity: 'valid' | 'expiring-soon' | 'expired';
  reminders: { daysBefore: number; on: string; due: boolean }[];
}

export interface AssessmentSummary {
  id: string;
  year: number;
  title: string;
  status: 'draft' | 'completed';
  checklistId: string;
  checklistVersion: string;
  scopeCount: number;
  completedOn: string | null;
  filedAt: string | null;
  dates: AssessmentDates | null;
  createdAt: string;
}

export interface TeamMember {
  name: string;
  role: string;
  organization: string;
}

export interface AssessmentFacts {
  totals: { important: number; core: number; rows: number };
  unprotectedItems: { itemId: string; table: string; level: string }[];
  sourcesNeverScanned: { id: string; name: string }[];
  logRetention: { oldestEntryAt: string | null; months: number; shortOfSixMonths: boolean };
  crossBorderWithoutBasis: { itemId: string; table: string; level: string }[];
  overdueFilings: { id: string }[] | null;
}

export interface ChecklistEntry {
  itemId: string;
  title: { zh: string; en: string };
  guidance: { zh: string; en: string };
  reference: string;
  status: AnswerStatus;
  notes: string;
  catalogItemIds: string[];
  links: string[];
  evidence: { id: string; fileName: string; sizeBytes: number }[];
}

export interface Finding {
  id: string;
  checklistItemId: string | null;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  score: number;
  band: Band;
}

export interface RiskEntry {
  id: string;
  findingId: string | null;
  title: string;
  owner: string;
  measures: string;
  remediationDue: string;
  status: RiskStatus;
  overdue: boolean;
}

export interface AssessmentDetail extends AssessmentSummary {
  team: TeamMember[];
  facts: AssessmentFacts;
  conclusion: string;
  measures: string;
  filedReceiver: string | null;
  checklist: ChecklistEntry[];
  findings: Finding[];
  risks: RiskEntry[];
  distribution: Record<Band, number>;
}

export interface ReceivedAssessment {
  id: string;
  sender: string;
  tenant: boolean;
  uscc: string;
  name: string;
  year: number;
  completedOn: string;
  validUntil: string;
  validity: AssessmentDates['validity'];
  conclusion: string;
  distribution: Record<Band, number>;
  findingCount: number;
  openRisks: number;
  checklistId: string;
  checklistVersion: string;
  receivedAt: string;
  /** When the province passed it on to the ministry (null: not yet, or on the ministry). */
  forwardedAt: string | null;
  /** The province's review (审核): null until reviewed. */
  review: AssessmentReview | null;
}

/** The outcome of a province's review of a received report. */
export type ReviewOutcome = 'accepted' | 'needs-rework';

export interface AssessmentReview {
  outcome: ReviewOutcome;
  note: string | null;
  by: string;
  at: string;
}

export const BAND_COLOURS: Record<Band, string> = {
  low: 'green',
  medium: 'gold',
  high: 'orange',
  critical: 'red',
};
