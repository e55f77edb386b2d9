import { accountRoutes } from '../routes/account.routes.ts';
import { warningAutoChaseJob, warningAutoChaseSchedule } from '../jobs/warning-auto-chase.job.ts';
import { auditRoutes } from '../routes/audit.routes.ts';
import { incidentsReceivedGroup } from '../incidents/incidents-received.routes.ts';
import { receivedAssessmentsGroup } from '../assessments/received-assessments.routes.ts';
import { checklistsGroup } from '../checklists/checklists.routes.ts';
import { nationalGroup } from '../national/national.routes.ts';
import { userRoutes } from '../routes/users.routes.ts';
import { rulePacksGroup } from '../rule-packs/rule-packs.routes.ts';
import {
  federationAdminGroup,
  federationIdentityGroup,
  federationParentGroup,
} from './federation-groups.ts';
import type { RoleModule } from './route-group.ts';
import { warningsGroup } from '../warnings/warnings.routes.ts';
import { registryReferenceRoutes } from '../registry/reference-data.routes.ts';

/**
 * The ministry node (部级节点), the root of the federation. Everything it mounts:
 *
 * - API route groups: accounts, users, audit, and the federation admin API (tokens for
 *   provinces, peers, suspension, rejections).
 * - Federation routes (`/federation/v1`): identity, and as a parent: enroll, messages, pull.
 * - Jobs and schedules: `warning-auto-chase` (自动催办) every hour at minute 23; it has no
 *   parent, so no federation sync.
 */
export const ministryRole: RoleModule = {
  routeGroups: [
    { name: 'accounts', capability: null, register: accountRoutes },
    { name: 'users', capability: null, register: userRoutes },
    { name: 'audit', capability: null, register: auditRoutes },
    federationAdminGroup,
    // Publishing rule packs, the province directory and the national view.
    rulePacksGroup,
    nationalGroup,
    // Incidents and risks forwarded by the provinces (重大 and above).
    incidentsReceivedGroup,
    // Assessment reports passed on by the provinces, and checklist versions it publishes.
    receivedAssessmentsGroup,
    checklistsGroup,
    // Warnings (预警通报) issued to the provinces' enterprises, and their tracking; the
    // audience picker's reference data (regions, industries) without the registry itself.
    warningsGroup,
    { name: 'registry-reference', capability: null, register: registryReferenceRoutes },
  ],
  federationGroups: [federationIdentityGroup, federationParentGroup],
  // The automatic chase (自动催办) of its warnings' laggards, through the provinces.
  jobs: [warningAutoChaseJob],
  schedules: [warningAutoChaseSchedule],
};
