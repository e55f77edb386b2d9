import { DatabaseSync } from 'node:sqlite';

/** Shape of the generated database. */
export interface BigSqliteOptions {
  /** Number of tables (each one scan step, so progress moves table by table). */
  tables: number;
  /** Rows per table. */
  rows: number;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋'];

/** A valid 18-digit resident ID number (GB 11643 check digit), so recognisers fire on it. */
function idCard(seed: number): string {
  const body = `110105${String(19_700_101 + (seed % 9_000)).padStart(8, '0')}${String(seed % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let index = 0; index < body.length; index++)
    sum += (body.charCodeAt(index) - 48) * (weights[index] ?? 0);
  return body + ('10X98765432'[sum % 11] ?? '0');
}

/**
 * Writes a SQLite file big enough that scanning it takes seconds rather than milliseconds:
 * `tables` tables of personal and production columns, `rows` rows each. Crash tests scan it
 * so that a `kill -9` can land while the scan is running.
 */
export function createBigSqlite(path: string, options: BigSqliteOptions): void {
  const db = new DatabaseSync(path);
  try {
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;');
    db.exec('BEGIN');
    for (let t = 0; t < options.tables; t++) {
      const name = `employee_records_${String(t).padStart(4, '0')}`;
      db.exec(
        `CREATE TABLE ${name} (id INTEGER PRIMARY KEY, full_name TEXT, id_card TEXT, mobile TEXT, address TEXT, furnace_temp REAL, note TEXT)`,
      );
      const insert = db.prepare(
        `INSERT INTO ${name} (full_name, id_card, mobile, address, furnace_temp, note) VALUES (?, ?, ?, ?, ?, ?)`,
      );
      for (let r = 0; r < options.rows; r++) {
        const seed = t * options.rows + r;
        insert.run(
          `${SURNAMES[seed % SURNAMES.length] ?? '王'}${GIVEN[(seed >> 3) % GIVEN.length] ?? '伟'}`,
          idCard(seed),
          `13${String(800_000_000 + (seed % 99_999_999)).padStart(9, '0')}`,
          `北京市朝阳区建国路${String(seed % 500)}号`,
          1_500 + (seed % 100) / 10,
          `第 ${String(seed)} 号记录，炉号 ${String(seed % 37)}，班组 ${String(seed % 5)}`,
        );
      }
    }
    db.exec('COMMIT');
  } finally {
    db.close();
  }
}
