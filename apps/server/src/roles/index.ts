import { hasCapability, type NodeRole } from '@shuan/core';
import { ConfigError } from '../config.ts';
import { enterpriseRole } from './enterprise.ts';
import type { RoleModule } from './route-group.ts';

/** The roles whose modules exist; province and ministry come with their issues. */
const ROLE_MODULES: Partial<Record<NodeRole, RoleModule>> = { enterprise: enterpriseRole };

/**
 * The module of a node role, keeping only the route groups and jobs whose capability the
 * role has. Throws a {@link ConfigError} for a role that is not built yet.
 */
export function roleModuleOf(role: NodeRole): RoleModule {
  const module = ROLE_MODULES[role];
  if (module === undefined) {
    throw new ConfigError(
      `SHUAN_ROLE=${role} 尚未实现，目前仅支持 enterprise / role ${role} is not available yet; use enterprise`,
    );
  }
  const allowed = (capability: Parameters<typeof hasCapability>[1] | null): boolean =>
    capability === null || hasCapability(role, capability);
  return {
    routeGroups: module.routeGroups.filter((group) => allowed(group.capability)),
    jobs: module.jobs.filter((job) => allowed(job.capability)),
  };
}
