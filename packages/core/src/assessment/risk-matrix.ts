/**
 * The likelihood × impact risk matrix of findings. The RA Rules ask for a security risk
 * analysis but prescribe no method, so this is a platform choice: a 5 × 5 matrix (the common
 * shape of national and ISO 31000-style risk methods, fine enough to separate "possible and
 * serious" from "likely and serious", small enough for an officer to score consistently),
 * score = likelihood × impact (1–25), cut into four bands whose lower bounds are settings:
 * low 1–4, medium 5–9, high 10–16, critical 20–25.
 */
import { AssessmentRuleError } from './errors.ts';
import { resolveAssessmentSettings, type AssessmentSettings } from './assessment-settings.ts';

/** Scale points 1–5 of both axes. */
export const RISK_SCALE = [1, 2, 3, 4, 5] as const;

/** A point on either axis. */
export type RiskScalePoint = (typeof RISK_SCALE)[number];

/** Names of the likelihood points, 1 = rare. */
export const LIKELIHOOD_NAMES: Record<RiskScalePoint, { zh: string; en: string }> = {
  1: { zh: '很低', en: 'rare' },
  2: { zh: '低', en: 'unlikely' },
  3: { zh: '中', en: 'possible' },
  4: { zh: '高', en: 'likely' },
  5: { zh: '很高', en: 'almost certain' },
};

/** Names of the impact points, 1 = negligible, 5 = especially serious harm. */
export const IMPACT_NAMES: Record<RiskScalePoint, { zh: string; en: string }> = {
  1: { zh: '很小', en: 'negligible' },
  2: { zh: '较小', en: 'minor' },
  3: { zh: '一般', en: 'moderate' },
  4: { zh: '严重', en: 'serious' },
  5: { zh: '特别严重', en: 'especially serious' },
};

/** Risk bands, lowest first. */
export const RISK_BANDS = ['low', 'medium', 'high', 'critical'] as const;

/** A risk band. */
export type RiskBand = (typeof RISK_BANDS)[number];

/** Names of the bands. */
export const RISK_BAND_NAMES: Record<RiskBand, { zh: string; en: string }> = {
  low: { zh: '低', en: 'low' },
  medium: { zh: '中', en: 'medium' },
  high: { zh: '高', en: 'high' },
  critical: { zh: '极高', en: 'critical' },
};

/** The scored risk of one finding. */
export interface RiskScore {
  likelihood: RiskScalePoint;
  impact: RiskScalePoint;
  score: number;
  band: RiskBand;
}

function point(value: number, axis: string): RiskScalePoint {
  if (!(RISK_SCALE as readonly number[]).includes(value)) {
    throw new AssessmentRuleError('ASSESSMENT_RISK_SCORE_INVALID', `${axis} = ${value}`);
  }
  return value as RiskScalePoint;
}

/** The band of a score 1–25 under the settings' bounds. */
export function riskBandOf(score: number, settings: Partial<AssessmentSettings> = {}): RiskBand {
  const s = resolveAssessmentSettings(settings);
  if (score >= s.criticalRiskMinScore) return 'critical';
  if (score >= s.highRiskMinScore) return 'high';
  if (score >= s.mediumRiskMinScore) return 'medium';
  return 'low';
}

/**
 * Scores a finding. Throws `ASSESSMENT_RISK_SCORE_INVALID` unless both values are 1–5.
 *
 * @example scoreRisk(4, 5); // { likelihood: 4, impact: 5, score: 20, band: 'critical' }
 */
export function scoreRisk(
  likelihood: number,
  impact: number,
  settings: Partial<AssessmentSettings> = {},
): RiskScore {
  const l = point(likelihood, 'likelihood');
  const i = point(impact, 'impact');
  const score = l * i;
  return { likelihood: l, impact: i, score, band: riskBandOf(score, settings) };
}

/**
 * The matrix for the report's heat map: `rows[impact - 1][likelihood - 1]` is the band of
 * that cell.
 */
export function riskMatrix(settings: Partial<AssessmentSettings> = {}): RiskBand[][] {
  return RISK_SCALE.map((impact) =>
    RISK_SCALE.map((likelihood) => riskBandOf(likelihood * impact, settings)),
  );
}

/**
 * Findings counted per band, every band present: the report's risk distribution chart.
 *
 * @example riskDistribution([scoreRisk(1, 1), scoreRisk(5, 5)]).critical // 1
 */
export function riskDistribution(
  scores: readonly Pick<RiskScore, 'band'>[],
): Record<RiskBand, number> {
  const counts: Record<RiskBand, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const { band } of scores) counts[band] += 1;
  return counts;
}
