/**
 * Incident and risk reporting rules (IR Plan 工信部网安〔2024〕214号; Measures Arts. 27–28;
 * reference §0 items 8–10 and §3): incident levels and grading with the deciding criterion,
 * the officer's raise-only override, report deadlines and routing, and the seven risk types.
 * Pure: callers pass the clock's instants and the holiday calendar.
 */
export * from './incident-levels.ts';
export * from './errors.ts';
export * from './incident-settings.ts';
export * from './incident-facts.ts';
export * from './grading-criteria.ts';
export * from './grade-incident.ts';
export * from './apply-officer-level.ts';
export * from './china-days.ts';
export * from './reporting-plan.ts';
export * from './risk-reports.ts';
