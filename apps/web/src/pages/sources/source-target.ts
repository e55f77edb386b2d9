/**
 * Build a source's `target` from the add-source form: a connection URL without the password
 * for databases (the password travels separately and is sealed by the server), a path for
 * SQLite files and file folders.
 */
import type { SourceKind } from '../../api/types.ts';

export interface SourceFormValues {
  name: string;
  kind: SourceKind;
  host?: string;
  port?: number;
  database?: string;
  user?: string;
  password?: string;
  path?: string;
}

const DEFAULT_PORTS: Record<'postgres' | 'mysql', number> = { postgres: 5432, mysql: 3306 };

/** True for kinds that connect over the network with a user and password. */
export function isNetworkKind(kind: SourceKind): kind is 'postgres' | 'mysql' {
  return kind === 'postgres' || kind === 'mysql';
}

/** The default port of a network kind. */
export function defaultPort(kind: 'postgres' | 'mysql'): number {
  return DEFAULT_PORTS[kind];
}

/** `postgres://user@host:5432/db`, or the path for sqlite and files. */
export function buildTarget(values: SourceFormValues): string {
  if (!isNetworkKind(values.kind)) return (values.path ?? '').trim();
  const user = values.user?.trim() ? `${encodeURIComponent(values.user.trim())}@` : '';
  const host = (values.host ?? '').trim() || '127.0.0.1';
  const port = values.port ?? DEFAULT_PORTS[values.kind];
  const database = encodeURIComponent((values.database ?? '').trim());
  return `${values.kind}://${user}${host}:${port}/${database}`;
}
