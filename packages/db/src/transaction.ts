import type pg from 'pg';

/**
 * Runs `fn` inside one transaction on a client of `pool`: COMMIT when it resolves,
 * ROLLBACK when it throws (and the error is rethrown). Use it whenever a change and its
 * audit entry must land together, or not at all.
 *
 * @example
 * await withTransaction(pool, async (tx) => { await insertSource(tx, row); await appendAudit(tx, entry); });
 */
export async function withTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  return runInTransaction(pool, 'BEGIN', fn);
}

/**
 * Runs the reads of `fn` on one read-only REPEATABLE READ snapshot: a view built from
 * several queries then never mixes two states of the data (e.g. a list and the "current"
 * item picked from it, while a message is applied between the two reads).
 */
export async function withReadSnapshot<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  return runInTransaction(pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', fn);
}

async function runInTransaction<T>(
  pool: pg.Pool,
  begin: string,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(begin);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    // A client whose ROLLBACK failed (the connection died, e.g. PostgreSQL restarted) may
    // still be inside the aborted transaction: destroy it rather than hand it to the next caller.
    client.release(broken);
  }
}
