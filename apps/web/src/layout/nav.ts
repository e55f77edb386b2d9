/** The side menu: one entry per page, with the permission that shows it (none = everyone). */
import type { Action } from '../auth/permissions.ts';

export interface NavEntry {
  key: string;
  path: string;
  labelKey: string;
  requires?: Action;
}

export const NAV: readonly NavEntry[] = [
  { key: 'overview', path: '/overview', labelKey: 'nav.overview' },
  { key: 'sources', path: '/sources', labelKey: 'nav.sources' },
  { key: 'scans', path: '/scans', labelKey: 'nav.scans' },
  { key: 'catalog', path: '/catalog', labelKey: 'nav.catalog' },
  { key: 'versions', path: '/versions', labelKey: 'nav.versions' },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', requires: 'readAudit' },
  { key: 'users', path: '/users', labelKey: 'nav.users' },
];

/** The menu key of a route path (`/scans/42` → `scans`). */
export function navKeyOf(path: string): string {
  const first = path.split('?')[0]?.split('/').filter(Boolean)[0];
  return first ?? 'overview';
}
