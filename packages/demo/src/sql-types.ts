import type { ColumnType, DemoColumn } from './schema/index.ts';

/** SQL dialects the demo is emitted to. */
export type Dialect = 'sqlite' | 'postgres' | 'mysql';

const BASE: Record<
  Dialect,
  Record<'int' | 'bigint' | 'real' | 'text' | 'date' | 'datetime', string>
> = {
  sqlite: {
    int: 'INTEGER',
    bigint: 'BIGINT',
    real: 'REAL',
    text: 'TEXT',
    date: 'DATE',
    datetime: 'DATETIME',
  },
  postgres: {
    int: 'integer',
    bigint: 'bigint',
    real: 'double precision',
    text: 'text',
    date: 'date',
    datetime: 'timestamp',
  },
  mysql: {
    int: 'INT',
    bigint: 'BIGINT',
    real: 'DOUBLE',
    text: 'TEXT',
    date: 'DATE',
    datetime: 'DATETIME',
  },
};

/** The SQL type of a portable column type in a dialect. */
export function sqlType(type: ColumnType, dialect: Dialect): string {
  const m = /^(varchar|decimal)\((.+)\)$/.exec(type);
  if (m) {
    const kind =
      m[1] === 'varchar'
        ? dialect === 'postgres'
          ? 'varchar'
          : 'VARCHAR'
        : dialect === 'postgres'
          ? 'numeric'
          : 'DECIMAL';
    return `${kind}(${m[2]!})`;
  }
  return BASE[dialect][type as keyof (typeof BASE)['sqlite']];
}

/** Column definition without the comment; `id` is the primary key. */
export function columnDef(c: DemoColumn, dialect: Dialect, quote: (s: string) => string): string {
  const pk = c.name === 'id' ? (dialect === 'postgres' ? ' primary key' : ' PRIMARY KEY') : '';
  return `${quote(c.name)} ${sqlType(c.type, dialect)}${pk}`;
}
