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
  | 'manageUsers'
  | 'fileCatalog'
  | 'decideFilings'
  | 'reportIncidents'
  | 'issueWarnings'
  | 'answerWarnings'
  | 'crossBorderCheck'
  | 'reviewAssessments'
  | 'sendYearSummary';

const ALLOWED: Record<Action, readonly Role[]> = {
  manageSources: ['admin', 'officer'],
  runScans: ['admin', 'officer'],
  review: ['officer', 'reviewer'],
  editFiling: ['officer', 'reviewer'],
  freezeVersion: ['officer'],
  readAudit: ['admin', 'auditor'],
  manageUsers: ['admin'],
  fileCatalog: ['officer'],
  decideFilings: ['officer', 'reviewer'],
  reportIncidents: ['admin', 'officer'],
  issueWarnings: ['admin', 'officer'],
  answerWarnings: ['admin', 'officer'],
  crossBorderCheck: ['admin', 'officer'],
  // 审核 of the assessment reports a province received.
  reviewAssessments: ['admin', 'officer', 'reviewer'],
  // The yearly summary of receipt and review, sent to the ministry.
  sendYearSummary: ['admin', 'officer'],
};

/** True when `role` may perform `action`. */
export function can(role: Role | undefined, action: Action): boolean {
  return role !== undefined && ALLOWED[action].includes(role);
}
