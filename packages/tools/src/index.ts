/**
 * @shuan/tools — the toolkit: pure recognizers and validators of sensitive values, the
 * rule-pack classifier, and (later) SM2/SM3/SM4, masking and watermarking. No I/O.
 */
export * from './labeling/label-column.ts';
