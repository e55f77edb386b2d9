import { assessmentsGroup } from '../assessments/assessments.routes.ts';
import { crossBorderGroup } from '../assessments/cross-border.routes.ts';
import { checklistsGroup } from '../checklists/checklists.routes.ts';
import { filingsGroup } from '../filings/filings.routes.ts';
import { refilingCheckJob, refilingCheckSchedule } from '../filings/refiling-check.job.ts';
import { incidentsGroup } from '../incidents/incidents.routes.ts';
import { scanSourceJob } from '../jobs/scan-source.job.ts';
import { rulePacksGroup } from '../rule-packs/rule-packs.routes.ts';
import { accountRoutes } from '../routes/account.routes.ts';
import { auditRoutes } from '../routes/audit.routes.ts';
import { catalogExportRoutes } from '../routes/catalog-export.routes.ts';
import { catalogItemRoutes } from '../routes/catalog-items.routes.ts';
import { catalogVersionRoutes } from '../routes/catalog-versions.routes.ts';
import { overviewRoutes } from '../routes/overview.routes.ts';
import { scanRoutes } from '../routes/scans.routes.ts';
import { sourceRoutes } from '../routes/sources.routes.ts';
import { userRoutes } from '../routes/users.routes.ts';
import {
  federationAdminGroup,
  federationIdentityGroup,
  federationSyncJobFor,
  federationSyncScheduleFor,
} from './federation-groups.ts';
import type { RoleModule } from './route-group.ts';
import { warningsGroup } from '../warnings/warnings.routes.ts';

/**
 * The enterprise node: accounts, data sources and scans, the reviewed catalog with its
 * versions and exports, the audit log, and the scan worker; in the federation it is a child
 * that pushes to and pulls from its province (job `federation-sync`, every minute at least).
 */
export const enterpriseRole: RoleModule = {
  routeGroups: [
    { name: 'accounts', capability: null, register: accountRoutes },
    { name: 'users', capability: null, register: userRoutes },
    { name: 'audit', capability: null, register: auditRoutes },
    { name: 'sources', capability: 'scans-sources', register: sourceRoutes },
    { name: 'scans', capability: 'scans-sources', register: scanRoutes },
    { name: 'catalog-items', capability: 'keeps-catalog', register: catalogItemRoutes },
    { name: 'catalog-versions', capability: 'keeps-catalog', register: catalogVersionRoutes },
    { name: 'catalog-export', capability: 'keeps-catalog', register: catalogExportRoutes },
    { name: 'overview', capability: 'keeps-catalog', register: overviewRoutes },
    // Filing the catalog with the province (the filing loop); on a province see tenantFilingsGroup.
    filingsGroup,
    // Incidents and risk reports, sent to the province (on a province: tenantIncidentsGroup).
    incidentsGroup,
    // The yearly risk assessment (filed with the province) and the cross-border self-check.
    assessmentsGroup,
    crossBorderGroup,
    // The assessment checklists held (built in or received); a province also publishes.
    checklistsGroup,
    federationAdminGroup,
    // Lists the rule packs the scanner runs (bundled or received from the parent).
    rulePacksGroup,
    // Warnings (预警通报): the inbox here; on a province (which spreads these groups) also
    // issuing and tracking.
    warningsGroup,
  ],
  federationGroups: [federationIdentityGroup],
  // The re-filing check: a material catalog change since the accepted filing (3 months).
  jobs: [scanSourceJob, federationSyncJobFor('files-to-parent'), refilingCheckJob],
  schedules: [federationSyncScheduleFor('files-to-parent'), refilingCheckSchedule],
};
