export { openPathSource, type PathSourceOptions } from './path-source.ts';
export type { FileSweeper } from './sweep-port.ts';
