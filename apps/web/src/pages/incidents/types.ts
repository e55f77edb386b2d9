/** Shapes of the incident API (packages/contracts/src/api/incidents.schema.ts). */
import type { Page } from '../../api/types.ts';

export type IncidentLevel = 'general' | 'relatively-major' | 'major' | 'especially-major';
export type ReportKind = 'initial' | 'follow-up' | 'summary';

export const INCIDENT_LEVELS: readonly IncidentLevel[] = [
  'general',
  'relatively-major',
  'major',
  'especially-major',
];

export const RISK_TYPES = [
  'data-leakage',
  'data-tampering',
  'data-abuse',
  'non-compliant-transfer',
  'illegal-access',
  'abnormal-traffic',
  'other',
] as const;

export interface IncidentFacts {
  domain: 'industrial' | 'telecom' | 'radio';
  dataLevel: 'none' | 'general' | 'important' | 'core';
  threat: 'none' | 'relatively-serious' | 'serious' | 'especially-serious';
  productionDamage: 'none' | 'partial' | 'major' | 'large-scale';
  outageHours: number;
  economicLossYuan: number;
  personalInfoPersons: number;
  sensitivePersonalInfoPersons: number;
}

export interface Criterion {
  id: string;
  level: IncidentLevel;
  clause: string;
  confirmed: boolean;
  description: { zh: string; en: string };
}

export interface NextDue {
  kind: ReportKind;
  dueAt: string;
  overdue: boolean;
}

export interface Incident {
  id: string;
  title: string;
  discoveredAt: string;
  computedLevel: IncidentLevel;
  level: IncidentLevel;
  raised: boolean;
  decidedBy: Criterion;
  status: 'open' | 'closed';
  closedAt: string | null;
  plan: {
    initial: { required: boolean; dueAt: string | null; sentAt: string | null };
    followUp: { required: boolean; nextDueAt: string | null };
    summary: { required: boolean; dueAt: string | null; sentAt: string | null };
    ministry: { forwarded: boolean };
    next: NextDue | null;
  };
}

export interface IncidentDetail extends Incident {
  description: string;
  occurredAt: string | null;
  facts: IncidentFacts;
  ciiInvolved: boolean;
  systems: string[];
  catalogItems: { itemId: string; table: string; level: string }[];
  dataVolume: string;
  measures: string;
  matched: Criterion[];
  officerLevel: IncidentLevel | null;
  officerReason: string | null;
  updates: { id: string; at: string; author: string; note: string }[];
  reports: { id: string; kind: ReportKind; receiver: string; sentBy: string; sentAt: string }[];
}

export interface RiskReport {
  id: string;
  riskType: string;
  potentialLevel: IncidentLevel;
  title: string;
  foundAt: string;
  sent: boolean;
  toMinistry: boolean;
  sentAt: string;
}

export interface ReceivedIncident {
  id: string;
  sender: string;
  tenant: boolean;
  incidentId: string;
  enterprise: { uscc: string; name: string; region: string; industry: string };
  title: string;
  level: IncidentLevel;
  status: 'open' | 'closed';
  discoveredAt: string;
  lastKind: ReportKind;
  lastReportAt: string;
  reports: number;
  summaryReceived: boolean;
  forwardedAt: string | null;
  next: NextDue | null;
}

export interface ReceivedRisk {
  id: string;
  enterprise: { name: string; uscc: string };
  riskType: string;
  potentialLevel: IncidentLevel;
  title: string;
  foundAt: string;
  receivedAt: string;
  forwardedAt: string | null;
}

export type IncidentPage = Page<Incident>;
