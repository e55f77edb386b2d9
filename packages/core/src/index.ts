/**
 * @shuan/core — the domain model and use cases of Shu'an. Pure TypeScript with no I/O:
 * everything outside (databases, files, clock) is a port declared here.
 */
export * from './taxonomy/index.ts';
export * from './scan/index.ts';
export * from './catalog/index.ts';
export * from './roles/index.ts';
export * from './federation/index.ts';
export * from './incidents/index.ts';
export * from './assessment/index.ts';
export * from './cross-border/index.ts';
export * from './warnings/index.ts';
