import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { buildDemoSqlite } from './emit/build-sqlite.ts';
import { DEMO_VERSION } from './generate.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Where the cached demo database lives: `$SHUAN_DATA_DIR/demo/shuan-demo.sqlite` when the
 * variable is set, otherwise `<repo>/.data/demo/shuan-demo.sqlite`.
 */
export function defaultDemoPath(): string {
  const base = process.env.SHUAN_DATA_DIR ?? join(REPO_ROOT, '.data');
  return join(base, 'demo', 'shuan-demo.sqlite');
}

function isCurrent(path: string): boolean {
  if (!existsSync(path)) return false;
  try {
    const db = new DatabaseSync(path, { readOnly: true });
    try {
      const row = db.prepare('PRAGMA user_version').get() as { user_version?: number } | undefined;
      return row?.user_version === DEMO_VERSION;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/**
 * Returns the path of the demo SQLite database (default seed), building it once if it is
 * missing or was built by an older generator. Safe when several processes call it at once:
 * each builds into its own temporary file and renames it into place atomically.
 */
export async function ensureDemoDatabase(): Promise<string> {
  const path = defaultDemoPath();
  if (isCurrent(path)) return path;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    buildDemoSqlite(tmp);
    renameSync(tmp, path);
  } finally {
    if (existsSync(tmp)) rmSync(tmp);
  }
  return Promise.resolve(path);
}
