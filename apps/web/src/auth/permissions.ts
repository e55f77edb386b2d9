/**
 * What each role may do in the web app, mirroring the server's route table (API plan).
 * The server enforces it; the app only hides buttons a role could not use.
 */
import type { Role } from '../api/types.ts';

export type Action =
  | 'manageSources'
  | 'runScans'
  | 'review'
  | 'editFiling'
  | 'freezeVersion'
  | 'readAudit'
  | 'manageUsers';

const ALLOWED: Record<Action, readonly Role[]> = {
  manageSources: ['admin', 'officer'],
  runScans: ['admin', 'officer'],
  review: ['officer', 'reviewer'],
  editFiling: ['officer', 'reviewer'],
  freezeVersion: ['officer'],
  readAudit: ['admin', 'auditor'],
  manageUsers: ['admin'],
};

/** True when `role` may perform `action`. */
export function can(role: Role | undefined, action: Action): boolean {
  return role !== undefined && ALLOWED[action].includes(role);
}
