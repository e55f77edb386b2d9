import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  closeFederationNodes,
  eventually,
  startFederationNodes,
  type FederationTestNode,
} from '../federation/testing/federation-node.ts';
import { enrollOver } from '../federation/testing/topology-steps.ts';
import { autoChaseWarnings } from './auto-chase-warnings.ts';
import { testUscc } from '../testing/test-uscc.ts';

// Ministry → province → enterprise as three real processes with their own databases
// (docs/warnings.md): the ministry issues a warning before the province has enrolled; the
// province gets it when it enrolls, addresses its chemicals plant (no node yet:
// undeliverable), and when that plant's node enrolls it gets the warning, and the ministry
// learns of the late delivery. Then the ministry's automatic chase (自动催办), run at a
// simulated instant past the acknowledgement deadline, reaches the plant through the province,
// once per day.

const MINISTRY = 'ministry-late-000000';
const PROVINCE = 'province-late-320000';
const ENT_CHEM = 'ent-late-chem-320508';
const DAY = 86_400_000;

const CHEM = {
  uscc: testUscc('320508', 31),
  name: '苏州晚化工有限公司',
  regionCode: '320508',
  industryCode: '26',
  size: 'large',
  keyEnterprise: false,
};

let ministry: FederationTestNode;
let province: FederationTestNode;
let chem: FederationTestNode;

before(async () => {
  [ministry, province, chem] = await startFederationNodes([
    ['ministry', MINISTRY],
    ['province', PROVINCE],
    ['enterprise', ENT_CHEM],
  ]);
});

after(async () => {
  await closeFederationNodes(ministry, province, chem);
});

interface Tracking {
  recipients: { uscc: string | null; state: string; viaNode: string | null; chaseCount: number }[];
  history: {
    kind: string;
    actor: string;
    recipients: { uscc: string | null }[];
    queuedTo: string[];
  }[];
}

const atMinistry = (id: string) => ministry.admin.ok<Tracking>('GET', `/warnings/${id}`);

test('a warning issued before the province and the plant enrolled reaches the plant; the automatic chase follows', async () => {
  await province.admin.ok('POST', '/registry/enterprises', CHEM);
  const issuedAt = Date.now();
  const issued = await ministry.admin.ok<{ id: string; queuedTo: string[] }>('POST', '/warnings', {
    level: 'orange',
    type: 'threat',
    title: '化工行业勒索软件预警',
    description: '针对化工企业的勒索软件活动',
    measures: '排查并加固',
    ackBy: new Date(issuedAt + DAY).toISOString(),
    feedbackBy: new Date(issuedAt + 3 * DAY).toISOString(),
    audience: { kind: 'industry', industries: ['C26'] },
  });
  assert.deepEqual(issued.queuedTo, [], 'no province has enrolled yet');

  // The province enrolls: the ministry queues the open warning to it; the plant has no node.
  await enrollOver(ministry, province, { kind: 'region', code: '320000' });
  const undeliverable = await eventually(async () => {
    const tracking = await atMinistry(issued.id);
    return tracking.recipients.length > 0 ? tracking : undefined;
  }, 'the province’s delivery report');
  assert.deepEqual(
    undeliverable.recipients.map((r) => [r.uscc, r.state, r.viaNode]),
    [[CHEM.uscc, 'undeliverable', PROVINCE]],
  );

  // The plant's node enrolls for its credit code: the province delivers, and reports it up.
  await enrollOver(province, chem, { kind: 'enterprise', uscc: CHEM.uscc });
  await eventually(async () => {
    const inbox = await chem.admin.ok<{ items: { id: string }[] }>('GET', '/warning-inbox');
    return inbox.items.find((item) => item.id === issued.id);
  }, 'the warning in the plant’s inbox');
  const delivered = await eventually(async () => {
    const tracking = await atMinistry(issued.id);
    return tracking.recipients[0]?.state === 'delivered' ? tracking : undefined;
  }, 'the late delivery at the ministry');
  assert.deepEqual(
    delivered.history.map((h) => [h.kind, h.actor]),
    [
      ['late-delivery', 'system'],
      ['late-delivery', `node:${PROVINCE}`],
    ],
  );
  assert.deepEqual(delivered.history[0]?.queuedTo, [PROVINCE]);
  assert.deepEqual(
    delivered.history[1]?.recipients.map((r) => r.uscc),
    [CHEM.uscc],
  );

  // The acknowledgement deadline passes (a simulated instant, 10:00 Beijing time the next day).
  const chaseAt = new Date(issuedAt + DAY + 1);
  chaseAt.setUTCHours(2, 0, 0, 0);
  if (chaseAt.getTime() <= issuedAt + DAY) chaseAt.setTime(chaseAt.getTime() + DAY);
  const settings = { enabled: true, fromHour: 9 };
  assert.deepEqual(await autoChaseWarnings(ministry.pool, 'ministry', chaseAt, settings), {
    warnings: 1,
    chased: 1,
  });
  await eventually(async () => {
    const row = await chem.admin.ok<{ reminders: number }>('GET', `/warning-inbox/${issued.id}`);
    return row.reminders === 1 ? row : undefined;
  }, 'the automatic reminder at the plant');
  // Twice the same day: nobody is reminded again.
  const later = new Date(chaseAt.getTime() + 4 * 3_600_000);
  assert.deepEqual(await autoChaseWarnings(ministry.pool, 'ministry', later, settings), {
    warnings: 0,
    chased: 0,
  });
  const chased = await atMinistry(issued.id);
  assert.equal(chased.recipients[0]?.chaseCount, 1);
  assert.deepEqual(chased.history.at(-1), {
    ...chased.history.at(-1),
    kind: 'auto-chase',
    actor: 'system',
    queuedTo: [PROVINCE],
  });
});
