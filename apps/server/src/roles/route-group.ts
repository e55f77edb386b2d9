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
  capability: Capability;
  start: (deps: NodeDeps) => Promise<void>;
}

/** What a node role mounts: its route groups and its jobs. */
export interface RoleModule {
  routeGroups: readonly RouteGroup[];
  jobs: readonly JobDefinition[];
}
