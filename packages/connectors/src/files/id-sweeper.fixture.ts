// Test fixture: a sweeper a worker thread can build by name (connectors may not import the
// tools' sweeper). It reports every 18-character ID-like token with clean boundaries.
import type { FileSweeper } from './sweep-port.ts';

/** Builds the fixture sweeper; its `worker` names this very factory. */
export function createIdSweeper(): FileSweeper {
  return {
    sweep(text, onHit) {
      for (const m of text.matchAll(/(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])/g)) {
        onHit('pi.id_card', m.index, m.index + m[0].length);
      }
    },
    worker: { module: import.meta.url, factory: 'createIdSweeper' },
  };
}
