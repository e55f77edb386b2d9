/**
 * The SQLite file whose scan is imported: `tables` × `columns` with a few sensitive columns
 * per table (mobile, ID number, name, e-mail, address) among plain ones, `rows` rows each.
 * Seeded, so every run scans the same data.
 */
import { rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

const SENSITIVE = ['mobile', 'id_card', 'contact_name', 'email', 'address'] as const;
const PLAIN = [
  'order_no',
  'part_no',
  'qty',
  'price',
  'status',
  'created_at',
  'remark',
  'sensor_value',
  'batch_no',
  'line_code',
] as const;
const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄强'];
const CITIES = [
  '上海市浦东新区张江路',
  '江苏省苏州市工业园区星湖街',
  '广东省深圳市南山区科技园',
  '浙江省宁波市北仑区新碶街道',
];

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Column names of table `t`: 0–3 sensitive ones first, then plain ones numbered to fill. */
function columnsOf(t: number, count: number): string[] {
  const names: string[] = SENSITIVE.slice(0, t % 4);
  for (let i = 0; names.length < count; i++)
    names.push(`${PLAIN[i % PLAIN.length] ?? 'c'}_${String(i)}`);
  return names.slice(0, count);
}

function valueOf(column: string, next: () => number, row: number): string | number {
  const digits = (n: number): string =>
    Array.from({ length: n }, () => String(Math.floor(next() * 10))).join('');
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  if (column === 'mobile') return `13${digits(9)}`;
  if (column === 'id_card')
    return `110105${String(1960 + Math.floor(next() * 40))}0${String(1 + Math.floor(next() * 9))}1${String(Math.floor(next() * 9))}${digits(4)}`;
  if (column === 'contact_name') return pick(NAMES);
  if (column === 'email') return `user${digits(5)}@example.com`;
  if (column === 'address') return `${pick(CITIES)}${String(1 + Math.floor(next() * 999))}号`;
  if (column.startsWith('qty') || column.startsWith('price') || column.startsWith('sensor'))
    return Math.round(next() * 10000) / 10;
  if (column.startsWith('created_at'))
    return `2026-0${String(1 + (row % 9))}-1${String(row % 10)} 08:00:00`;
  if (column.startsWith('status')) return pick(['open', 'closed', 'shipped']);
  return `${column.slice(0, 2).toUpperCase()}${digits(8)}`;
}

/** Writes the fixture to `path` (replacing it). */
export function buildScanFixture(
  path: string,
  shape: { tables: number; columns: number; rows: number },
): void {
  rmSync(path, { force: true });
  const db = new DatabaseSync(path);
  const next = mulberry32(42);
  try {
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;');
    db.exec('BEGIN');
    for (let t = 0; t < shape.tables; t++) {
      const name = `t_${String(t).padStart(4, '0')}`;
      const columns = columnsOf(t, shape.columns);
      db.exec(`CREATE TABLE ${name} (${columns.map((c) => `${c} TEXT`).join(', ')})`);
      const insert = db.prepare(
        `INSERT INTO ${name} VALUES (${columns.map(() => '?').join(', ')})`,
      );
      for (let r = 0; r < shape.rows; r++) insert.run(...columns.map((c) => valueOf(c, next, r)));
    }
    db.exec('COMMIT');
    db.exec('ANALYZE');
  } finally {
    db.close();
  }
}
