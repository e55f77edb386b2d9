export { createClassifier, type ClassifierOptions } from './create-classifier.ts';
export { tableBaseName } from './table-text.ts';
