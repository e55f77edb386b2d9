/** Whole-value recognizers: the fast path over sampled values, and the context-hinted checks. */
export { createValueRecognizer, recognizeValue, type ValueRecognizer } from './value-recognizer.ts';
export { VALUE_HINTS, recognizeWithHint, type ValueHint } from './hint-values.ts';
