/**
 * The catalog list requests measured under load: what the web app's catalog page and
 * overview ask for (filters, searches, sorts, first and deep pages), each on its own for
 * one load run. Selectivities refer to the seeded catalog (bench/server/lib/seed.ts).
 */

/** One measured request. */
export interface ListQueryCase {
  name: string;
  path: string;
}

const q = (text: string): string => `/catalog/items?q=${encodeURIComponent(text)}`;

/** Catalog list requests (paths under `/api/v1`); pages hold the default 20 items. */
export const LIST_QUERIES: readonly ListQueryCase[] = [
  { name: 'default (sort table, page 1)', path: '/catalog/items' },
  { name: 'level=important (20 %)', path: '/catalog/items?level=important' },
  {
    name: 'category=mgmt.hr & status=pending (4 %)',
    path: '/catalog/items?category=mgmt.hr&status=pending',
  },
  { name: 'status=pending, sort=-rows', path: '/catalog/items?status=pending&sort=-rows' },
  {
    name: 'overview widget: status=pending, sort=-level, 8 items',
    path: '/catalog/items?status=pending&sort=-level&pageSize=8',
  },
  { name: 'sort=-rows', path: '/catalog/items?sort=-rows' },
  {
    name: 'level=important, sort=-rows, page 10',
    path: '/catalog/items?level=important&sort=-rows&page=10',
  },
  { name: 'deep page 500 (offset 9,980)', path: '/catalog/items?page=500' },
  { name: 'deep page 2000 (offset 39,980)', path: '/catalog/items?page=2000' },
  { name: 'q=发票传感器 (0.4 %)', path: q('发票传感器') },
  { name: 'q=invoice_sensor (0.4 %)', path: q('invoice_sensor') },
  { name: 'q=订单, broad (12 %)', path: q('订单') },
  { name: 'q=order, broad (12 %)', path: q('order') },
];

/** Other pages over the same data, printed for information (no goal). */
export const OTHER_QUERIES: readonly ListQueryCase[] = [
  { name: 'audit log page 1', path: '/audit' },
  { name: 'audit log, action=scan.finish', path: '/audit?action=scan.finish' },
  { name: 'overview', path: '/overview' },
];
