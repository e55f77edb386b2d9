/**
 * The figures of the cross-border self-check (CAC 2024 Provisions; reference §6). The PI
 * thresholds are confirmed and fixed here as constants; the treatment of core data is a
 * setting because the reference states no outright ban (see {@link CROSS_BORDER_UNCONFIRMED_SETTINGS}).
 */
import type { UnconfirmedSetting } from '../incidents/index.ts';

/** Confirmed thresholds, counted in people cumulatively since 1 January of the current year. */
export const CROSS_BORDER_THRESHOLDS = Object.freeze({
  /** PI (excluding sensitive) from which a non-CIIO needs a security assessment (Art. 7(2)). */
  securityAssessmentPersonalInfoPersons: 1_000_000,
  /** Sensitive PI from which a non-CIIO needs a security assessment (Art. 7(2)). */
  securityAssessmentSensitivePersons: 10_000,
  /** PI (excluding sensitive) from which a non-CIIO needs a standard contract or certification (Art. 8). */
  standardContractPersonalInfoPersons: 100_000,
});

/** Settings of the self-check. */
export interface CrossBorderSettings {
  /**
   * True: core data may not leave the country (the rule, from the localisation duty of
   * Measures Art. 21 and the DSL's core data regime). False: core data is treated like
   * important data and needs a security assessment, as Measures Art. 21 literally says.
   */
  coreDataOutboundForbidden: boolean;
}

/** Defaults. */
export const DEFAULT_CROSS_BORDER_SETTINGS: Readonly<CrossBorderSettings> = Object.freeze({
  coreDataOutboundForbidden: true,
});

/** The cross-border settings that await confirmation. */
export const CROSS_BORDER_UNCONFIRMED_SETTINGS: readonly UnconfirmedSetting[] = [
  {
    area: 'cross-border',
    key: 'coreDataOutboundForbidden',
    defaultValue: DEFAULT_CROSS_BORDER_SETTINGS.coreDataOutboundForbidden,
    unit: 'flag',
    reference: 'regulations.md §1 Art. 21, §6',
    note: {
      zh: '参考资料未写明核心数据一律禁止出境；《管理办法》第二十一条要求境内存储、确需出境的进行安全评估',
      en: 'the reference states no outright ban; Measures Art. 21 requires storage in China and a security assessment where transfer is truly needed',
    },
  },
];
