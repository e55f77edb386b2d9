/**
 * Builds the PostgreSQL fixture of goal 2: one template table filled by `INSERT … SELECT`
 * from `generate_series` (seeded `random()`, md5), then every `t_NNNN` as
 * `CREATE UNLOGGED TABLE … AS SELECT <20 of the 30 template columns, renamed>` on two
 * connections, then ANALYZE. The database comment holds the fixture signature, written last,
 * so a kept database (`--keep`) is reused only when complete and of the same shape.
 */
import pg from 'pg';
import { createRng } from '../lib/prng.ts';
import { nowMs } from '../lib/measure.ts';
import { COLUMN_KINDS, HELPER_FUNCTIONS_SQL, type ColumnKind } from './fixture-columns.ts';

/** The fixture database name (the same every run, so `--keep` can reuse it). */
export const FIXTURE_DB = 'shuan_bench_scan';
const FIXTURE_VERSION = 'v1';

/** Where the fixture is and whether this run built it. */
export interface Fixture {
  url: string;
  built: boolean;
  buildMs: number;
  sensitiveColumns: number;
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

function dbUrl(serverUrl: string, db: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${db}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The columns table `index` takes: 20 kinds, 0–6 of them sensitive, with seeded names. */
export function tableColumns(index: number): { kind: ColumnKind; name: string }[] {
  const rng = createRng(1000 + index);
  const sensitive = COLUMN_KINDS.filter((k) => k.sensitive);
  const plain = COLUMN_KINDS.filter((k) => !k.sensitive);
  const wanted = rng.pick([0, 0, 1, 2, 3, 4, 6]);
  const chosen = [
    ...shuffle(sensitive, rng).slice(0, wanted),
    ...shuffle(plain, rng).slice(0, 20 - wanted),
  ];
  const used = new Set<string>();
  return shuffle(chosen, rng).map((kind) => {
    let name = rng.pick(kind.names);
    while (used.has(name)) name = `${name}_${used.size}`;
    used.add(name);
    return { kind, name };
  });
}

function shuffle<T>(items: readonly T[], rng: { int(min: number, max: number): number }): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Name of fixture table `index` (0-based). */
export function tableName(index: number): string {
  return `t_${String(index + 1).padStart(4, '0')}`;
}

async function buildTemplate(client: pg.Client, rows: number): Promise<void> {
  await client.query(HELPER_FUNCTIONS_SQL);
  const cols = COLUMN_KINDS.map((k) => `${quote(`c_${k.key}`)} ${k.type}`).join(', ');
  await client.query(`CREATE UNLOGGED TABLE bench_template (${cols})`);
  await client.query('SELECT setseed(0.42)');
  const exprs = COLUMN_KINDS.map((k) => `(${k.expr})::${k.type}`).join(',\n  ');
  await client.query(
    `INSERT INTO bench_template SELECT ${exprs} FROM generate_series(1, ${rows}) AS g`,
  );
}

async function copyTables(url: string, tables: number, lanes: number): Promise<void> {
  let next = 0;
  const lane = (): Promise<void> =>
    withClient(url, async (client) => {
      while (next < tables) {
        const index = next++;
        const select = tableColumns(index)
          .map(({ kind, name }) => `${quote(`c_${kind.key}`)} AS ${quote(name)}`)
          .join(', ');
        await client.query(
          `CREATE UNLOGGED TABLE ${tableName(index)} AS SELECT ${select} FROM bench_template`,
        );
        await client.query(`ANALYZE ${tableName(index)}`);
      }
    });
  await Promise.all(Array.from({ length: lanes }, lane));
}

/** Creates the fixture unless a complete one of the same shape is there; returns its URL. */
export async function ensureFixture(
  serverUrl: string,
  tables: number,
  rows: number,
): Promise<Fixture> {
  const signature = `${FIXTURE_VERSION} tables=${tables} rows=${rows}`;
  const url = dbUrl(serverUrl, FIXTURE_DB);
  const sensitiveColumns = Array.from(
    { length: tables },
    (_, i) => tableColumns(i).filter((c) => c.kind.sensitive).length,
  ).reduce((a, b) => a + b, 0);
  const existing = await withClient(serverUrl, async (client) => {
    const res = await client.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [FIXTURE_DB],
    );
    return res.rows[0];
  });
  if (existing?.comment === signature) return { url, built: false, buildMs: 0, sensitiveColumns };

  const start = nowMs();
  await withClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${FIXTURE_DB} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${FIXTURE_DB}`);
  });
  await withClient(url, (client) => buildTemplate(client, rows));
  await copyTables(url, tables, 2);
  await withClient(url, async (client) => {
    await client.query('DROP TABLE bench_template');
    await client.query('DROP FUNCTION bench_id_card(text), bench_luhn(text), bench_uscc(text)');
  });
  await withClient(serverUrl, (client) =>
    client.query(`COMMENT ON DATABASE ${FIXTURE_DB} IS '${signature}'`),
  );
  return { url, built: true, buildMs: nowMs() - start, sensitiveColumns };
}

/** Drops the fixture database. */
export async function dropFixture(serverUrl: string): Promise<void> {
  await withClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${FIXTURE_DB} WITH (FORCE)`),
  );
}
