import { FEDERATION_SYNC_QUEUE, federationSyncJob } from '../jobs/federation-sync.job.ts';
import { federationAdminRoutes } from '../routes/federation-admin.routes.ts';
import {
  federationIdentityRoutes,
  federationParentRoutes,
} from '../routes/federation-protocol.routes.ts';
import type { JobDefinition, RouteGroup, ScheduleDefinition } from './route-group.ts';

/**
 * The federation pieces the role modules share, so each role lists them by name.
 * Admin API (`/api/v1/federation/…`): every node (a node without children answers
 * FED_NOT_A_PARENT to the token and suspension calls).
 */
export const federationAdminGroup: RouteGroup = {
  name: 'federation-admin',
  capability: null,
  register: federationAdminRoutes,
};

/** `GET /federation/v1/identity`: every node publishes its node id and public key. */
export const federationIdentityGroup: RouteGroup = {
  name: 'federation-identity',
  capability: null,
  register: federationIdentityRoutes,
};

/** Enroll, push and pull (`/federation/v1/…`): nodes that have children. */
export const federationParentGroup: RouteGroup = {
  name: 'federation-parent',
  capability: 'receives-filings',
  register: federationParentRoutes,
};

/** The child's side: push the outbox, pull from the parent, send heartbeats. */
export function federationSyncJobFor(capability: JobDefinition['capability']): JobDefinition {
  return { ...federationSyncJob, capability };
}

/** The cron backstop of the self-rescheduling sync job (it re-queues itself between runs). */
export function federationSyncScheduleFor(
  capability: ScheduleDefinition['capability'],
): ScheduleDefinition {
  return { queue: FEDERATION_SYNC_QUEUE, cron: '* * * * *', capability };
}
