import { realpathSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { DataSourceKind } from '@shuan/db';
import { defaultDemoPath } from '@shuan/demo';
import { AppError } from '../http/app-error.ts';

/**
 * Refuses SQLite and file sources outside the configured roots (`SHUAN_FILE_SOURCE_ROOTS`),
 * so that an officer — or, on a province node, a tenant — cannot point a scan at the
 * server's own files. Links are followed before the check (`/roots/x -> /etc` is refused).
 * The data folder and the demo database's folder are always allowed; no roots means no
 * restriction.
 */
export function checkFileSourceRoot(
  kind: DataSourceKind,
  target: string,
  roots: readonly string[] | undefined,
  dataDir: string,
): void {
  if (roots === undefined || (kind !== 'sqlite' && kind !== 'files')) return;
  const path = realPath(resolve(target));
  const allowed = [...roots, dataDir, dirname(defaultDemoPath())].map(realPath);
  if (allowed.some((root) => path === root || path.startsWith(root + sep))) return;
  throw new AppError(
    'DATA_SOURCE_PATH_FORBIDDEN',
    `路径不在本节点允许扫描的目录内（SHUAN_FILE_SOURCE_ROOTS），请把文件放入允许的目录或联系管理员 / ` +
      `the path is outside the folders this node may scan (SHUAN_FILE_SOURCE_ROOTS); move the files there or ask the administrator`,
  );
}

/** The path with links resolved, or as given when it does not exist (yet). */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
