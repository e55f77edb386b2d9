/**
 * Risk information reporting (风险信息报送): the seven risk types and the upward path.
 * Types come from MIIT's draft reporting guideline of December 2021 (reference §3, risk
 * information types; [secondary]). The path is Measures Art. 27 (reference §0 item 9,
 * [confirmed]): an enterprise reports risks that may lead to a 较大 or higher incident to the
 * province; the province reports those that may lead to 重大 or higher to MIIT.
 */
import { incidentLevelAtLeast, type IncidentLevel } from './incident-levels.ts';
import { resolveIncidentSettings, type IncidentSettings } from './incident-settings.ts';

/** One risk type of the reporting guideline. */
export interface RiskType {
  id: string;
  /** Position in the guideline's list, 1–7. */
  order: number;
  name: { zh: string; en: string };
  description: { zh: string; en: string };
}

/** The seven risk types, in the guideline's order. */
export const RISK_TYPES = [
  {
    id: 'data-leakage',
    order: 1,
    name: { zh: '数据泄露', en: 'data leakage' },
    description: { zh: '数据被泄露或可能泄露', en: 'data leaked or at risk of leaking' },
  },
  {
    id: 'data-tampering',
    order: 2,
    name: { zh: '数据篡改', en: 'data tampering' },
    description: { zh: '数据被非法修改', en: 'data altered without authority' },
  },
  {
    id: 'data-abuse',
    order: 3,
    name: { zh: '数据滥用', en: 'data abuse' },
    description: {
      zh: '超范围、超用途、超时限使用数据',
      en: 'data used beyond its scope, purpose or time limit',
    },
  },
  {
    id: 'non-compliant-transfer',
    order: 4,
    name: { zh: '违规传输', en: 'non-compliant transfer' },
    description: { zh: '违反规定传输数据', en: 'data transmitted in breach of the rules' },
  },
  {
    id: 'illegal-access',
    order: 5,
    name: { zh: '非法访问', en: 'illegal access' },
    description: { zh: '未经授权访问数据', en: 'data accessed without authorisation' },
  },
  {
    id: 'abnormal-traffic',
    order: 6,
    name: { zh: '流量异常', en: 'abnormal traffic' },
    description: { zh: '数据流量的规模或内容异常', en: 'abnormal data traffic volume or content' },
  },
  {
    id: 'other',
    order: 7,
    name: { zh: '其他信息', en: 'other' },
    description: {
      zh: '其他风险，如数据库、大数据平台暴露在互联网',
      en: 'other risks, e.g. databases or big-data platforms exposed on the internet',
    },
  },
] as const satisfies readonly RiskType[];

/** A risk type id. */
export type RiskTypeId = (typeof RISK_TYPES)[number]['id'];

/** True when `value` is one of the seven risk type ids. */
export function isRiskTypeId(value: unknown): value is RiskTypeId {
  return typeof value === 'string' && RISK_TYPES.some((type) => type.id === value);
}

/** Where a risk report goes. */
export interface RiskReportRouting {
  /** The enterprise reports it to the province (may lead to 较大 or above). */
  toProvince: boolean;
  /** The province reports it on to MIIT (may lead to 重大 or above). */
  toMinistry: boolean;
  source: string;
}

/**
 * The upward path of a risk by the highest incident level it may lead to.
 *
 * @example riskReportRouting('relatively-major'); // { toProvince: true, toMinistry: false, … }
 */
export function riskReportRouting(potentialLevel: IncidentLevel): RiskReportRouting {
  return {
    toProvince: incidentLevelAtLeast(potentialLevel, 'relatively-major'),
    toMinistry: incidentLevelAtLeast(potentialLevel, 'major'),
    source: '《工业和信息化领域数据安全管理办法（试行）》第二十七条',
  };
}

/**
 * When a risk that must go to the province is due there: `riskReportHours` after it was
 * found ("立即"; the default is NDSR Art. 10's 24 h, an unconfirmed setting). `undefined` when
 * the risk need not be reported.
 */
export function riskReportDueAt(
  potentialLevel: IncidentLevel,
  foundAt: Date,
  settings: Partial<IncidentSettings> = {},
): Date | undefined {
  if (!riskReportRouting(potentialLevel).toProvince) return undefined;
  const hours = resolveIncidentSettings(settings).riskReportHours;
  return new Date(foundAt.getTime() + hours * 60 * 60 * 1000);
}
