import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loginOverHttp, type HttpSession } from '../../testing/http-session.ts';
import { eventually, type FederationTestNode } from './federation-node.ts';

// Steps of the multi-node topology test (topology.int.test.ts), each over the HTTP API of
// real processes, as an operator would take them.

export const STEP_PASSWORD = 'topology-step-password';

/** The parent issues a token with `scope`; the child's admin enrolls with it. */
export async function enrollOver(
  parent: FederationTestNode,
  child: FederationTestNode,
  scope: unknown,
): Promise<void> {
  const issued = await parent.admin.ok<{ token: string }>('POST', '/federation/tokens', {
    scope,
    ttlHours: 1,
  });
  await child.admin.ok('POST', '/federation/enroll', {
    parentUrl: parent.url,
    token: issued.token,
  });
}

/** A signed-in user of `role` on `node` (created by its admin with `password`). */
export async function userOn(
  node: FederationTestNode,
  username: string,
  role: string,
  password = STEP_PASSWORD,
): Promise<HttpSession> {
  await node.admin.ok('POST', '/users', {
    username,
    displayName: username,
    role,
    password,
  });
  return loginOverHttp(node.url, username, password, () => node.process.output());
}

interface Scan {
  id: string;
  status: string;
  error?: unknown;
  summary: { ruleset?: { id: string; version: string } } | null;
}

/** Scans `sourceId` as `session` and waits for it; the finished scan. */
export async function scanAndWait(session: HttpSession, sourceId: string): Promise<Scan> {
  const started = await session.ok<{ id: string }>('POST', '/scans', { sourceId, sampleRows: 100 });
  const scan = await eventually(
    async () => {
      const current = await session.ok<Scan>('GET', `/scans/${started.id}`);
      return current.status === 'succeeded' || current.status === 'failed' ? current : undefined;
    },
    `scan ${started.id}`,
    120_000,
  );
  assert.equal(scan.status, 'succeeded', JSON.stringify(scan.error));
  return scan;
}

/** The registry fields of an enterprise (as `PUT /filings/profile` and the registry take them). */
export interface Company {
  uscc: string;
  name: string;
  regionCode: string;
  industryCode: string;
}

/**
 * Scans the org's first source, fills the Art. 12 fields of every item the scan graded
 * important or core, freezes version 1 and files it in full; the filing id.
 */
export async function scanFreezeAndFile(
  officer: HttpSession,
  company: Company,
  sourceId?: string,
): Promise<{ filingId: string; scan: Scan }> {
  const source =
    sourceId ??
    (await officer.ok<{ items: { id: string }[] }>('GET', '/sources')).items[0]?.id ??
    '';
  const scan = await scanAndWait(officer, source);
  const page = await officer.ok<{ items: { id: string; level: string }[] }>(
    'GET',
    '/catalog/items?pageSize=200',
  );
  const graded = page.items.filter((item) => item.level !== 'general');
  assert.ok(graded.length > 0, 'the demo source has important or core data');
  for (const item of graded)
    await officer.ok('PATCH', `/catalog/items/${item.id}`, {
      department: '生产部',
      purpose: '生产调度',
      storageLocation: '本地机房',
      protection: 'SM4 加密存储',
      responsiblePerson: '李四',
    });
  await officer.ok('PUT', '/filings/profile', company);
  await officer.ok('POST', '/catalog/versions', { note: 'v1' });
  const filing = await officer.ok<{ id: string }>('POST', '/filings', { version: 1, kind: 'full' });
  return { filingId: filing.id, scan };
}

/** A queue entry at the province. */
export interface QueueEntry {
  id: string;
  filingId: string;
  status: string;
  tenant: boolean;
  registryId: string | null;
  items: { itemId: string }[];
}

/** The province's queue entry for `filingId`, once it arrived. */
export function queued(reviewer: HttpSession, filingId: string): Promise<QueueEntry> {
  return eventually(async () => {
    const queue = await reviewer.ok<{ items: QueueEntry[] }>('GET', '/filing-reviews?pageSize=200');
    const entry = queue.items.find((item) => item.filingId === filingId);
    return entry === undefined
      ? undefined
      : reviewer.ok<QueueEntry>('GET', `/filing-reviews/${entry.id}`);
  }, `filing ${filingId} at the province`);
}

/** The enterprise's filing once its status is `status`. */
export function filingSettled(
  officer: HttpSession,
  filingId: string,
  status: string,
): Promise<{ status: string; items: { itemId: string; comment: string | null }[] }> {
  return eventually(async () => {
    const filing = await officer.ok<{
      status: string;
      items: { itemId: string; comment: string | null }[];
    }>('GET', `/filings/${filingId}`);
    return filing.status === status ? filing : undefined;
  }, `filing ${filingId} ${status}`);
}

/** The bundled general pack at version `version` (nothing else changed). */
export function generalPackAt(version: string): Record<string, unknown> {
  const file = new URL('../../../../../packages/tools/rule-packs/general.json', import.meta.url);
  const pack = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return { ...pack, version };
}

/** Asks each node to sync with its parent now (push and pull), in order. */
export async function syncNow(...nodes: FederationTestNode[]): Promise<void> {
  for (const node of nodes) await node.admin.ok('POST', '/federation/sync');
}

/** The general pack version `session`'s node runs, once it is `version`. */
export function runsGeneral(session: HttpSession, version: string, what: string): Promise<true> {
  return eventually(async () => {
    const list = await session.ok<{ running: Record<string, string> }>('GET', '/rule-packs');
    return list.running['general'] === version ? true : undefined;
  }, what);
}
