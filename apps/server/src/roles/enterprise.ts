import { scanSourceJob } from '../jobs/scan-source.job.ts';
import { accountRoutes } from '../routes/account.routes.ts';
import { auditRoutes } from '../routes/audit.routes.ts';
import { catalogExportRoutes } from '../routes/catalog-export.routes.ts';
import { catalogItemRoutes } from '../routes/catalog-items.routes.ts';
import { catalogVersionRoutes } from '../routes/catalog-versions.routes.ts';
import { overviewRoutes } from '../routes/overview.routes.ts';
import { scanRoutes } from '../routes/scans.routes.ts';
import { sourceRoutes } from '../routes/sources.routes.ts';
import { userRoutes } from '../routes/users.routes.ts';
import type { RoleModule } from './route-group.ts';

/**
 * The enterprise node: accounts, data sources and scans, the reviewed catalog with its
 * versions and exports, the audit log, and the scan worker.
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
  ],
  jobs: [scanSourceJob],
};
