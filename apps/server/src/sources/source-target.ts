import type { DataSourceKind } from '@shuan/db';
import { openSm4Text, sealSm4 } from '@shuan/tools';
import { AppError } from '../http/app-error.ts';

const SCHEMES: Record<DataSourceKind, readonly string[]> = {
  postgres: ['postgres:', 'postgresql:'],
  mysql: ['mysql:', 'mariadb:'],
  sqlite: [],
  files: [],
};

/** A target as stored (no password) and a password found inside it, if any. */
export interface NormalisedTarget {
  target: string;
  passwordInUrl: string | undefined;
}

/**
 * Checks a target against its kind and strips any password out of a database URL, so that
 * the stored target can be shown; the password goes into the sealed secret instead.
 */
export function normaliseTarget(kind: DataSourceKind, raw: string): NormalisedTarget {
  const text = raw.trim();
  const schemes = SCHEMES[kind];
  if (schemes.length === 0) {
    const path = kind === 'sqlite' ? text.replace(/^sqlite:/i, '') : text;
    if (path.length === 0 || /^[a-z][a-z0-9+.-]*:\/\//i.test(path)) throw invalid(kind);
    return { target: path, passwordInUrl: undefined };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(kind);
  }
  if (!schemes.includes(url.protocol)) throw invalid(kind);
  const password = url.password === '' ? undefined : decodePassword(url.password, kind);
  url.password = '';
  return { target: url.toString(), passwordInUrl: password };
}

/** The password of a URL, percent-decoded; bad percent-encoding is a bad target, not a crash. */
function decodePassword(encoded: string, kind: DataSourceKind): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw invalid(kind);
  }
}

/** The source string `openSource` of the connectors understands, with the password put back. */
export function sourceLocator(
  kind: DataSourceKind,
  target: string,
  password: string | undefined,
): string {
  if (kind === 'sqlite') return `sqlite:${target}`;
  if (kind === 'files') return target;
  const url = new URL(target);
  if (password !== undefined) url.password = encodeURIComponent(password);
  return url.toString();
}

/** Seals a source password with SM4 under the master key, bound to the source id. */
export function sealPassword(masterKey: Uint8Array, sourceId: string, password: string): string {
  return sealSm4(masterKey, password, sourceId);
}

/** Opens a sealed password; a wrong key or a moved secret answers `SECRET_UNREADABLE`. */
export function openPassword(
  masterKey: Uint8Array,
  sourceId: string,
  sealed: string | null,
): string | undefined {
  if (sealed === null) return undefined;
  try {
    return openSm4Text(masterKey, sealed, sourceId);
  } catch {
    throw new AppError(
      'SECRET_UNREADABLE',
      '无法解密数据源口令（主密钥不匹配？）/ cannot open the source password (wrong master key?)',
    );
  }
}

function invalid(kind: DataSourceKind): AppError {
  const hint: Record<DataSourceKind, string> = {
    postgres: 'postgres://user@host:5432/db',
    mysql: 'mysql://user@host:3306/db',
    sqlite: '/path/to/file.sqlite',
    files: '/path/to/folder-or-file',
  };
  return new AppError(
    'DATA_SOURCE_TARGET_INVALID',
    `数据源地址与类型不符，示例：${hint[kind]} / target does not fit kind ${kind}, e.g. ${hint[kind]}`,
  );
}
