/**
 * The three data levels of the MIIT Measures (Art. 8) and GB/T 43697-2024 §6.1, lowest first,
 * so that a level's index orders it: `general` < `important` < `core`.
 *
 * @example LEVELS.indexOf('core') > LEVELS.indexOf('important') // true
 */
export const LEVELS = ['general', 'important', 'core'] as const;

/** A data level code: `general` 一般, `important` 重要, `core` 核心. */
export type Level = (typeof LEVELS)[number];

/** Chinese and English names of each level, for people. */
export const LEVEL_NAMES: Record<Level, { zh: string; en: string }> = {
  general: { zh: '一般数据', en: 'general' },
  important: { zh: '重要数据', en: 'important' },
  core: { zh: '核心数据', en: 'core' },
};

/**
 * The higher of two levels. Data of several levels processed together takes the highest
 * level's protection (Measures Art. 13; GB/T 43697 就高从严).
 */
export function maxLevel(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}

/** True when `value` is one of the level codes. */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}
