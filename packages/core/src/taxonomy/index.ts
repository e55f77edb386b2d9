export * from './levels.ts';
export * from './labels.ts';
export * from './categories.ts';
