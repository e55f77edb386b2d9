export * from './catalog-item.ts';
export * from './errors.ts';
export * from './propose-from-scan.ts';
export * from './review-item.ts';
export * from './diff-versions.ts';
