/**
 * The roles one server program can run as. The role is configuration: it decides which
 * routes, jobs and schedules are mounted, and code asks {@link hasCapability} instead of
 * comparing role names.
 */
export const NODE_ROLES = ['enterprise', 'province', 'ministry'] as const;

/** One of {@link NODE_ROLES}. */
export type NodeRole = (typeof NODE_ROLES)[number];

/**
 * What a node can do. `scans-sources` — registers and scans data sources;
 * `keeps-catalog` — keeps a reviewed important/core data catalog; `files-to-parent` —
 * files catalogs and reports up the federation; `receives-filings` — reviews children's
 * filings; `hosts-tenants` — hosts enterprises as tenants; `publishes-rule-packs` — issues
 * rule packs down the federation; `reports-to-parent` — sends rollups up;
 * `publishes-checklists` — issues risk assessment checklist versions down the federation.
 */
export const CAPABILITIES = [
  'scans-sources',
  'keeps-catalog',
  'files-to-parent',
  'receives-filings',
  'hosts-tenants',
  'publishes-rule-packs',
  'reports-to-parent',
  'publishes-checklists',
] as const;

/** One of {@link CAPABILITIES}. */
export type Capability = (typeof CAPABILITIES)[number];

/**
 * The capability table of the three-level linkage (部-省-企业三级联动). A province node also
 * hosts enterprise tenants, so it scans and keeps catalogs for them.
 */
export const ROLE_CAPABILITIES: Record<NodeRole, ReadonlySet<Capability>> = {
  enterprise: new Set<Capability>(['scans-sources', 'keeps-catalog', 'files-to-parent']),
  province: new Set<Capability>([
    'scans-sources',
    'keeps-catalog',
    'receives-filings',
    'hosts-tenants',
    'reports-to-parent',
    'publishes-checklists',
  ]),
  ministry: new Set<Capability>([
    'receives-filings',
    'publishes-rule-packs',
    'publishes-checklists',
  ]),
};

/**
 * True when a node of `role` has `capability`.
 *
 * @example hasCapability('enterprise', 'keeps-catalog') // true
 */
export function hasCapability(role: NodeRole, capability: Capability): boolean {
  return ROLE_CAPABILITIES[role].has(capability);
}

/** True when `value` is one of {@link NODE_ROLES}. */
export function isNodeRole(value: unknown): value is NodeRole {
  return typeof value === 'string' && (NODE_ROLES as readonly string[]).includes(value);
}
