export * from './error-codes.ts';
export * from './common.schema.ts';
export * from './auth.schema.ts';
export * from './users.schema.ts';
export * from './sources.schema.ts';
export * from './scans.schema.ts';
export * from './catalog.schema.ts';
export * from './audit.schema.ts';
