import { randomUUID } from 'node:crypto';
import { openSource } from '@shuan/connectors';
import type { CreateDataSourceRequest, UpdateDataSourceRequest } from '@shuan/contracts';
import { sourcesRepository, withTransaction, type SourceRow } from '@shuan/db';
import { createTextSweeper } from '@shuan/tools';
import { appendAudit } from '../audit/append-audit.ts';
import { AppError, MESSAGES } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { checkFileSourceRoot } from './file-source-roots.ts';
import { normaliseTarget, openPassword, sealPassword, sourceLocator } from './source-target.ts';

const notFound = (): AppError =>
  new AppError('DATA_SOURCE_NOT_FOUND', MESSAGES.notFound('数据源', 'data source'));

/** Registers a source; its password (given or found in the URL) is sealed, never stored plain. */
export async function createSource(
  deps: NodeDeps,
  principal: Principal,
  input: CreateDataSourceRequest,
): Promise<SourceRow> {
  const { target, passwordInUrl } = normaliseTarget(input.kind, input.target);
  checkFileSourceRoot(input.kind, target, deps.config.fileSourceRoots, deps.config.dataDir);
  const id = randomUUID();
  const password = input.password ?? passwordInUrl;
  const sealedSecret = password === undefined ? null : sealPassword(deps.masterKey, id, password);
  return withTransaction(deps.pool, async (tx) => {
    const row = await sourcesRepository.create(tx, {
      id,
      orgId: principal.orgId,
      name: input.name,
      kind: input.kind,
      target,
      sealedSecret,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'source.create',
      target: `source:${id}`,
      payload: { name: input.name, kind: input.kind, target },
    });
    return row;
  });
}

/** Changes name, target or password of a source of the caller's org. */
export async function updateSource(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  input: UpdateDataSourceRequest,
): Promise<SourceRow> {
  return withTransaction(deps.pool, async (tx) => {
    const current = await sourcesRepository.get(tx, principal.orgId, id);
    if (current === undefined) throw notFound();
    const normalised =
      input.target === undefined ? undefined : normaliseTarget(current.kind, input.target);
    if (normalised !== undefined) {
      checkFileSourceRoot(
        current.kind,
        normalised.target,
        deps.config.fileSourceRoots,
        deps.config.dataDir,
      );
    }
    const password = input.password === null ? null : (input.password ?? normalised?.passwordInUrl);
    const sealedSecret =
      password === undefined
        ? undefined
        : password === null
          ? null
          : sealPassword(deps.masterKey, id, password);
    await sourcesRepository.update(tx, principal.orgId, id, {
      name: input.name,
      target: normalised?.target,
      sealedSecret,
    });
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'source.update',
      target: `source:${id}`,
      payload: { fields: Object.keys(input), target: normalised?.target ?? null },
    });
    const row = await sourcesRepository.get(tx, principal.orgId, id);
    if (row === undefined) throw notFound();
    return row;
  });
}

/** Deletes a source with its scans and catalog items (frozen versions keep their copies). */
export async function deleteSource(
  deps: NodeDeps,
  principal: Principal,
  id: string,
): Promise<void> {
  await withTransaction(deps.pool, async (tx) => {
    const current = await sourcesRepository.get(tx, principal.orgId, id);
    if (current === undefined || !(await sourcesRepository.delete(tx, principal.orgId, id)))
      throw notFound();
    await appendAudit(tx, {
      orgId: principal.orgId,
      actor: principal.username,
      action: 'source.delete',
      target: `source:${id}`,
      payload: { name: current.name },
    });
  });
}

/** The string to hand to `openSource` for a stored source (password unsealed in memory only). */
export function locatorOf(deps: NodeDeps, source: SourceRow): string {
  return sourceLocator(
    source.kind,
    source.target,
    openPassword(deps.masterKey, source.id, source.sealedSecret),
  );
}

/**
 * Opens a source and lists its tables. A source that cannot be opened throws the
 * connector's `SourceError` (422 with its `SOURCE_*` code; the message holds no password).
 */
export async function testSource(deps: NodeDeps, principal: Principal, id: string) {
  const source = await sourcesRepository.get(deps.pool, principal.orgId, id);
  if (source === undefined) throw notFound();
  const reader = await openSource(locatorOf(deps, source), {
    sweeper: createTextSweeper(),
    concurrency: 1,
  });
  try {
    const listed = await reader.listTables();
    return listed.tables.map((table) => ({
      name: table.name,
      columns: table.columns.length,
      estimatedRows: table.estimatedRows ?? null,
    }));
  } finally {
    await reader.close();
  }
}
