/** Shapes of the warning API (packages/contracts/src/api/warnings.schema.ts). */
export const WARNING_LEVELS = ['red', 'orange', 'yellow', 'blue'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];
export const WARNING_TYPES = ['threat', 'vulnerability', 'incident', 'policy', 'other'] as const;
export const INDICATOR_KINDS = ['ip', 'domain', 'hash', 'product'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export const AUDIENCE_KINDS = ['all', 'industry', 'region', 'key', 'named'] as const;
export type RecipientState = 'undeliverable' | 'delivered' | 'acknowledged' | 'answered';

export interface Indicator {
  kind: IndicatorKind;
  value: string;
  note?: string;
}

export interface Warning {
  id: string;
  origin: 'issued' | 'received';
  issuedBy: string;
  issuerName: string;
  issuedAt: string;
  level: WarningLevel;
  type: string;
  title: string;
  description: string;
  indicators: Indicator[];
  measures: string;
  ackBy: string;
  feedbackBy: string;
  audience: Record<string, unknown>;
}

export interface WarningSummary {
  addressed: number;
  delivered: number;
  acknowledged: number;
  answered: number;
  overdue: number;
  ackRate: number | null;
  feedbackRate: number | null;
}

export interface TrackedWarning extends Warning {
  summary: WarningSummary;
}

export interface Recipient {
  id: string;
  uscc: string | null;
  name: string;
  regionCode: string | null;
  industryCode: string | null;
  nodeId: string | null;
  viaNode: string | null;
  tenant: boolean;
  state: RecipientState;
  acknowledgedAt: string | null;
  answeredAt: string | null;
  measures: string | null;
  matchedIndicators: number | null;
  ackOverdue: boolean;
  feedbackOverdue: boolean;
  chaseCount: number;
}

/** One entry of a warning's history (chase, automatic chase, late delivery). */
export interface WarningEvent {
  at: string;
  kind: 'chase' | 'auto-chase' | 'late-delivery';
  actor: string;
  recipients: { uscc: string | null; name: string; nodeId: string | null }[];
  queuedTo: string[];
}

export interface WarningTracking extends TrackedWarning {
  recipients: Recipient[];
  history: WarningEvent[];
  queuedTo?: string[];
}

export interface InboxWarning extends Warning {
  receivedAt: string;
  state: RecipientState;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
  answer: string | null;
  reminders: number;
  ackOverdue: boolean;
  feedbackOverdue: boolean;
}

export interface IndicatorMatch {
  indicator: Indicator;
  subject: 'source' | 'catalog-item';
  subjectId: string;
  subjectName: string;
  matched: string;
}

export interface InboxWarningDetail extends InboxWarning {
  matches: IndicatorMatch[];
}
