/**
 * The cross-border self-check (CAC 2024 Provisions; reference §6): from what leaves the
 * country since 1 January of the current year, which mechanism applies — security
 * assessment, standard contract or certification, exempt — or, for core data, that it may
 * not leave. Every decision names its legal basis, and every rule that matched.
 *
 * The facts describe one outbound activity (or a year's total of them). A claimed exemption
 * covers the whole activity when its conditions hold; one that does not hold is listed with
 * the reason, so the officer sees why it was not applied.
 */
import {
  CROSS_BORDER_BASES,
  type CrossBorderBasis,
  type CrossBorderBasisId,
} from './cross-border-basis.ts';
import {
  CROSS_BORDER_THRESHOLDS as T,
  DEFAULT_CROSS_BORDER_SETTINGS,
  type CrossBorderSettings,
} from './cross-border-settings.ts';
import { CrossBorderRuleError } from './errors.ts';

/** The exemptions a processor may claim (Provisions Arts. 3–6). */
export const CROSS_BORDER_EXEMPTIONS = [
  'trade-without-personal-or-important-data',
  'foreign-collected-personal-info',
  'contract-with-individual',
  'hr-management',
  'emergency',
  'ftz-outside-negative-list',
] as const;

/** One claimable exemption. */
export type CrossBorderExemption = (typeof CROSS_BORDER_EXEMPTIONS)[number];

const EXEMPTION_BASIS: Record<CrossBorderExemption, CrossBorderBasisId> = {
  'trade-without-personal-or-important-data': 'CB-ART3-TRADE',
  'foreign-collected-personal-info': 'CB-ART4-FOREIGN-PI',
  'contract-with-individual': 'CB-ART5-1-CONTRACT',
  'hr-management': 'CB-ART5-2-HR',
  emergency: 'CB-ART5-3-EMERGENCY',
  'ftz-outside-negative-list': 'CB-ART6-FTZ',
};

/** What leaves the country. */
export interface CrossBorderFacts {
  /** The processor is a critical information infrastructure operator (CIIO). */
  operatorIsCiio: boolean;
  /** People whose personal information (excluding sensitive PI) left since 1 January. */
  personalInfoPersons: number;
  /** People whose sensitive personal information left since 1 January. */
  sensitivePersonalInfoPersons: number;
  /**
   * Important data is involved, as notified or published by the authorities (Provisions
   * Art. 2: data nobody has notified as important need not be declared as important).
   */
  importantData: boolean;
  /** Core data is involved. */
  coreData: boolean;
  /** Exemptions the processor claims. */
  exemptions?: readonly CrossBorderExemption[];
}

/** The mechanism, strongest first. */
export const CROSS_BORDER_PATHS = [
  'forbidden',
  'security-assessment',
  'standard-contract-or-certification',
  'exempt',
] as const;

/** One mechanism. */
export type CrossBorderPath = (typeof CROSS_BORDER_PATHS)[number];

/** Names of the mechanisms. */
export const CROSS_BORDER_PATH_NAMES: Record<CrossBorderPath, { zh: string; en: string }> = {
  forbidden: { zh: '不得出境', en: 'may not leave the country' },
  'security-assessment': { zh: '申报数据出境安全评估', en: 'CAC security assessment' },
  'standard-contract-or-certification': {
    zh: '订立个人信息出境标准合同或通过个人信息保护认证',
    en: 'standard contract or PI-protection certification',
  },
  exempt: { zh: '免予申报', en: 'exempt' },
};

/** A rule that matched, with the mechanism it calls for. */
export interface CrossBorderMatch {
  path: CrossBorderPath;
  basis: CrossBorderBasis;
}

/** The self-check's answer. */
export interface CrossBorderDecision {
  path: CrossBorderPath;
  /** The basis of the deciding rule. */
  basis: CrossBorderBasis;
  /** Every rule that matched, strongest mechanism first; the first decides. */
  matched: CrossBorderMatch[];
  /** Claimed exemptions that were applied. */
  appliedExemptions: CrossBorderExemption[];
  /** Claimed exemptions whose conditions do not hold, with the reason. */
  rejectedExemptions: { exemption: CrossBorderExemption; reason: { zh: string; en: string } }[];
}

function check(facts: CrossBorderFacts): void {
  for (const key of ['personalInfoPersons', 'sensitivePersonalInfoPersons'] as const) {
    const n = facts[key];
    if (!Number.isInteger(n) || n < 0) {
      throw new CrossBorderRuleError('CROSS_BORDER_FACTS_INVALID', `${key} = ${String(n)}`);
    }
  }
  for (const exemption of facts.exemptions ?? []) {
    if (!(CROSS_BORDER_EXEMPTIONS as readonly string[]).includes(exemption)) {
      throw new CrossBorderRuleError('CROSS_BORDER_FACTS_INVALID', `exemption ${exemption}`);
    }
  }
}

const match = (path: CrossBorderPath, id: CrossBorderBasisId): CrossBorderMatch => ({
  path,
  basis: CROSS_BORDER_BASES[id],
});

/** The rules that call for a mechanism, before exemptions. */
function requirements(f: CrossBorderFacts, s: CrossBorderSettings): CrossBorderMatch[] {
  const out: CrossBorderMatch[] = [];
  const hasPi = f.personalInfoPersons > 0 || f.sensitivePersonalInfoPersons > 0;
  if (f.coreData) {
    out.push(
      s.coreDataOutboundForbidden
        ? match('forbidden', 'CB-CORE-DATA')
        : match('security-assessment', 'CB-CORE-DATA-ASSESSMENT'),
    );
  }
  if (f.operatorIsCiio && (hasPi || f.importantData)) {
    out.push(match('security-assessment', 'CB-ART7-1-CIIO'));
  }
  if (f.operatorIsCiio) return out;
  if (f.importantData) out.push(match('security-assessment', 'CB-ART7-2-IMPORTANT'));
  if (f.personalInfoPersons >= T.securityAssessmentPersonalInfoPersons) {
    out.push(match('security-assessment', 'CB-ART7-2-PI'));
  }
  if (f.sensitivePersonalInfoPersons >= T.securityAssessmentSensitivePersons) {
    out.push(match('security-assessment', 'CB-ART7-2-SPI'));
  }
  if (
    f.personalInfoPersons >= T.standardContractPersonalInfoPersons &&
    f.personalInfoPersons < T.securityAssessmentPersonalInfoPersons
  ) {
    out.push(match('standard-contract-or-certification', 'CB-ART8-PI'));
  }
  if (
    f.sensitivePersonalInfoPersons > 0 &&
    f.sensitivePersonalInfoPersons < T.securityAssessmentSensitivePersons
  ) {
    out.push(match('standard-contract-or-certification', 'CB-ART8-SPI'));
  }
  return out;
}

type Rejection = CrossBorderDecision['rejectedExemptions'][number]['reason'];

/** Why a claimed exemption does not hold, or `undefined` when it does. */
function whyNot(exemption: CrossBorderExemption, f: CrossBorderFacts): Rejection | undefined {
  const hasPi = f.personalInfoPersons > 0 || f.sensitivePersonalInfoPersons > 0;
  if (f.coreData) return { zh: '涉及核心数据，豁免不适用', en: 'core data is involved' };
  switch (exemption) {
    case 'ftz-outside-negative-list':
      return undefined;
    case 'trade-without-personal-or-important-data':
      return hasPi || f.importantData
        ? { zh: '含个人信息或重要数据', en: 'personal information or important data is included' }
        : undefined;
    case 'foreign-collected-personal-info':
    case 'contract-with-individual':
    case 'hr-management':
    case 'emergency':
      if (f.importantData) {
        return {
          zh: '涉及重要数据，该豁免只适用于个人信息',
          en: 'important data is involved; this exemption covers personal information only',
        };
      }
      return hasPi
        ? undefined
        : { zh: '未涉及个人信息', en: 'no personal information is involved' };
  }
}

/**
 * Decides the cross-border path. Throws `CROSS_BORDER_FACTS_INVALID` for a negative or
 * fractional count or an unknown exemption.
 *
 * @example
 * decideCrossBorderPath({ operatorIsCiio: false, personalInfoPersons: 100_000,
 *   sensitivePersonalInfoPersons: 0, importantData: false, coreData: false }).path;
 * // 'standard-contract-or-certification'
 */
export function decideCrossBorderPath(
  facts: CrossBorderFacts,
  settings: Partial<CrossBorderSettings> = {},
): CrossBorderDecision {
  check(facts);
  const s: CrossBorderSettings = { ...DEFAULT_CROSS_BORDER_SETTINGS, ...settings };
  const claimed = [...new Set(facts.exemptions ?? [])];
  const rejectedExemptions = claimed.flatMap((exemption) => {
    const reason = whyNot(exemption, facts);
    return reason === undefined ? [] : [{ exemption, reason }];
  });
  const appliedExemptions = claimed.filter(
    (e) => !rejectedExemptions.some((r) => r.exemption === e),
  );
  // An applied exemption covers the whole activity. None applies when core data is involved
  // (whyNot refuses them all), so core data's rule can never be lifted here.
  let matched =
    appliedExemptions.length > 0
      ? appliedExemptions.map((e) => match('exempt', EXEMPTION_BASIS[e]))
      : requirements(facts, s);
  if (matched.length === 0) {
    const id = facts.personalInfoPersons > 0 ? 'CB-ART5-4-UNDER-100K' : 'CB-NO-REGULATED-DATA';
    matched = [match('exempt', id)];
  }
  matched.sort((a, b) => CROSS_BORDER_PATHS.indexOf(a.path) - CROSS_BORDER_PATHS.indexOf(b.path));
  const decisive = matched[0]!;
  return {
    path: decisive.path,
    basis: decisive.basis,
    matched,
    appliedExemptions,
    rejectedExemptions,
  };
}
