import { Worker } from 'node:worker_threads';
import type { TextFileLayout, TextFileSample } from './delimited-file.ts';
import type { SweeperFactoryRef } from './sweep-port.ts';
import type { TextFileReply, TextFileTask } from './text-file-worker.ts';

/** Samples whole text files on worker threads. */
export interface TextFilePool {
  /** Samples and sweeps the file on a worker thread; rejects with the worker's error. */
  sample(
    path: string,
    layout: TextFileLayout,
    rows: number,
    sweeper: SweeperFactoryRef,
  ): Promise<TextFileSample>;
  /** Whether a file posted now would start at once: a thread is idle or may be started. */
  hasRoom(): boolean;
  /** Stops the threads; tasks still queued or running are rejected. */
  close(): Promise<void>;
}

interface Pending {
  task: TextFileTask;
  resolve: (sample: TextFileSample) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  running: Pending | undefined;
}

const WORKER_URL = new URL('./text-file-worker.ts', import.meta.url);

/**
 * Creates a pool of at most `size` worker threads, started on first use. The sweep of a large
 * file is CPU-bound, so the folder reader puts one file on each core this way; each thread
 * streams its file in 4 MB chunks, so memory stays bounded by the threads, not the files.
 * Idle threads do not keep the process alive.
 */
export function createTextFilePool(size: number): TextFilePool {
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 0;
  let closed = false;

  const finish = (slot: Slot): void => {
    slot.running = undefined;
    slot.worker.unref();
    pump();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(WORKER_URL), running: undefined };
    slot.worker.on('message', (reply: TextFileReply) => {
      const pending = slot.running;
      if (pending === undefined || pending.task.id !== reply.id) return;
      if ('sample' in reply) pending.resolve(reply.sample);
      else
        pending.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
      finish(slot);
    });
    const fail = (error: Error): void => {
      const index = slots.indexOf(slot);
      if (index >= 0) slots.splice(index, 1);
      slot.running?.reject(error);
      slot.running = undefined;
      pump();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (slots.includes(slot)) fail(new Error(`text file worker exited with code ${code}`));
    });
    slots.push(slot);
    return slot;
  };

  function pump(): void {
    while (!closed && queue.length > 0) {
      const slot =
        slots.find((s) => s.running === undefined) ?? (slots.length < size ? spawn() : undefined);
      if (slot === undefined) return;
      const pending = queue.shift();
      if (pending === undefined) return;
      slot.running = pending;
      slot.worker.ref();
      slot.worker.postMessage(pending.task);
    }
  }

  return {
    sample(path, layout, rows, sweeper) {
      if (closed) return Promise.reject(new Error('text file pool is closed'));
      return new Promise((resolve, reject) => {
        queue.push({ task: { id: nextId++, path, layout, rows, sweeper }, resolve, reject });
        pump();
      });
    },
    hasRoom() {
      return (
        !closed &&
        queue.length === 0 &&
        (slots.length < size || slots.some((s) => s.running === undefined))
      );
    },
    async close() {
      closed = true;
      const stopped = new Error('text file pool closed');
      for (const pending of queue.splice(0)) pending.reject(stopped);
      const running = slots.splice(0);
      for (const slot of running) slot.running?.reject(stopped);
      await Promise.all(running.map((slot) => slot.worker.terminate()));
    },
  };
}
