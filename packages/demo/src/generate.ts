import { createRng } from './rng.ts';
import { DEMO_TABLES, type Cell, type DemoTable } from './schema/index.ts';
import { buildWorld, type World } from './world.ts';

/** The default seed of the demo database. */
export const DEFAULT_SEED = 'shuan-demo-2026';

/**
 * Bumped whenever the generated data or schema changes, so cached demo files are rebuilt
 * (stored as SQLite `PRAGMA user_version`).
 */
export const DEMO_VERSION = 1;

/** A seeded source of rows: the shared world plus one generator per table. */
export interface DemoData {
  seed: string;
  world: World;
  /** Rows of one table in column order; each call regenerates them identically. */
  rows(table: DemoTable): Generator<Cell[], void, undefined>;
}

/**
 * Prepares the demo data for a seed. Every table has its own random stream derived from the
 * seed and the table name, so tables do not shift when another table changes.
 */
export function demoData(seed: string = DEFAULT_SEED): DemoData {
  const world = buildWorld(createRng(`${seed}:world`));
  return {
    seed,
    world,
    *rows(table) {
      const rng = createRng(`${seed}:${table.name}`);
      const names = table.columns.map((c) => c.name);
      for (let i = 0; i < table.rows; i++) {
        const obj = table.row(rng, i, world);
        yield names.map((n) => {
          const v = obj[n];
          if (v === undefined) throw new Error(`${table.name}.${n}: no value in row ${i}`);
          return v;
        });
      }
    },
  };
}

/** Collects `size`-row batches of a table's rows (for multi-row INSERTs). */
export function* batches(
  data: DemoData,
  table: DemoTable,
  size: number,
): Generator<Cell[][], void, undefined> {
  let batch: Cell[][] = [];
  for (const row of data.rows(table)) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export { DEMO_TABLES };
