/**
 * What the officer records about an incident that the grading criteria read, and the check
 * that the numbers make sense. Counts are people, not records: the IR Plan and the CAC guide
 * both count persons whose information is involved.
 */
import type { Level } from '../taxonomy/index.ts';
import { IncidentRuleError } from './errors.ts';

/** Which of the three parts of IIT data the incident concerns (Measures Art. 3). */
export type IncidentDataDomain = 'industrial' | 'telecom' | 'radio';

/**
 * How seriously the incident threatens national security, social order, economic
 * construction or public interest: the officer's judgement of the IR Plan's criterion (1).
 */
export type ThreatSeverity = 'none' | 'relatively-serious' | 'serious' | 'especially-serious';

/**
 * Damage to industrial production (IR Plan criterion (2), industrial data):
 * `partial` loss of part of the processing capacity (较大); `major` stoppage over a fairly
 * large area or loss of much processing capacity (重大); `large-scale` large-scale stoppage
 * (特别重大, unconfirmed).
 */
export type ProductionDamage = 'none' | 'partial' | 'major' | 'large-scale';

/** The graded facts of one incident. */
export interface IncidentFacts {
  domain: IncidentDataDomain;
  /** The highest data level involved, or `none` when no catalogued data is involved. */
  dataLevel: Level | 'none';
  threat: ThreatSeverity;
  /** Industrial data incidents only; ignored for telecom and radio. */
  productionDamage: ProductionDamage;
  /**
   * Telecom: hours important network facilities or systems were interrupted or seriously
   * disrupted. Radio: hours of major interference or illegal use of important frequencies.
   * Industrial incidents are graded by `productionDamage` instead (the IR Plan gives no hours).
   */
  outageHours: number;
  /** Direct economic loss in yuan. */
  economicLossYuan: number;
  /** People whose personal information is involved, including those counted as sensitive. */
  personalInfoPersons: number;
  /** People whose sensitive personal information is involved. */
  sensitivePersonalInfoPersons: number;
}

const COUNTS = [
  'outageHours',
  'economicLossYuan',
  'personalInfoPersons',
  'sensitivePersonalInfoPersons',
] as const;

/**
 * Throws `INCIDENT_FACTS_INVALID` for a negative or non-finite figure, a fractional person
 * count, or more sensitive-PI persons than PI persons (sensitive PI is personal information).
 */
export function checkIncidentFacts(facts: IncidentFacts): void {
  for (const key of COUNTS) {
    const value = facts[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new IncidentRuleError('INCIDENT_FACTS_INVALID', `${key} = ${String(value)}`);
    }
  }
  for (const key of ['personalInfoPersons', 'sensitivePersonalInfoPersons'] as const) {
    if (!Number.isInteger(facts[key])) {
      throw new IncidentRuleError('INCIDENT_FACTS_INVALID', `${key} 须为整数 / must be whole`);
    }
  }
  if (facts.sensitivePersonalInfoPersons > facts.personalInfoPersons) {
    throw new IncidentRuleError(
      'INCIDENT_FACTS_INVALID',
      '敏感个人信息人数不能多于个人信息人数 / sensitive-PI persons exceed PI persons',
    );
  }
}
