import type { UserRole } from '@shuan/db';

/** Who may call a route: nobody signed in needed, any signed-in role, or a list of roles. */
export type Permission = 'public' | 'any' | readonly UserRole[];

const WRITE_SOURCES = ['admin', 'officer'] as const;
const REVIEW = ['officer', 'reviewer'] as const;
const AUDIT = ['admin', 'auditor'] as const;
const REGISTRY_WRITE = ['admin', 'officer'] as const;
const REGISTRY_READ = ['admin', 'officer', 'reviewer', 'auditor'] as const;

/**
 * The route × role table of the API: one line per route (method and path pattern).
 * A route that is not listed answers 403 to everyone (deny by default), and a test checks
 * that every mounted route is listed.
 */
export const PERMISSIONS: Record<string, Permission> = {
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': 'any',
  'GET /api/v1/auth/me': 'any',
  'GET /api/v1/users': ['admin'],
  'POST /api/v1/users': ['admin'],
  'PATCH /api/v1/users/:id': ['admin'],
  'GET /api/v1/tokens': 'any',
  'POST /api/v1/tokens': 'any',
  'DELETE /api/v1/tokens/:id': 'any',
  'GET /api/v1/sources': 'any',
  'POST /api/v1/sources': WRITE_SOURCES,
  'GET /api/v1/sources/:id': 'any',
  'PATCH /api/v1/sources/:id': WRITE_SOURCES,
  'DELETE /api/v1/sources/:id': WRITE_SOURCES,
  'POST /api/v1/sources/:id/test': WRITE_SOURCES,
  'GET /api/v1/scans': 'any',
  'POST /api/v1/scans': WRITE_SOURCES,
  'GET /api/v1/scans/:id': 'any',
  'POST /api/v1/scans/:id/cancel': WRITE_SOURCES,
  'GET /api/v1/scans/:id/findings': 'any',
  'GET /api/v1/catalog/items': 'any',
  'GET /api/v1/catalog/items/:id': 'any',
  'PATCH /api/v1/catalog/items/:id': REVIEW,
  'POST /api/v1/catalog/items/:id/review': REVIEW,
  'POST /api/v1/catalog/items/bulk-review': REVIEW,
  'GET /api/v1/catalog/versions': 'any',
  'POST /api/v1/catalog/versions': ['officer'],
  'GET /api/v1/catalog/versions/:n': 'any',
  'GET /api/v1/catalog/versions/:a/diff/:b': 'any',
  'GET /api/v1/catalog/export.xlsx': 'any',
  'GET /api/v1/catalog/export.json': 'any',
  'GET /api/v1/audit': AUDIT,
  'GET /api/v1/audit/verify': AUDIT,
  'GET /api/v1/overview': 'any',
  'GET /api/v1/federation/status': 'any',
  'GET /api/v1/federation/refused': 'any',
  'POST /api/v1/federation/enroll': ['admin'],
  'POST /api/v1/federation/sync': ['admin'],
  'POST /api/v1/federation/rotate-key': ['admin'],
  'GET /api/v1/federation/peers': ['admin', 'auditor'],
  'POST /api/v1/federation/peers/:nodeId/suspend': ['admin'],
  'POST /api/v1/federation/peers/:nodeId/resume': ['admin'],
  'GET /api/v1/federation/tokens': ['admin'],
  'POST /api/v1/federation/tokens': ['admin'],
  'POST /api/v1/federation/tokens/:id/revoke': ['admin'],
  'GET /api/v1/federation/rejections': ['admin', 'auditor'],
  // The province's enterprise registry (apps/server/src/registry): admins and officers keep
  // it, reviewers and auditors read it.
  'GET /api/v1/registry/enterprises': REGISTRY_READ,
  'POST /api/v1/registry/enterprises': REGISTRY_WRITE,
  'GET /api/v1/registry/enterprises/:id': REGISTRY_READ,
  'PATCH /api/v1/registry/enterprises/:id': REGISTRY_WRITE,
  'GET /api/v1/registry/regions': REGISTRY_READ,
  'GET /api/v1/registry/industries': REGISTRY_READ,
  // The filing loop (apps/server/src/filings): officers file and withdraw, like freezing a
  // version; the province's officers and reviewers decide, everyone of its own org reads.
  'GET /api/v1/filings/profile': 'any',
  'PUT /api/v1/filings/profile': ['admin', 'officer'],
  'GET /api/v1/filings': 'any',
  'POST /api/v1/filings': ['officer'],
  'GET /api/v1/filings/:id': 'any',
  'POST /api/v1/filings/:id/withdraw': ['officer'],
  // The re-filing due after a material change: the enterprise's own (everyone of the org),
  // and the province's list (its own organisation only, checked in the route like the queue).
  'GET /api/v1/filings/refiling': 'any',
  'GET /api/v1/refilings': 'any',
  'GET /api/v1/filing-reviews': 'any',
  'GET /api/v1/filing-reviews/:id': 'any',
  'POST /api/v1/filing-reviews/:id/review': REVIEW,
  // Rule packs (every node lists what it runs; only a ministry publishes), the node
  // directory, the national view (ministry) and rollups on demand (province). The views
  // belong to the node: a tenant's users get 403 in the use case.
  'GET /api/v1/rule-packs': 'any',
  'POST /api/v1/rule-packs': ['admin'],
  'GET /api/v1/nodes': ['admin', 'reviewer', 'auditor'],
  'GET /api/v1/national/overview': 'any',
  'GET /api/v1/national/refilings/overdue': 'any',
  'GET /api/v1/national/assessment-summaries': 'any',
  // Regulator views (docs/regulator-views.md): the node's own figures, like the national view.
  'GET /api/v1/regulator/overview': 'any',
  'GET /api/v1/regulator/map': 'any',
  'GET /api/v1/regulator/targets': 'any',
  'POST /api/v1/rollups/send': ['admin'],
  // Warnings (apps/server/src/warnings): a province's or the ministry's admins and officers
  // issue and chase, its reviewers and auditors follow; every enterprise user reads its
  // inbox, admins and officers acknowledge and answer.
  'POST /api/v1/warnings': ['admin', 'officer'],
  'GET /api/v1/warnings': ['admin', 'officer', 'reviewer', 'auditor'],
  'GET /api/v1/warnings/:id': ['admin', 'officer', 'reviewer', 'auditor'],
  'POST /api/v1/warnings/:id/chase': ['admin', 'officer'],
  'GET /api/v1/warning-inbox': 'any',
  'GET /api/v1/warning-inbox/:id': 'any',
  'POST /api/v1/warning-inbox/:id/ack': ['admin', 'officer'],
  'POST /api/v1/warning-inbox/:id/feedback': ['admin', 'officer'],
  // The yearly risk assessment and the cross-border self-check (apps/server/src/assessments):
  // officers run the assessment, complete and file it (like filings); reviewers help with
  // the checklist, evidence, findings and register; everyone of the org reads. The
  // province's list of received reports belongs to the node (tenants get 403 in the use case).
  'GET /api/v1/assessments': 'any',
  'POST /api/v1/assessments': ['officer'],
  'GET /api/v1/assessments/:id': 'any',
  'PATCH /api/v1/assessments/:id': ['officer'],
  'POST /api/v1/assessments/:id/refresh': ['officer'],
  'PUT /api/v1/assessments/:id/checklist/:itemId': REVIEW,
  'POST /api/v1/assessments/:id/evidence': REVIEW,
  'GET /api/v1/assessments/:id/evidence/:childId': 'any',
  'DELETE /api/v1/assessments/:id/evidence/:childId': REVIEW,
  'POST /api/v1/assessments/:id/findings': REVIEW,
  'PATCH /api/v1/assessments/:id/findings/:childId': REVIEW,
  'DELETE /api/v1/assessments/:id/findings/:childId': REVIEW,
  'POST /api/v1/assessments/:id/risks': REVIEW,
  'PATCH /api/v1/assessments/:id/risks/:childId': REVIEW,
  'DELETE /api/v1/assessments/:id/risks/:childId': REVIEW,
  'POST /api/v1/assessments/:id/complete': ['officer'],
  'POST /api/v1/assessments/:id/file': ['officer'],
  'GET /api/v1/assessments/:id/report.pdf': 'any',
  'GET /api/v1/assessments/:id/report.xlsx': 'any',
  'POST /api/v1/cross-border/self-check': ['admin', 'officer'],
  'GET /api/v1/cross-border/decisions': 'any',
  'GET /api/v1/cross-border/items': 'any',
  'GET /api/v1/cross-border/rules': 'any',
  'GET /api/v1/assessments-received': REGISTRY_READ,
  'POST /api/v1/assessments-received/:id/review': ['admin', 'officer', 'reviewer'],
  'GET /api/v1/assessment-summaries/:year': REGISTRY_READ,
  'POST /api/v1/assessment-summaries': ['admin', 'officer'],
  // Assessment checklist versions (apps/server/src/checklists): every user sees which one a
  // new assessment uses; a province's or the ministry's admins publish (like rule packs).
  'GET /api/v1/assessment-checklists': 'any',
  'GET /api/v1/assessment-checklists/:checklistId/:version': 'any',
  'POST /api/v1/assessment-checklists': ['admin'],
  // Incidents and risk reports (apps/server/src/incidents): admins and officers record and
  // report; everyone reads. Received incidents/risks: the node's own org (checked in the route).
  'GET /api/v1/incidents': 'any',
  'POST /api/v1/incidents': ['admin', 'officer'],
  'GET /api/v1/incidents/:id': 'any',
  'PATCH /api/v1/incidents/:id': ['admin', 'officer'],
  'POST /api/v1/incidents/:id/level': ['admin', 'officer'],
  'POST /api/v1/incidents/:id/updates': ['admin', 'officer'],
  'POST /api/v1/incidents/:id/reports': ['admin', 'officer'],
  'POST /api/v1/incidents/:id/close': ['admin', 'officer'],
  'GET /api/v1/incidents/:id/export.json': 'any',
  'GET /api/v1/incidents/:id/export.xlsx': 'any',
  'GET /api/v1/incidents/:id/export.pdf': 'any',
  'GET /api/v1/risk-reports': 'any',
  'POST /api/v1/risk-reports': ['admin', 'officer'],
  'GET /api/v1/incidents-received': 'any',
  'GET /api/v1/incidents-received/:id': 'any',
  'GET /api/v1/risks-received': 'any',
};

/** True when `role` may call the route `key` (`METHOD /path`). */
export function isAllowed(key: string, role: UserRole): boolean {
  const permission = PERMISSIONS[key];
  if (permission === undefined) return false;
  if (permission === 'public' || permission === 'any') return true;
  return permission.includes(role);
}
