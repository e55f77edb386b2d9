/**
 * Federation rules of the ministry – province – enterprise linkage: the envelope's domain
 * constants, the receiver's acceptance rules, chunking of large payloads, delivery back-off,
 * enrollment tokens, the filing deadlines and the material-change rule. Pure: no clock, randomness or I/O.
 */
export * from './envelope.ts';
export * from './errors.ts';
export * from './check-envelope.ts';
export * from './chunks.ts';
export * from './retry.ts';
export * from './enrollment.ts';
export * from './working-days.ts';
export * from './holiday-calendar.ts';
export * from './filing-deadlines.ts';
export * from './material-change.ts';
