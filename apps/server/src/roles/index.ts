import { hasCapability, type Capability, type NodeRole } from '@shuan/core';
import { enterpriseRole } from './enterprise.ts';
import { ministryRole } from './ministry.ts';
import { provinceRole } from './province.ts';
import type { RoleModule } from './route-group.ts';

/** The module of each role: what it mounts is listed in `roles/<role>.ts`. */
const ROLE_MODULES: Record<NodeRole, RoleModule> = {
  enterprise: enterpriseRole,
  province: provinceRole,
  ministry: ministryRole,
};

/**
 * The module of a node role, keeping only the route groups, jobs and schedules whose
 * capability the role has (so a group listed by mistake on the wrong role stays unmounted).
 */
export function roleModuleOf(role: NodeRole): RoleModule {
  const module = ROLE_MODULES[role];
  const allowed = (item: { capability: Capability | null }): boolean =>
    item.capability === null || hasCapability(role, item.capability);
  return {
    routeGroups: module.routeGroups.filter(allowed),
    federationGroups: module.federationGroups.filter(allowed),
    jobs: module.jobs.filter(allowed),
    schedules: module.schedules.filter(allowed),
  };
}
