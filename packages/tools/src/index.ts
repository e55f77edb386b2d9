/**
 * @shuan/tools — the toolkit: pure recognizers and validators of sensitive values, the
 * rule-pack classifier, and (later) SM2/SM3/SM4, masking and watermarking. No I/O beyond
 * reading the bundled rule-pack files once.
 */
export * from './labeling/label-column.ts';
export * from './text-sweep/index.ts';
export * from './rule-packs/index.ts';
export * from './classifier/index.ts';
export * from './validators/index.ts';
export * from './recognizers/index.ts';
export * from './dictionaries/index.ts';
export * from './crypto/index.ts';
export * from './federation/index.ts';
export * from './registry/index.ts';
