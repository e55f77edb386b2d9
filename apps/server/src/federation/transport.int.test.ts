import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, test } from 'node:test';
import { enqueueMessage, withTransaction } from '@shuan/db';
import {
  eventually,
  startFederationNode,
  type FederationTestNode,
} from './testing/federation-node.ts';
import { buildFilingPayload } from './testing/envelopes.ts';

const CLI = new URL('../../../cli/bin/shuan.js', import.meta.url).pathname;

let province: FederationTestNode;
let enterprise: FederationTestNode;

before(async () => {
  [province, enterprise] = await Promise.all([
    startFederationNode('province', 'province-320000'),
    startFederationNode('enterprise', 'ent-91320500MA1XYZ1234'),
  ]);
});

after(async () => {
  await Promise.all([province.close(), enterprise.close()]);
});

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code ?? -1), stdout, stderr });
    });
  });
}

async function count(
  database: { pool: { query: FederationTestNode['pool']['query'] } },
  sql: string,
  values: unknown[] = [],
): Promise<number> {
  const result = await database.pool.query<{ n: string }>(sql, values);
  return Number(result.rows[0]?.n ?? 0);
}

test('enroll with the CLI, then heartbeats and a filing go up and a heartbeat comes down, each applied once', async (t) => {
  const issued = await province.admin.ok<{ token: string; id: string }>(
    'POST',
    '/federation/tokens',
    {
      // The region of buildFilingPayload's enterprise: the scope check lets its filing through.
      scope: { kind: 'region', code: '350100' },
      ttlHours: 1,
    },
  );
  const apiToken = await enterprise.admin.ok<{ secret: string }>('POST', '/tokens', {
    name: 'cli',
  });
  const enrolled = await runCli([
    'federation',
    'enroll',
    '--parent',
    province.url,
    '--token',
    issued.token,
    '--node',
    enterprise.url,
    '--api-token',
    apiToken.secret,
  ]);
  assert.equal(enrolled.code, 0, enrolled.stderr);
  assert.match(enrolled.stdout, /province-320000/);

  // Both sides know each other's key; the token is used up.
  const identity = (await (await fetch(`${province.url}/federation/v1/identity`)).json()) as {
    publicKey: string;
  };
  const status = await enterprise.admin.ok<{ parent: { nodeId: string; publicKey: string } }>(
    'GET',
    '/federation/status',
  );
  assert.equal(status.parent.nodeId, 'province-320000');
  assert.equal(status.parent.publicKey, identity.publicKey.toLowerCase());
  const tokens = await province.admin.ok<{
    items: { id: string; state: string; usedBy: string }[];
  }>('GET', '/federation/tokens');
  assert.deepEqual(
    tokens.items
      .filter((token) => token.id === issued.id)
      .map((token) => [token.state, token.usedBy]),
    [['used', 'ent-91320500MA1XYZ1234']],
  );

  // The first heartbeat arrives by itself: the province shows the child's rule packs and backlog.
  const child = await eventually(async () => {
    const peers = await province.admin.ok<{
      items: {
        nodeId: string;
        rulePacks: Record<string, string>;
        backlog: number | null;
        lastContactAt: string | null;
        scope: unknown;
      }[];
    }>('GET', '/federation/peers');
    const found = peers.items.find((peer) => peer.nodeId === 'ent-91320500MA1XYZ1234');
    return found?.rulePacks['general'] === undefined ? undefined : found;
  }, 'the first heartbeat');
  assert.equal(typeof child.backlog, 'number');
  assert.notEqual(child.lastContactAt, null);
  assert.deepEqual(child.scope, { kind: 'region', code: '350100' });

  // A filing is queued in the same transaction as the (future) business change, as features will do.
  const filing = buildFilingPayload();
  await withTransaction(enterprise.pool, async (tx) => {
    await enqueueMessage(tx, {
      receiver: 'province-320000',
      type: 'filing.submit',
      payload: filing,
    });
  });
  const received = await eventually(async () => {
    const rows = await province.pool.query<{ filing_id: string; state: string; sender: string }>(
      'SELECT filing_id, state, sender FROM federation_filings',
    );
    return rows.rows.length > 0 ? rows.rows : undefined;
  }, 'the filing at the province');
  assert.deepEqual(received, [
    { filing_id: filing.filingId, state: 'received', sender: 'ent-91320500MA1XYZ1234' },
  ]);

  // Down: the province queues a heartbeat for the child, which pulls and applies it.
  await withTransaction(province.pool, async (tx) => {
    await enqueueMessage(tx, {
      receiver: 'ent-91320500MA1XYZ1234',
      type: 'node.heartbeat',
      payload: { softwareVersion: '9.9.9', backlog: 0, rulePacks: { general: '2099.1' } },
    });
  });
  await eventually(async () => {
    const parent = await enterprise.admin.ok<{ parent: { softwareVersion: string | null } }>(
      'GET',
      '/federation/status',
    );
    return parent.parent.softwareVersion === '9.9.9' ? true : undefined;
  }, 'the pulled heartbeat');
  // The child acknowledges on its next pull.
  await eventually(
    async () =>
      (await count(
        province,
        'SELECT count(*) AS n FROM federation_outbox WHERE acked_at IS NULL',
      )) === 0
        ? true
        : undefined,
    'the ack of the pull',
  );

  // Let several more syncs run (1 s apart): nothing is applied twice.
  await new Promise((resolve) => setTimeout(resolve, 3500));
  await eventually(
    async () =>
      (await count(
        enterprise,
        'SELECT count(*) AS n FROM federation_outbox WHERE acked_at IS NULL',
      )) === 0
        ? true
        : undefined,
    'the enterprise outbox to drain',
  );
  const sent = await enterprise.pool.query<{ id: string; seq: number }>(
    'SELECT id::text, seq::int FROM federation_outbox ORDER BY seq',
  );
  const stored = await province.pool.query<{ id: string; seq: number }>(
    `SELECT envelope_id::text AS id, seq::int FROM federation_inbox WHERE sender = $1 ORDER BY seq`,
    ['ent-91320500MA1XYZ1234'],
  );
  assert.deepEqual(stored.rows, sent.rows, 'every queued message is stored exactly once, in order');
  assert.equal(
    await count(province, 'SELECT last_seq AS n FROM federation_sender_state WHERE sender = $1', [
      'ent-91320500MA1XYZ1234',
    ]),
    sent.rows.length,
  );
  assert.equal(await count(province, 'SELECT count(*) AS n FROM federation_filings'), 1);
  assert.ok(sent.rows.length >= 3, 'heartbeats kept coming');
  t.diagnostic(
    `${String(sent.rows.length)} messages up (heartbeats and one filing), all applied once`,
  );
});
