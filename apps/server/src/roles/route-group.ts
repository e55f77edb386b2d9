import type { Capability } from '@shuan/core';
import type { NodeDeps } from '../http/context.ts';
import type { ZodApp } from '../http/zod-app.ts';

/** A group of routes and the capability a node needs to mount it (null: every node). */
export interface RouteGroup {
  name: string;
  capability: Capability | null;
  register: (app: ZodApp, deps: NodeDeps) => void;
}

/** One background job: a stable queue name and how to start its worker. */
export interface JobDefinition {
  name: string;
  /** The capability a node needs to run it (null: every node). */
  capability: Capability | null;
  start: (deps: NodeDeps) => Promise<void>;
}

/** A cron schedule that sends a job to a queue (pg-boss `schedule`, UTC). */
export interface ScheduleDefinition {
  queue: string;
  cron: string;
  capability: Capability | null;
}

/**
 * What a node role mounts: its API route groups (under `/api/v1`, session or API-token
 * auth), its federation route groups (under `/federation/v1`, authenticated by SM2
 * signatures, no cookies), its jobs and its schedules.
 */
export interface RoleModule {
  routeGroups: readonly RouteGroup[];
  federationGroups: readonly RouteGroup[];
  jobs: readonly JobDefinition[];
  schedules: readonly ScheduleDefinition[];
}
