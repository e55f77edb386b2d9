/**
 * The cross-border self-check under the CAC 2024 Provisions (reference §6) and the Measures'
 * Art. 21: which mechanism an outbound transfer needs, with its legal basis, and core data
 * flagged as not allowed to leave.
 */
export * from './errors.ts';
export * from './cross-border-basis.ts';
export * from './cross-border-settings.ts';
export * from './decide-cross-border-path.ts';
export * from './catalog-levels.ts';
