export * from './ports.ts';
export * from './scan-source.ts';
