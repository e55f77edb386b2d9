import {
  CATEGORY_CODES,
  CATEGORY_NAMES,
  LABEL_NAMES,
  LEVEL_NAMES,
  LEVELS,
  type CategoryCode,
  type ColumnFinding,
  type Level,
  type ScanReport,
} from '@shuan/core';

/** How many tables and columns one level or category holds. */
export interface Count {
  tables: number;
  columns: number;
}

/** The figures every rendering of a report starts with. */
export interface ReportStats {
  tables: number;
  columns: number;
  labelledColumns: number;
  errors: number;
  /** Highest level first. */
  byLevel: { level: Level; count: Count }[];
  /** Categories in taxonomy order, then `null` (uncategorised); only those present. */
  byCategory: { category: CategoryCode | null; count: Count }[];
}

/** Counts tables and columns of a report by level and by category. */
export function reportStats(report: ScanReport): ReportStats {
  const byLevel = new Map<Level, Count>(LEVELS.map((level) => [level, zero()]));
  const byCategory = new Map<CategoryCode | null, Count>();
  for (const table of report.tables) {
    byLevel.get(table.level)!.tables += 1;
    bump(byCategory, table.category).tables += 1;
  }
  for (const column of report.columns) {
    byLevel.get(column.level)!.columns += 1;
    bump(byCategory, column.category).columns += 1;
  }
  const categoryOrder: (CategoryCode | null)[] = [...CATEGORY_CODES, null];
  return {
    tables: report.tables.length,
    columns: report.columns.length,
    labelledColumns: report.columns.filter((c) => c.labels.length > 0).length,
    errors: report.errors.length,
    byLevel: [...LEVELS].reverse().map((level) => ({ level, count: byLevel.get(level)! })),
    byCategory: categoryOrder
      .filter((category) => byCategory.has(category))
      .map((category) => ({ category, count: byCategory.get(category)! })),
  };
}

/** True for the columns a short report lists: labelled, or above the general level. */
export function isNotable(column: ColumnFinding): boolean {
  return column.labels.length > 0 || column.level !== 'general';
}

/** `核心数据 core` */
export function levelText(level: Level): string {
  return `${LEVEL_NAMES[level].zh} ${LEVEL_NAMES[level].en}`;
}

/** `人事数据 mgmt.hr`, or `未分类 none` for `null`. */
export function categoryText(category: CategoryCode | null): string {
  return category === null ? '未分类 none' : `${CATEGORY_NAMES[category].zh} ${category}`;
}

/** `居民身份证号 pi.id_card, 手机号 pi.mobile`, or an empty string without labels. */
export function labelsText(column: ColumnFinding): string {
  return column.labels.map((label) => `${LABEL_NAMES[label.code].zh} ${label.code}`).join(', ');
}

function zero(): Count {
  return { tables: 0, columns: 0 };
}

function bump(map: Map<CategoryCode | null, Count>, key: CategoryCode | null): Count {
  let count = map.get(key);
  if (count === undefined) {
    count = zero();
    map.set(key, count);
  }
  return count;
}
