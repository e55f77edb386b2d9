import { assessmentSummariesGroup } from '../assessments/assessment-summaries.routes.ts';
import { receivedAssessmentsGroup } from '../assessments/received-assessments.routes.ts';
import { filingReviewsGroup } from '../filings/filing-reviews.routes.ts';
import { tenantFilingsGroup } from '../filings/filings.routes.ts';
import { refilingCheckJob, refilingCheckSchedule } from '../filings/refiling-check.job.ts';
import { refilingsGroup } from '../filings/refilings.routes.ts';
import { incidentsReceivedGroup } from '../incidents/incidents-received.routes.ts';
import { tenantIncidentsGroup } from '../incidents/incidents.routes.ts';
import { scanSourceJob } from '../jobs/scan-source.job.ts';
import { warningAutoChaseJob, warningAutoChaseSchedule } from '../jobs/warning-auto-chase.job.ts';
import { nationalGroup, rollupsGroup } from '../national/national.routes.ts';
import { enterpriseRegistryGroup } from '../registry/enterprises.routes.ts';
import { rollupJob, rollupSchedule } from '../rollups/rollup.job.ts';
import { enterpriseRole } from './enterprise.ts';
import {
  federationIdentityGroup,
  federationParentGroup,
  federationSyncJobFor,
  federationSyncScheduleFor,
} from './federation-groups.ts';
import type { RoleModule } from './route-group.ts';

/**
 * The province node (省级节点). Everything it mounts, in one place:
 *
 * - API route groups: the enterprise groups, because a province hosts enterprises without
 *   a node of their own as tenants (capabilities `hosts-tenants`, `scans-sources`,
 *   `keeps-catalog`), plus the federation admin API (tokens, peers, suspension, rejections)
 *   and the enterprise registry (`registry/`).
 * - Federation routes (`/federation/v1`): identity, and as a parent: enroll, messages, pull.
 * - Jobs: the scan worker (tenants' scans) and `federation-sync` towards the ministry
 *   (a no-op until the province enrolls with one).
 * - Schedules: `federation-sync` every minute as a backstop of its own re-queueing;
 *   `federation-rollup` (rollup.report to the ministry) every hour at minute 7;
 *   `warning-auto-chase` (自动催办 of its own warnings' laggards) every hour at minute 23;
 *   `filing-refiling-check` (its tenants' re-filing after a material change) every 10 minutes.
 * - Rule packs from the ministry are applied and passed on by the `rulepack.publish` handler.
 */
export const provinceRole: RoleModule = {
  routeGroups: [
    // Includes the federation admin group.
    ...enterpriseRole.routeGroups,
    enterpriseRegistryGroup,
    // The filing loop: tenants file into this node's queue (the enterprise group needs
    // `files-to-parent`, which a province lacks), and the province reviews.
    tenantFilingsGroup,
    filingReviewsGroup,
    // Enterprises that must re-file after a material change (3 months), overdue ones first.
    refilingsGroup,
    // Assessment reports received from children and tenants (issue #5 §1).
    receivedAssessmentsGroup,
    // Their review, and the yearly summary to the ministry before 25 December.
    assessmentSummariesGroup,
    // Tenants report incidents and risks into this node's received tables; the list of them.
    tenantIncidentsGroup,
    incidentsReceivedGroup,
    // Node directory (children's health and pack versions); rollups to the ministry on demand.
    nationalGroup,
    rollupsGroup,
  ],
  federationGroups: [federationIdentityGroup, federationParentGroup],
  jobs: [
    scanSourceJob,
    federationSyncJobFor('reports-to-parent'),
    rollupJob,
    warningAutoChaseJob,
    refilingCheckJob,
  ],
  schedules: [
    federationSyncScheduleFor('reports-to-parent'),
    rollupSchedule,
    warningAutoChaseSchedule,
    refilingCheckSchedule,
  ],
};
