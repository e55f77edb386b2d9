/**
 * Level order and colours used everywhere (tags, charts): 一般 green, 重要 orange, 核心 red,
 * so a glance at any page reads the same way.
 */
import type { CategoryCode, Level } from '../api/types.ts';

export const LEVELS: readonly Level[] = ['general', 'important', 'core'];

export const LEVEL_COLORS: Record<Level, string> = {
  general: '#52c41a',
  important: '#fa8c16',
  core: '#f5222d',
};

/**
 * Category codes (core taxonomy, via the contracts' types) in the order the guide lists them.
 * A record, so a code added to the taxonomy fails to compile here until it is placed.
 */
const CATEGORY_ORDER: Record<CategoryCode, number> = {
  'rd.design': 1,
  'rd.test': 2,
  'prod.control': 3,
  'prod.condition': 4,
  'prod.process': 5,
  'prod.system_log': 6,
  'ops.logistics': 7,
  'ops.after_sales': 8,
  'mgmt.asset': 9,
  'mgmt.customer_product': 10,
  'mgmt.supply_chain': 11,
  'mgmt.business_stats': 12,
  'mgmt.hr': 13,
  'mgmt.finance': 14,
  'ext.shared': 15,
};

export const CATEGORY_CODES = (Object.keys(CATEGORY_ORDER) as CategoryCode[]).sort(
  (a, b) => CATEGORY_ORDER[a] - CATEGORY_ORDER[b],
);
