import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { PushResponse } from '@shuan/contracts';
import { withTransaction } from '@shuan/db';
import { queueMessage } from './queue-message.ts';
import { signedHeartbeat } from './testing/envelopes.ts';
import {
  eventually,
  startFederationNode,
  type FederationTestNode,
} from './testing/federation-node.ts';

// A child rotates its SM2 key between two real processes (with the CLI): the new key goes
// up signed with the old one, the province switches it when applying, the child signs with
// the new key only once acknowledged (and keeps it across a restart), and the old key is
// refused afterwards. Then the province rotates its own key: its child learns it by pull.

const CLI = new URL('../../../cli/bin/shuan.js', import.meta.url).pathname;
const PROVINCE = 'province-330000';
const CHILD = 'ent-rotating';

let province: FederationTestNode;
let enterprise: FederationTestNode;

before(async () => {
  [province, enterprise] = await Promise.all([
    startFederationNode('province', PROVINCE),
    startFederationNode('enterprise', CHILD),
  ]);
  const issued = await province.admin.ok<{ token: string }>('POST', '/federation/tokens', {
    scope: { kind: 'region', code: '330100' },
  });
  await enterprise.admin.ok('POST', '/federation/enroll', {
    parentUrl: province.url,
    token: issued.token,
  });
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

async function provinceKeyOf(nodeId: string): Promise<string | undefined> {
  const rows = await province.pool.query<{ public_key: string }>(
    'SELECT public_key FROM federation_peers WHERE node_id = $1',
    [nodeId],
  );
  return rows.rows[0]?.public_key;
}

async function lastSeq(): Promise<number> {
  const rows = await province.pool.query<{ seq: string }>(
    'SELECT last_seq AS seq FROM federation_sender_state WHERE sender = $1',
    [CHILD],
  );
  return Number(rows.rows[0]?.seq ?? 0);
}

test('a child rotates its key: acknowledged first, then signed with the new key only', async () => {
  const old = await enterprise.identity();
  assert.equal(await provinceKeyOf(CHILD), old.publicKey.toLowerCase());
  // The province is down: the rotation cannot be acknowledged, so the child keeps its key
  // and refuses a second rotation meanwhile.
  await province.stop();
  const apiToken = await enterprise.admin.ok<{ secret: string }>('POST', '/tokens', {
    name: 'cli',
  });
  const cli = await runCli([
    'federation',
    'rotate-key',
    '--node',
    enterprise.url,
    '--api-token',
    apiToken.secret,
  ]);
  assert.equal(cli.code, 0, cli.stderr);
  const rotation = { publicKey: /(04[0-9a-f]{128})/.exec(cli.stdout)?.[1] ?? '' };
  assert.notEqual(rotation.publicKey, '', cli.stdout);
  assert.notEqual(rotation.publicKey, old.publicKey);
  const again = await enterprise.admin.request<{ error: { code: string } }>(
    'POST',
    '/federation/rotate-key',
  );
  assert.deepEqual([again.status, again.body.error.code], [409, 'FED_KEY_ROTATION_PENDING']);
  await enterprise.admin.ok('POST', '/federation/sync');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal((await enterprise.identity()).publicKey, old.publicKey, 'not yet acknowledged');

  await province.restart();
  await eventually(
    async () =>
      (await provinceKeyOf(CHILD)) === rotation.publicKey.toLowerCase() ? true : undefined,
    'the new key at the province',
  );
  await eventually(
    async () => ((await enterprise.identity()).publicKey === rotation.publicKey ? true : undefined),
    'the child switched to the new key',
  );
  assert.equal(existsSync(join(enterprise.dataDir, 'node-identity.pending.json')), false);
  const status = await enterprise.admin.ok<{ publicKey: string }>('GET', '/federation/status');
  assert.equal(status.publicKey, rotation.publicKey);

  // Messages signed with the new key keep flowing (heartbeats), after a restart too.
  await enterprise.restart();
  const before = await lastSeq();
  await eventually(
    async () => ((await lastSeq()) > before ? true : undefined),
    'a heartbeat signed with the new key',
  );

  // The old key is refused from now on.
  await enterprise.stop();
  const seq = (await lastSeq()) + 1;
  const forged = signedHeartbeat(old, { sender: CHILD, receiver: PROVINCE, seq });
  const response = await fetch(`${province.url}/federation/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ envelopes: [forged] }),
  });
  const { results } = (await response.json()) as PushResponse;
  assert.deepEqual(
    results.map((r) => [r.status, r.code]),
    [['rejected', 'FED_BAD_SIGNATURE']],
  );
  assert.equal(await lastSeq(), seq - 1);
  const audit = await province.pool.query<{ action: string }>(
    `SELECT action FROM audit_log WHERE action = 'federation.peer.key-rotate'`,
  );
  assert.equal(audit.rows.length, 1, 'applied once');
});

test('a parent rotates its key: its child learns it by pull, then down messages use it', async () => {
  await enterprise.restart();
  const old = await province.identity();
  const rotation = await province.admin.ok<{ publicKey: string; receivers: string[] }>(
    'POST',
    '/federation/rotate-key',
  );
  assert.deepEqual(rotation.receivers, [CHILD]);
  const parentKeyAtChild = async () => {
    const rows = await enterprise.pool.query<{ public_key: string }>(
      `SELECT public_key FROM federation_peers WHERE relation = 'parent'`,
    );
    return rows.rows[0]?.public_key;
  };
  await eventually(
    async () =>
      (await parentKeyAtChild()) === rotation.publicKey.toLowerCase() ? true : undefined,
    'the new parent key at the child',
  );
  await eventually(async () => {
    // The acknowledgement rides on the child's next pull: ask for one rather than wait for
    // the sync schedule of a child that was just restarted.
    await enterprise.admin.request('POST', '/federation/sync');
    return (await province.identity()).publicKey === rotation.publicKey ? true : undefined;
  }, 'the province switched once its child acknowledged');
  assert.notEqual(old.publicKey, rotation.publicKey);
  // A message down after the switch is signed with the new key and applied by the child.
  await withTransaction(province.pool, (tx) =>
    queueMessage(tx, CHILD, 'node.heartbeat', {
      softwareVersion: '9.9.9-rotated',
      backlog: 0,
      rulePacks: {},
    }),
  );
  await eventually(async () => {
    const rows = await enterprise.pool.query<{ software_version: string | null }>(
      `SELECT software_version FROM federation_peers WHERE relation = 'parent'`,
    );
    return rows.rows[0]?.software_version === '9.9.9-rotated' ? true : undefined;
  }, 'a down message signed with the new key');
  const rejected = await enterprise.pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM federation_rejections WHERE code = 'FED_BAD_SIGNATURE'`,
  );
  assert.equal(Number(rejected.rows[0]?.n), 0, 'nothing signed with a retired key reached it');
});
