/**
 * A background writer for the "list while the catalog changes" case: commits an edit of one
 * catalog item every `intervalMs` on its own connection, as another server instance or an
 * officer would. Each commit retires the org's cached answers (migration 0004), so the list
 * measured meanwhile pays a database query after every write.
 */
import pg from 'pg';

/** A running writer; `stop` ends it and returns how many commits it made. */
export interface Writer {
  stop: () => Promise<number>;
}

export async function startWriter(databaseUrl: string, intervalMs: number): Promise<Writer> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let commits = 0;
  const state = { running: true };
  const loop = (async () => {
    while (state.running) {
      await client.query(
        `UPDATE catalog_items SET department = 'bench-' || $1::text
         WHERE id = (SELECT id FROM catalog_items ORDER BY table_name, id LIMIT 1)`,
        [String(commits % 10)],
      );
      commits += 1;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    stop: async () => {
      state.running = false;
      await loop;
      await client.end();
      return commits;
    },
  };
}
