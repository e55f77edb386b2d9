/**
 * Warnings and notices (预警通报) that travel down the federation (Measures Art. 26: MIIT
 * and the provinces issue warnings to the processors they supervise; issue #5 §3).
 *
 * The four colours, highest first, are MIIT's convention (reference §3 "Warning colours",
 * confirmed for the 2017 public-internet emergency plan; that the 2024 IR Plan keeps them is
 * UNCONFIRMED, see the reference's open items).
 */
export const WARNING_LEVELS = ['red', 'orange', 'yellow', 'blue'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

/** Display names, Chinese first. */
export const WARNING_LEVEL_NAMES: Record<WarningLevel, { zh: string; en: string }> = {
  red: { zh: '红色', en: 'Red' },
  orange: { zh: '橙色', en: 'Orange' },
  yellow: { zh: '黄色', en: 'Yellow' },
  blue: { zh: '蓝色', en: 'Blue' },
};

/**
 * What kind of message it is: a warning of a threat, a vulnerability notice, an incident
 * notice (通报) or a policy/work notice. Free-standing labels of this platform, not a
 * regulatory list.
 */
export const WARNING_TYPES = ['threat', 'vulnerability', 'incident', 'policy', 'other'] as const;
export type WarningType = (typeof WARNING_TYPES)[number];

export const WARNING_TYPE_NAMES: Record<WarningType, { zh: string; en: string }> = {
  threat: { zh: '威胁预警', en: 'Threat warning' },
  vulnerability: { zh: '漏洞通报', en: 'Vulnerability notice' },
  incident: { zh: '事件通报', en: 'Incident notice' },
  policy: { zh: '工作通知', en: 'Work notice' },
  other: { zh: '其他', en: 'Other' },
};

/** Indicator kinds: IP addresses (or CIDR ranges), domains, file hashes, vulnerable products. */
export const INDICATOR_KINDS = ['ip', 'domain', 'hash', 'product'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** One indicator of compromise or exposure, as issued (normalised by `validateIndicators`). */
export interface WarningIndicator {
  kind: IndicatorKind;
  value: string;
  /** Free note, e.g. the affected versions of a product or the role of an address. */
  note?: string | undefined;
}

/**
 * Who a warning is addressed to. Industry codes are GB/T 4754 divisions (two digits,
 * normalised), regions GB/T 2260 prefixes (`32` province, `3205` prefecture, `320508`
 * county); `named` lists credit codes of registry entries and/or enrolled node ids.
 */
export type WarningAudience =
  | { kind: 'all' }
  | { kind: 'industry'; industries: string[] }
  | { kind: 'region'; regions: string[] }
  | { kind: 'key' }
  | { kind: 'named'; usccs: string[]; nodeIds: string[] };

export const AUDIENCE_KINDS = ['all', 'industry', 'region', 'key', 'named'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

/** A registry entry as the audience sees it. */
export interface AudienceCandidate {
  uscc: string;
  /** GB/T 2260, six digits. */
  regionCode: string;
  /** GB/T 4754 division, two digits. */
  industryCode: string;
  keyEnterprise: boolean;
  nodeId: string | null;
}

/** True when the registry entry belongs to the warning's audience. */
export function audienceIncludes(audience: WarningAudience, entry: AudienceCandidate): boolean {
  switch (audience.kind) {
    case 'all':
      return true;
    case 'industry':
      return audience.industries.includes(entry.industryCode);
    case 'region':
      return audience.regions.some((prefix) => entry.regionCode.startsWith(prefix));
    case 'key':
      return entry.keyEnterprise;
    case 'named':
      return (
        audience.usccs.includes(entry.uscc.toUpperCase()) ||
        (entry.nodeId !== null && audience.nodeIds.includes(entry.nodeId))
      );
  }
}

/** The entries of `entries` in the audience, in their order. */
export function resolveAudience<T extends AudienceCandidate>(
  audience: WarningAudience,
  entries: readonly T[],
): T[] {
  return entries.filter((entry) => audienceIncludes(audience, entry));
}
