/**
 * @shuan/contracts — zod schemas of every boundary shape: HTTP requests and responses,
 * federation messages, and the public scan report. Types come from `z.infer`.
 */
export * from './scan-report.schema.ts';
export * from './api/index.ts';
export * from './federation/index.ts';
