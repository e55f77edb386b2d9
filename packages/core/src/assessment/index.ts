/**
 * The yearly data security risk assessment (Measures Art. 31; RA Rules 工信部网安〔2024〕82号;
 * reference §0 item 7 and §2): versioned checklists with the 2024 rules' eight items built in,
 * the likelihood × impact risk matrix, and the filing deadline, validity and reminders.
 */
export * from './errors.ts';
export * from './assessment-settings.ts';
export * from './checklist.ts';
export * from './builtin-checklists.ts';
export * from './checklist-versions.ts';
export * from './risk-matrix.ts';
export * from './assessment-deadlines.ts';
export * from './year-summary.ts';
