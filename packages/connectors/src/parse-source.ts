import { redactSourceUrl } from './errors/redact-source-url.ts';
import { SourceError } from './errors/source-error.ts';

/** Where a database server is, parsed from a source URL. `password` never leaves the reader. */
export interface DatabaseTarget {
  /** The URL as given (with the password), handed to the driver only. */
  url: string;
  host: string;
  port: number;
  /** `undefined` when the URL names no database. */
  database: string | undefined;
  user: string;
  password: string;
  /** `user@host:port/db` for messages: no password. */
  display: string;
}

/** A source string, understood. */
export type ParsedSource =
  | { kind: 'postgres'; target: DatabaseTarget }
  | { kind: 'mysql'; target: DatabaseTarget }
  | { kind: 'sqlite'; path: string }
  | { kind: 'path'; path: string };

const URL_SCHEME = /^([a-z][a-z0-9+.-]+):\/\//i;

/**
 * Parses a source string: `postgres://` / `postgresql://`, `mysql://` / `mariadb://`,
 * `sqlite:<path>` (also `sqlite://<path>`), anything else is a filesystem path. Throws a
 * {@link SourceError} (`SOURCE_URL_INVALID`, `SOURCE_UNSUPPORTED`) without the password.
 *
 * @example
 * parseSource('mysql://root@127.0.0.1:3306/erp'); // { kind: 'mysql', target: { port: 3306, ... } }
 */
export function parseSource(source: string): ParsedSource {
  const trimmed = source.trim();
  if (trimmed.length === 0) {
    throw new SourceError('SOURCE_URL_INVALID', { subject: '(empty)', detail: 'empty source' });
  }
  if (/^sqlite:/i.test(trimmed)) {
    const path = trimmed.slice('sqlite:'.length).replace(/^\/\/(?=\/|\.|~)/, '');
    if (path.length === 0) {
      throw new SourceError('SOURCE_URL_INVALID', {
        subject: trimmed,
        detail: 'sqlite: needs a path',
      });
    }
    return { kind: 'sqlite', path };
  }
  const scheme = URL_SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'path', path: trimmed };
  switch (scheme) {
    case 'postgres':
    case 'postgresql':
      return { kind: 'postgres', target: parseTarget(trimmed, 5432) };
    case 'mysql':
    case 'mariadb':
      return { kind: 'mysql', target: parseTarget(trimmed, 3306) };
    default:
      throw new SourceError('SOURCE_UNSUPPORTED', {
        subject: redactSourceUrl(trimmed),
        detail: `unknown scheme ${scheme}://`,
      });
  }
}

function parseTarget(url: string, defaultPort: number): DatabaseTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SourceError('SOURCE_URL_INVALID', {
      subject: redactSourceUrl(url),
      detail: 'not a valid URL (percent-encode special characters in the password)',
    });
  }
  const decode = (text: string): string => {
    try {
      return decodeURIComponent(text);
    } catch {
      throw new SourceError('SOURCE_URL_INVALID', {
        subject: redactSourceUrl(url),
        detail: 'bad percent-encoding',
      });
    }
  };
  const host = decode(parsed.hostname).replace(/^\[(.*)\]$/, '$1') || 'localhost';
  const port = parsed.port === '' ? defaultPort : Number(parsed.port);
  const path = decode(parsed.pathname.replace(/^\//, ''));
  if (path.includes('/')) {
    throw new SourceError('SOURCE_URL_INVALID', {
      subject: redactSourceUrl(url),
      detail: 'the path must be just the database name',
    });
  }
  const user = decode(parsed.username);
  const database = path === '' ? undefined : path;
  const hostPort = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  return {
    url,
    host,
    port,
    database,
    user,
    password: decode(parsed.password),
    display: `${user === '' ? '' : `${user}@`}${hostPort}/${database ?? ''}`,
  };
}
