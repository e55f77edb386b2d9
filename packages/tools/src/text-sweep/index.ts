export * from './text-sweeper.ts';
