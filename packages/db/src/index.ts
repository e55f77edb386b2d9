/**
 * @shuan/db — the PostgreSQL adapter: forward-only SQL migrations, the embedded PostgreSQL
 * used when no `DATABASE_URL` is set, a transaction helper, and the repositories. Every
 * repository method takes the org id and filters by it.
 */
export * from './queryable.ts';
export * from './transaction.ts';
export * from './migrate.ts';
export * from './embedded-postgres.ts';
export * from './postmaster.ts';
export * from './atomic-file.ts';
export * from './list-query.ts';
export * from './repositories/organizations-repository.pg.ts';
export * from './repositories/users-repository.pg.ts';
export * from './repositories/sessions-repository.pg.ts';
export * from './repositories/sources-repository.pg.ts';
export * from './repositories/scans-repository.pg.ts';
export * from './repositories/scan-findings-repository.pg.ts';
export * from './repositories/catalog-items-repository.pg.ts';
export * from './repositories/catalog-versions-repository.pg.ts';
export * from './repositories/audit-repository.pg.ts';
