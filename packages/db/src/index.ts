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
export * from './jsonb-param.ts';
export * from './repositories/organizations-repository.pg.ts';
export * from './repositories/users-repository.pg.ts';
export * from './repositories/sessions-repository.pg.ts';
export * from './repositories/sources-repository.pg.ts';
export * from './repositories/scans-repository.pg.ts';
export * from './repositories/scan-findings-repository.pg.ts';
export * from './repositories/catalog-items-repository.pg.ts';
export * from './repositories/catalog-versions-repository.pg.ts';
export * from './repositories/audit-repository.pg.ts';
export * from './repositories/enterprises-repository.pg.ts';
export * from './repositories/federation-peers.pg.ts';
export * from './repositories/federation-registry-links.pg.ts';
export * from './repositories/federation-tokens.pg.ts';
export * from './repositories/federation-outbox.pg.ts';
export * from './repositories/federation-inbox.pg.ts';
export * from './repositories/federation-rejections.pg.ts';
export * from './repositories/federation-filings.pg.ts';
export * from './repositories/filings.pg.ts';
export * from './repositories/filing-reviews.pg.ts';
export * from './repositories/refilings.pg.ts';
export * from './repositories/rule-packs.pg.ts';
export * from './repositories/federation-rollups.pg.ts';
export * from './repositories/rollup-refilings.pg.ts';
export * from './repositories/node-directory.pg.ts';
export * from './repositories/assessments.pg.ts';
export * from './repositories/assessment-findings.pg.ts';
export * from './repositories/assessment-facts.pg.ts';
export * from './repositories/assessment-year-summaries.pg.ts';
export * from './repositories/cross-border.pg.ts';
export * from './repositories/assessment-checklists.pg.ts';
export * from './repositories/incidents.pg.ts';
export * from './repositories/received-incidents.pg.ts';
export * from './repositories/warnings.pg.ts';
export * from './repositories/warning-follow-up.pg.ts';
export * from './repositories/warning-inbox.pg.ts';
export * from './repositories/regulator-rollups.pg.ts';
