// Worker-thread entry of the text-file pool (text-file-pool.ts): samples and sweeps one whole
// text file per message with the sweeper the message names, and posts the sample back.
import { parentPort } from 'node:worker_threads';
import { sampleTextFile, type TextFileLayout, type TextFileSample } from './delimited-file.ts';
import type { FileSweeper, SweeperFactoryRef } from './sweep-port.ts';

/** One file to sample, as posted to the worker. */
export interface TextFileTask {
  id: number;
  path: string;
  layout: TextFileLayout;
  rows: number;
  sweeper: SweeperFactoryRef;
}

/** The worker's answer: the sample, or the error with its `code` (errors lose it in transit). */
export type TextFileReply =
  | { id: number; sample: TextFileSample }
  | { id: number; error: { message: string; code: string | undefined } };

const sweepers = new Map<string, Promise<FileSweeper>>();

async function buildSweeper(ref: SweeperFactoryRef): Promise<FileSweeper> {
  const mod = (await import(ref.module)) as Record<string, unknown>;
  const factory = mod[ref.factory];
  if (typeof factory !== 'function') {
    throw new Error(`${ref.module} does not export a function ${ref.factory}`);
  }
  return (factory as () => FileSweeper)();
}

function sweeperFor(ref: SweeperFactoryRef): Promise<FileSweeper> {
  const key = `${ref.module}#${ref.factory}`;
  let sweeper = sweepers.get(key);
  if (sweeper === undefined) {
    sweeper = buildSweeper(ref);
    sweepers.set(key, sweeper);
  }
  return sweeper;
}

async function run(task: TextFileTask): Promise<TextFileReply> {
  try {
    const sweeper = await sweeperFor(task.sweeper);
    return {
      id: task.id,
      sample: await sampleTextFile(task.path, task.layout, task.rows, sweeper),
    };
  } catch (error) {
    const code =
      typeof error === 'object' &&
      error !== null &&
      'code' in error &&
      typeof error.code === 'string'
        ? error.code
        : undefined;
    const message = error instanceof Error ? error.message : String(error);
    return { id: task.id, error: { message, code } };
  }
}

parentPort?.on('message', (task: TextFileTask) => {
  void run(task).then((reply) => parentPort?.postMessage(reply));
});
