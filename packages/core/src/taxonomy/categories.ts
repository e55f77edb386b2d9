/**
 * Industrial data categories of the scan contract: the five domains of the 2020
 * 《工业数据分类分级指南（试行）》 with their sub-categories, plus `mgmt.hr` and `mgmt.finance`.
 * The list is public: add codes, never rename or remove one.
 */
export const CATEGORY_CODES = [
  'rd.design',
  'rd.test',
  'prod.control',
  'prod.condition',
  'prod.process',
  'prod.system_log',
  'ops.logistics',
  'ops.after_sales',
  'mgmt.asset',
  'mgmt.customer_product',
  'mgmt.supply_chain',
  'mgmt.business_stats',
  'mgmt.hr',
  'mgmt.finance',
  'ext.shared',
] as const;

/** One category code from {@link CATEGORY_CODES}. */
export type CategoryCode = (typeof CATEGORY_CODES)[number];

/** The data domain (数据域) a category belongs to: the part of its code before the dot. */
export type Domain = 'rd' | 'prod' | 'ops' | 'mgmt' | 'ext';

/** Chinese and English names of each domain. */
export const DOMAIN_NAMES: Record<Domain, { zh: string; en: string }> = {
  rd: { zh: '研发数据域', en: 'R&D' },
  prod: { zh: '生产数据域', en: 'production' },
  ops: { zh: '运维数据域', en: 'operations & maintenance' },
  mgmt: { zh: '管理数据域', en: 'management' },
  ext: { zh: '外部数据域', en: 'external' },
};

/** Chinese and English names of each category. */
export const CATEGORY_NAMES: Record<CategoryCode, { zh: string; en: string }> = {
  'rd.design': { zh: '研发设计数据', en: 'R&D design' },
  'rd.test': { zh: '开发测试数据', en: 'development and test' },
  'prod.control': { zh: '控制信息', en: 'control information' },
  'prod.condition': { zh: '工况状态', en: 'operating condition' },
  'prod.process': { zh: '工艺参数', en: 'process parameters' },
  'prod.system_log': { zh: '系统日志', en: 'production system logs' },
  'ops.logistics': { zh: '物流数据', en: 'logistics' },
  'ops.after_sales': { zh: '产品售后服务数据', en: 'after-sales service' },
  'mgmt.asset': { zh: '系统设备资产信息', en: 'systems and equipment assets' },
  'mgmt.customer_product': { zh: '客户与产品信息', en: 'customers and products' },
  'mgmt.supply_chain': { zh: '产品供应链数据', en: 'supply chain' },
  'mgmt.business_stats': { zh: '业务统计数据', en: 'business statistics' },
  'mgmt.hr': { zh: '人事数据', en: 'human resources' },
  'mgmt.finance': { zh: '财务数据', en: 'finance' },
  'ext.shared': { zh: '与其他主体共享的数据', en: 'shared with other parties' },
};

/** The domain of a category code. */
export function domainOf(code: CategoryCode): Domain {
  return code.slice(0, code.indexOf('.')) as Domain;
}

/** True when `value` is one of the category codes. */
export function isCategoryCode(value: unknown): value is CategoryCode {
  return typeof value === 'string' && (CATEGORY_CODES as readonly string[]).includes(value);
}
