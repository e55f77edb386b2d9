/** The side menu: one entry per page, with the permission that shows it (none = everyone). */
import type { Action } from '../auth/permissions.ts';
import type { NodeRole } from '../api/types.ts';

export interface NavEntry {
  key: string;
  path: string;
  labelKey: string;
  requires?: Action;
  /** The node roles that have the page (none = every node). */
  roles?: readonly NodeRole[];
}

/** Pages of the enterprise API, which a province also mounts for its tenants. */
const CATALOG_NODES: readonly NodeRole[] = ['enterprise', 'province'];

export const NAV: readonly NavEntry[] = [
  { key: 'overview', path: '/overview', labelKey: 'nav.overview', roles: CATALOG_NODES },
  { key: 'sources', path: '/sources', labelKey: 'nav.sources', roles: CATALOG_NODES },
  { key: 'scans', path: '/scans', labelKey: 'nav.scans', roles: CATALOG_NODES },
  { key: 'catalog', path: '/catalog', labelKey: 'nav.catalog', roles: CATALOG_NODES },
  { key: 'versions', path: '/versions', labelKey: 'nav.versions', roles: CATALOG_NODES },
  { key: 'filings', path: '/filings', labelKey: 'nav.filings', roles: CATALOG_NODES },
  {
    key: 'filing-reviews',
    path: '/filing-reviews',
    labelKey: 'nav.filingReviews',
    roles: ['province'],
  },
  { key: 'incidents', path: '/incidents', labelKey: 'nav.incidents', roles: CATALOG_NODES },
  {
    key: 'incidents-received',
    path: '/incidents-received',
    labelKey: 'nav.incidentsReceived',
    roles: ['province', 'ministry'],
  },
  { key: 'assessments', path: '/assessments', labelKey: 'nav.assessments', roles: CATALOG_NODES },
  {
    key: 'assessments-received',
    path: '/assessments-received',
    labelKey: 'nav.assessmentsReceived',
    roles: ['province', 'ministry'],
  },
  {
    key: 'checklists',
    path: '/checklists',
    labelKey: 'nav.checklists',
    roles: ['province', 'ministry'],
  },
  {
    key: 'cross-border',
    path: '/cross-border',
    labelKey: 'nav.crossBorder',
    roles: CATALOG_NODES,
  },
  {
    key: 'warning-inbox',
    path: '/warning-inbox',
    labelKey: 'nav.warningInbox',
    roles: CATALOG_NODES,
  },
  { key: 'warnings', path: '/warnings', labelKey: 'nav.warnings', roles: ['province', 'ministry'] },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', requires: 'readAudit' },
  { key: 'national', path: '/national', labelKey: 'nav.national', roles: ['ministry'] },
  { key: 'regulator', path: '/regulator', labelKey: 'nav.regulator', roles: ['province'] },
  {
    key: 'regulator-map',
    path: '/regulator-map',
    labelKey: 'nav.regulatorMap',
    roles: ['ministry'],
  },
  { key: 'nodes', path: '/nodes', labelKey: 'nav.nodes', roles: ['province', 'ministry'] },
  { key: 'users', path: '/users', labelKey: 'nav.users' },
];

/** True when the menu shows `entry` on a node of `role` (unknown yet: the role-free pages). */
export function shownOn(entry: NavEntry, role: NodeRole | undefined): boolean {
  return entry.roles === undefined || (role !== undefined && entry.roles.includes(role));
}

/** The menu key of a route path (`/scans/42` → `scans`). */
export function navKeyOf(path: string): string {
  const first = path.split('?')[0]?.split('/').filter(Boolean)[0];
  return first ?? 'overview';
}
