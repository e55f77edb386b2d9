/** Stable codes of {@link SourceError}; the CLI and the web app translate by code. */
export const SOURCE_ERROR_CODES = [
  'SOURCE_URL_INVALID',
  'SOURCE_UNREACHABLE',
  'SOURCE_AUTH_FAILED',
  'SOURCE_DB_NOT_FOUND',
  'SOURCE_NOT_FOUND',
  'SOURCE_PERMISSION_DENIED',
  'SOURCE_UNSUPPORTED',
  'SOURCE_READ_FAILED',
] as const;

/** One of {@link SOURCE_ERROR_CODES}. */
export type SourceErrorCode = (typeof SOURCE_ERROR_CODES)[number];

interface ErrorText {
  zh: string;
  en: string;
  zhNext: string;
  enNext: string;
}

const TEXT: Record<SourceErrorCode, ErrorText> = {
  SOURCE_URL_INVALID: {
    zh: '数据源地址无效',
    en: 'Invalid source',
    zhNext: '请使用 postgres://、mysql://、sqlite:<路径> 或文件/文件夹路径',
    enNext: 'use postgres://, mysql://, sqlite:<path> or a file or folder path',
  },
  SOURCE_UNREACHABLE: {
    zh: '无法连接数据源',
    en: 'Cannot reach',
    zhNext: '请检查主机、端口、网络以及数据库服务是否在运行',
    enNext: 'check the host, the port, the network and that the database server is running',
  },
  SOURCE_AUTH_FAILED: {
    zh: '身份验证失败',
    en: 'Authentication failed',
    zhNext: '请检查用户名和密码',
    enNext: 'check the user name and the password',
  },
  SOURCE_DB_NOT_FOUND: {
    zh: '数据库不存在',
    en: 'Database not found',
    zhNext: '请检查地址中的数据库名',
    enNext: 'check the database name in the source URL',
  },
  SOURCE_NOT_FOUND: {
    zh: '文件或文件夹不存在',
    en: 'No such file or folder',
    zhNext: '请检查路径',
    enNext: 'check the path',
  },
  SOURCE_PERMISSION_DENIED: {
    zh: '权限不足',
    en: 'Permission denied',
    zhNext: '请为扫描账号授予只读（SELECT）权限，或跳过该对象',
    enNext: 'grant the scanning account read (SELECT) access, or skip it',
  },
  SOURCE_UNSUPPORTED: {
    zh: '不支持的数据源',
    en: 'Unsupported source',
    zhNext: '支持 PostgreSQL、MySQL/MariaDB、SQLite 以及 CSV/XLSX/JSON 文件',
    enNext: 'supported are PostgreSQL, MySQL/MariaDB, SQLite and CSV/XLSX/JSON files',
  },
  SOURCE_READ_FAILED: {
    zh: '读取失败',
    en: 'Read failed',
    zhNext: '请检查该对象是否完好，或调大语句超时后重试',
    enNext: 'check that it is intact, or retry with a longer statement timeout',
  },
};

/** What a {@link SourceError} is about. */
export interface SourceErrorContext {
  /** What failed: `host:port/db`, a file path or a table name; never a credential. */
  subject: string;
  /** The underlying reason (driver message), already free of secrets. Shown in English. */
  detail?: string;
  /** The table the error belongs to, when a single table failed. */
  table?: string;
}

/**
 * An error opening or reading a source. `code` is stable (see {@link SOURCE_ERROR_CODES});
 * `message` is one line, Chinese first then English, says what to do next and never holds a
 * password. `scanSource` copies `code` and `message` into the report's `errors`.
 *
 * @example
 * throw new SourceError('SOURCE_DB_NOT_FOUND', { subject: '127.0.0.1:5432/erp' });
 */
export class SourceError extends Error {
  readonly code: SourceErrorCode;
  readonly table: string | undefined;

  constructor(code: SourceErrorCode, context: SourceErrorContext) {
    super(formatSourceErrorMessage(code, context));
    this.name = 'SourceError';
    this.code = code;
    this.table = context.table;
  }
}

/** Builds the one-line bilingual message of a {@link SourceError}. */
export function formatSourceErrorMessage(
  code: SourceErrorCode,
  context: SourceErrorContext,
): string {
  const text = TEXT[code];
  const subject = oneLine(context.subject);
  const detail = context.detail === undefined ? '' : ` (${oneLine(context.detail)})`;
  return `${text.zh}：${subject}；${text.zhNext} / ${text.en}: ${subject}${detail}; ${text.enNext}`;
}

/** Removes every occurrence of the given secrets (passwords) from a text. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    out = out.split(secret).join('***');
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join('***');
  }
  return out;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}
