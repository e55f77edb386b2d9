/**
 * The four incident levels of the IIT data security incident emergency plan (IR Plan,
 * 工信部网安〔2024〕214号; reference §0 item 8 and §3), lowest first so that the index orders
 * them: `general` 一般 < `relatively-major` 较大 < `major` 重大 < `especially-major` 特别重大.
 *
 * @example INCIDENT_LEVELS.indexOf('major') > INCIDENT_LEVELS.indexOf('relatively-major') // true
 */
export const INCIDENT_LEVELS = [
  'general',
  'relatively-major',
  'major',
  'especially-major',
] as const;

/** An incident level code. */
export type IncidentLevel = (typeof INCIDENT_LEVELS)[number];

/** Chinese and English names of each incident level, for people. */
export const INCIDENT_LEVEL_NAMES: Record<IncidentLevel, { zh: string; en: string }> = {
  general: { zh: '一般', en: 'general' },
  'relatively-major': { zh: '较大', en: 'relatively major' },
  major: { zh: '重大', en: 'major' },
  'especially-major': { zh: '特别重大', en: 'especially major' },
};

/** True when `value` is one of the incident level codes. */
export function isIncidentLevel(value: unknown): value is IncidentLevel {
  return typeof value === 'string' && (INCIDENT_LEVELS as readonly string[]).includes(value);
}

/**
 * Negative when `a` is below `b`, 0 when equal, positive when above.
 *
 * @example compareIncidentLevels('major', 'general') > 0 // true
 */
export function compareIncidentLevels(a: IncidentLevel, b: IncidentLevel): number {
  return INCIDENT_LEVELS.indexOf(a) - INCIDENT_LEVELS.indexOf(b);
}

/** True when `level` is `floor` or higher ("较大及以上" is `incidentLevelAtLeast(level, 'relatively-major')`). */
export function incidentLevelAtLeast(level: IncidentLevel, floor: IncidentLevel): boolean {
  return compareIncidentLevels(level, floor) >= 0;
}
