/** Comments recovered from a `CREATE TABLE` statement. */
export interface SqliteComments {
  table: string | undefined;
  /** Column comments keyed by lower-cased column name. */
  columns: Map<string, string>;
}

const CONSTRAINT_WORDS = new Set(['primary', 'unique', 'check', 'foreign', 'constraint']);

/**
 * SQLite has no `COMMENT ON`; our demo database (and many hand-written schemas) put comments
 * in the `CREATE TABLE` text, which SQLite keeps verbatim in `sqlite_master.sql`:
 * the `-- …` at the end of the `CREATE TABLE name (` line describes the table, and the
 * `-- …` at the end of a column's line describes that column.
 *
 * @example
 * parseSqliteComments('CREATE TABLE t ( -- 员工\n  name TEXT, -- 姓名\n)');
 * // { table: '员工', columns: Map { 'name' => '姓名' } }
 */
export function parseSqliteComments(sql: string): SqliteComments {
  const columns = new Map<string, string>();
  let table: string | undefined;
  let sawHeader = false;
  for (const line of sql.split(/\r?\n/)) {
    const { code, comment } = splitComment(line);
    if (!sawHeader) {
      if (/\bcreate\s+(?:temp\w*\s+)?table\b/i.test(code)) {
        sawHeader = true;
        table = comment;
      }
      continue;
    }
    if (comment === undefined) continue;
    const name = firstIdentifier(code);
    if (name === undefined || CONSTRAINT_WORDS.has(name.toLowerCase())) continue;
    columns.set(name.toLowerCase(), comment);
  }
  return { table, columns };
}

/** Splits a line at a `--` that is not inside a quoted string or identifier. */
function splitComment(line: string): { code: string; comment: string | undefined } {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      quote = ch;
    } else if (ch === '[') {
      quote = ']';
    } else if (ch === '-' && line[i + 1] === '-') {
      const text = line.slice(i + 2).trim();
      return { code: line.slice(0, i), comment: text === '' ? undefined : text };
    }
  }
  return { code: line, comment: undefined };
}

/** The column name a definition line starts with, unquoted. */
function firstIdentifier(code: string): string | undefined {
  const match = /^\s*(?:"((?:[^"]|"")+)"|`((?:[^`]|``)+)`|\[([^\]]+)\]|([^\s,()]+))/.exec(code);
  if (match === null) return undefined;
  if (match[1] !== undefined) return match[1].replace(/""/g, '"');
  if (match[2] !== undefined) return match[2].replace(/``/g, '`');
  return match[3] ?? match[4];
}
