import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { MessageType } from '@shuan/core';
import { enqueueMessage, withTransaction } from '@shuan/db';
import { buildIncidentReportPayload } from '../incidents/testing/incident-fixtures.ts';
import { buildFilingPayload } from './testing/envelopes.ts';
import {
  eventually,
  startFederationNode,
  type FederationTestNode,
} from './testing/federation-node.ts';
import { enrollOver, syncNow } from './testing/topology-steps.ts';
import { testUscc } from '../testing/test-uscc.ts';

// Region and industry enrollment scopes against the province's registry, with real nodes: a
// child enrolled for 苏州市 (320500) and one enrolled for 汽车制造业 (C36) file and report for
// enterprises inside and outside their scope. The registry entry decides where an enterprise
// sits (the payload only when the registry has none); what is outside is refused and recorded
// as FED_SCOPE_MISMATCH, and the child's stream goes on. Then registry entries added after a
// one-enterprise node enrolled are linked to it.

const PROVINCE = 'province-320000';

const AUTO = {
  uscc: testUscc('320508', 1),
  name: '苏州汽车样例',
  regionCode: '320508',
  industryCode: '36',
};
const STEEL = {
  uscc: testUscc('320100', 2),
  name: '南京钢铁样例',
  regionCode: '320100',
  industryCode: '31',
};
const UNREGISTERED_IN = testUscc('320505', 3);
const UNREGISTERED_OUT = testUscc('330100', 4);
const OWN = testUscc('320506', 5);

let province: FederationTestNode;
let regional: FederationTestNode;
let industrial: FederationTestNode;
let own: FederationTestNode;

before(async () => {
  [province, regional, industrial, own] = await Promise.all([
    startFederationNode('province', PROVINCE),
    startFederationNode('enterprise', 'ent-suzhou'),
    startFederationNode('enterprise', 'ent-auto'),
    startFederationNode('enterprise', 'ent-own'),
  ]);
  for (const company of [AUTO, STEEL])
    await province.admin.ok('POST', '/registry/enterprises', {
      ...company,
      size: 'large',
      keyEnterprise: false,
    });
  await enrollOver(province, regional, { kind: 'region', code: '320500' });
  await enrollOver(province, industrial, { kind: 'industry', code: 'C36' });
  await enrollOver(province, own, { kind: 'enterprise', uscc: OWN });
});

after(async () => {
  await Promise.all([province.close(), regional.close(), industrial.close(), own.close()]);
});

/** A filing for `who` (its registry codes unknown to the payload), named as `region`/`industry`. */
function filingFor(who: string, region: string, industry: string) {
  const filing = buildFilingPayload();
  filing.enterprise = { uscc: who, name: '样例', region, industry };
  return filing;
}

/** Queues `messages` on `child` in one transaction, syncs, and waits until all are acked. */
async function send(
  child: FederationTestNode,
  messages: { type: MessageType; payload: unknown }[],
): Promise<void> {
  await withTransaction(child.pool, async (tx) => {
    for (const message of messages) await enqueueMessage(tx, { receiver: PROVINCE, ...message });
  });
  await syncNow(child);
  await eventually(async () => {
    const pending = await child.pool.query(
      `SELECT 1 FROM federation_outbox WHERE acked_at IS NULL AND type <> 'node.heartbeat'`,
    );
    return pending.rowCount === 0 ? true : undefined;
  }, `${child.nodeId}'s messages acknowledged`);
}

async function filedAtProvince(filingIds: string[]): Promise<string[]> {
  const rows = await province.pool.query<{ filing_id: string }>(
    'SELECT filing_id FROM federation_filings WHERE filing_id = ANY($1)',
    [filingIds],
  );
  return rows.rows.map((row) => row.filing_id).sort();
}

async function scopeRejections(sender: string) {
  const rows = await province.pool.query<{
    envelope_id: string;
    channel: string;
    excerpt: { type: string; uscc: string; territory: { source: string; regionCode: string } };
  }>(
    `SELECT envelope_id, channel, excerpt FROM federation_rejections
     WHERE sender = $1 AND code = 'FED_SCOPE_MISMATCH' ORDER BY id`,
    [sender],
  );
  return rows.rows;
}

test('a region-scoped child files only for enterprises in its region, judged by the registry', async () => {
  // In the registry, in 苏州: accepted, whatever region the payload names.
  const auto = filingFor(AUTO.uscc, '330100', 'C36');
  // In the registry, in 南京: refused although the payload claims 苏州.
  const steel = filingFor(STEEL.uscc, '320500', 'C31');
  // Not in the registry: the payload's region is all there is.
  const inside = filingFor(UNREGISTERED_IN, '320505', 'C26');
  const outside = filingFor(UNREGISTERED_OUT, '330100', 'C26');
  const incident = buildIncidentReportPayload(STEEL.uscc);
  incident.enterprise = { ...incident.enterprise, region: '320500', industry: 'C31' };
  await send(regional, [
    { type: 'filing.submit', payload: auto },
    { type: 'filing.submit', payload: steel },
    { type: 'filing.submit', payload: inside },
    { type: 'incident.report', payload: incident },
    { type: 'filing.submit', payload: outside },
  ]);
  const ids = [auto, steel, inside, outside].map((filing) => filing.filingId);
  assert.deepEqual(await filedAtProvince(ids), [auto.filingId, inside.filingId].sort());
  const received = await province.pool.query(
    'SELECT 1 FROM received_incidents WHERE incident_id = $1',
    [incident.incidentId],
  );
  assert.equal(received.rowCount, 0, 'the incident of an enterprise outside the scope');

  const rejections = await scopeRejections(regional.nodeId);
  assert.deepEqual(
    rejections.map((row) => [row.channel, row.excerpt.type, row.excerpt.uscc]),
    [
      ['push', 'filing.submit', STEEL.uscc],
      ['push', 'incident.report', STEEL.uscc],
      ['push', 'filing.submit', UNREGISTERED_OUT],
    ],
  );
  assert.deepEqual(
    rejections.map((row) => [row.excerpt.territory.source, row.excerpt.territory.regionCode]),
    [
      ['registry', '320100'],
      ['registry', '320100'],
      ['payload', '330100'],
    ],
  );
  // Refused messages are stored and spend their seq: the stream went on past them.
  const sent = await regional.pool.query<{ id: string }>(
    `SELECT id::text FROM federation_outbox WHERE type <> 'node.heartbeat'`,
  );
  const stored = await province.pool.query(
    'SELECT 1 FROM federation_inbox WHERE envelope_id = ANY($1)',
    [sent.rows.map((row) => row.id)],
  );
  assert.equal(stored.rowCount, 5);
});

test('an industry-scoped child files only for enterprises of its industry', async () => {
  const auto = filingFor(AUTO.uscc, '320508', 'C3612');
  const steel = filingFor(STEEL.uscc, '320100', 'C36');
  const unregistered = filingFor(UNREGISTERED_OUT, '330100', 'C3670');
  await send(industrial, [
    { type: 'filing.submit', payload: auto },
    { type: 'filing.submit', payload: steel },
    { type: 'filing.submit', payload: unregistered },
  ]);
  assert.deepEqual(
    await filedAtProvince([auto.filingId, steel.filingId, unregistered.filingId]),
    [auto.filingId, unregistered.filingId].sort(),
  );
  const rejections = await scopeRejections(industrial.nodeId);
  assert.deepEqual(
    rejections.map((row) => [row.excerpt.uscc, row.excerpt.territory.source]),
    [[STEEL.uscc, 'registry']],
  );
});

interface Entry {
  id: string;
  nodeId: string | null;
}

async function peerRegistryId(): Promise<string | null | undefined> {
  const rows = await province.pool.query<{ registry_id: string | null }>(
    'SELECT registry_id FROM federation_peers WHERE node_id = $1',
    [own.nodeId],
  );
  return rows.rows[0]?.registry_id;
}

test('a registry entry added after its enterprise node enrolled is linked to it, and follows its code', async () => {
  assert.equal(await peerRegistryId(), null, 'no entry when the node enrolled');
  const entry = await province.admin.ok<Entry>('POST', '/registry/enterprises', {
    uscc: OWN,
    name: '姑苏精密样例',
    regionCode: '320506',
    industryCode: '34',
    size: 'medium',
    keyEnterprise: false,
  });
  assert.equal(entry.nodeId, own.nodeId);
  assert.equal(await peerRegistryId(), entry.id);

  // A corrected credit code no longer names the node: the link goes; the right code brings it back.
  const recoded = await province.admin.ok<Entry>('PATCH', `/registry/enterprises/${entry.id}`, {
    uscc: testUscc('320506', 6),
  });
  assert.equal(recoded.nodeId, null);
  assert.equal(await peerRegistryId(), null);
  const restored = await province.admin.ok<Entry>('PATCH', `/registry/enterprises/${entry.id}`, {
    uscc: OWN,
  });
  assert.equal(restored.nodeId, own.nodeId);
  assert.equal(await peerRegistryId(), entry.id);
  const audit = await province.pool.query<{ payload: { changes: Record<string, unknown> } }>(
    `SELECT payload FROM audit_log WHERE action = 'enterprise.update' AND target = $1 ORDER BY seq`,
    [`enterprise:${entry.id}`],
  );
  assert.deepEqual(
    audit.rows.map((row) => row.payload.changes.nodeId),
    [
      { from: own.nodeId, to: null },
      { from: null, to: own.nodeId },
    ],
  );
});
