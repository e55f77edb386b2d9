/**
 * A small SQLite source for the browser test, written with Node's built-in `node:sqlite`:
 * a customer table full of personal information, a process-recipe table and a plain
 * lookup table, so the scanner proposes different levels to review.
 */
import { DatabaseSync } from 'node:sqlite';

export const SAMPLE_TABLES = ['customer_contacts', 'furnace_recipes', 'unit_codes'] as const;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A resident ID number with its GB 11643 check digit, so the recognizer accepts it. */
function idCard(first17: string): string {
  const sum = ID_WEIGHTS.reduce((acc, weight, i) => acc + Number(first17.charAt(i)) * weight, 0);
  return first17 + ('10X98765432'[sum % 11] ?? '0');
}

export function writeSampleSqlite(path: string): void {
  const db = new DatabaseSync(path);
  db.exec(`
    CREATE TABLE customer_contacts (id INTEGER PRIMARY KEY, customer_name TEXT, mobile TEXT, id_card TEXT, address TEXT);
    CREATE TABLE furnace_recipes (id INTEGER PRIMARY KEY, recipe_code TEXT, furnace_temperature REAL, holding_minutes INTEGER, alloy_ratio TEXT);
    CREATE TABLE unit_codes (code TEXT PRIMARY KEY, label TEXT);
  `);
  const customer = db.prepare(
    'INSERT INTO customer_contacts (customer_name, mobile, id_card, address) VALUES (?, ?, ?, ?)',
  );
  const names = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄勇', '周杰', '吴倩'];
  names.forEach((name, i) => {
    const id = idCard(`1101051990030${String(1000 + i * 7).padStart(4, '0')}`);
    customer.run(name, `1380013${String(8000 + i)}`, id, `北京市朝阳区建国路 ${String(i + 1)} 号`);
  });
  const recipe = db.prepare(
    'INSERT INTO furnace_recipes (recipe_code, furnace_temperature, holding_minutes, alloy_ratio) VALUES (?, ?, ?, ?)',
  );
  for (let i = 0; i < 20; i++)
    recipe.run(`R-${String(100 + i)}`, 1150 + i, 30 + i, `Cr${String(18 + (i % 3))}Ni8`);
  const unit = db.prepare('INSERT INTO unit_codes (code, label) VALUES (?, ?)');
  for (const [code, label] of [
    ['kg', '千克'],
    ['t', '吨'],
    ['m', '米'],
  ] as const)
    unit.run(code, label);
  db.close();
}
