/** Shapes of the cross-border API (packages/contracts/src/api/cross-border.schema.ts). */
import type { Level } from '../../api/types.ts';

export const CROSS_BORDER_EXEMPTIONS = [
  'trade-without-personal-or-important-data',
  'foreign-collected-personal-info',
  'contract-with-individual',
  'hr-management',
  'emergency',
  'ftz-outside-negative-list',
] as const;
export type CrossBorderExemption = (typeof CROSS_BORDER_EXEMPTIONS)[number];
export type CrossBorderPath =
  'forbidden' | 'security-assessment' | 'standard-contract-or-certification' | 'exempt';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Basis {
  id: string;
  article: Bilingual;
  rule: Bilingual;
  articleConfirmed: boolean;
}

export interface CrossBorderFacts {
  operatorIsCiio: boolean;
  personalInfoPersons: number;
  sensitivePersonalInfoPersons: number;
  importantData: boolean;
  coreData: boolean;
  exemptions: CrossBorderExemption[];
}

export interface CrossBorderDecision {
  id: string;
  path: CrossBorderPath;
  pathName: Bilingual;
  basis: Basis;
  matched: { path: CrossBorderPath; pathName: Bilingual; basis: Basis }[];
  appliedExemptions: string[];
  rejectedExemptions: { exemption: string; reason: Bilingual }[];
  facts: CrossBorderFacts;
  coreFromCatalog: boolean;
  items: { itemId: string; table: string; level: Level; core: boolean }[];
  importantItemsUnflagged: string[];
  coreDataOutboundForbidden: { value: boolean; confirmed: boolean };
  note: string;
  decidedBy: string;
  decidedAt: string;
}

export interface CrossBorderItem {
  itemId: string;
  table: string;
  level: Level;
  crossBorder: boolean;
  prohibited: boolean;
  latest: {
    decisionId: string;
    path: CrossBorderPath;
    pathName: Bilingual;
    basisId: string;
    decidedAt: string;
  } | null;
}

export interface CrossBorderRules {
  thresholds: {
    securityAssessmentPersonalInfoPersons: number;
    securityAssessmentSensitivePersons: number;
    standardContractPersonalInfoPersons: number;
  };
  unconfirmed: { key: string; value: number | boolean; reference: string; note: Bilingual }[];
}

/** Tag colour of each path, strongest first. */
export const PATH_COLORS: Record<CrossBorderPath, string> = {
  forbidden: 'red',
  'security-assessment': 'orange',
  'standard-contract-or-certification': 'gold',
  exempt: 'green',
};
