/**
 * Warnings and notices going down (预警通报, Measures Art. 26; issue #5 §3): levels, types,
 * audiences and their resolution against a registry, indicator validation and matching
 * against an enterprise's holdings, and the issuer's tracking figures. Pure.
 */
export * from './warning-model.ts';
export * from './indicators.ts';
export * from './indicator-matching.ts';
export * from './tracking.ts';
export * from './auto-chase.ts';
