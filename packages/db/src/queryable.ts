import type pg from 'pg';

/** A pool, a pooled client inside a transaction, or a plain client: repositories accept each. */
export type Queryable = pg.Pool | pg.ClientBase;
