import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  hostOfSourceTarget,
  matchIndicators,
  parseIpRange,
  parseIpv6,
  recipientStatus,
  resolveAudience,
  summarizeRecipients,
  deadlineProblem,
  validateIndicators,
  type AudienceCandidate,
} from '../index.ts';

const SZ_CHEM: AudienceCandidate = {
  uscc: '91320500MA1XYZ1234',
  regionCode: '320508',
  industryCode: '26',
  keyEnterprise: true,
  nodeId: 'ent-a',
};
const NJ_AUTO: AudienceCandidate = {
  uscc: '91320100MA2Y4B7C14',
  regionCode: '320102',
  industryCode: '36',
  keyEnterprise: false,
  nodeId: null,
};
const FJ_AUTO: AudienceCandidate = {
  uscc: '91350100MA2Y4B7C14',
  regionCode: '350100',
  industryCode: '36',
  keyEnterprise: false,
  nodeId: 'ent-c',
};
const ALL = [SZ_CHEM, NJ_AUTO, FJ_AUTO];
const usccs = (list: AudienceCandidate[]): string[] => list.map((entry) => entry.uscc);

test('audience: all, industry, region prefixes, key list, named by credit code or node id', () => {
  assert.deepEqual(usccs(resolveAudience({ kind: 'all' }, ALL)), usccs(ALL));
  assert.deepEqual(usccs(resolveAudience({ kind: 'industry', industries: ['36'] }, ALL)), [
    NJ_AUTO.uscc,
    FJ_AUTO.uscc,
  ]);
  assert.deepEqual(resolveAudience({ kind: 'industry', industries: ['13'] }, ALL), []);
  assert.deepEqual(usccs(resolveAudience({ kind: 'region', regions: ['32'] }, ALL)), [
    SZ_CHEM.uscc,
    NJ_AUTO.uscc,
  ]);
  assert.deepEqual(usccs(resolveAudience({ kind: 'region', regions: ['3205'] }, ALL)), [
    SZ_CHEM.uscc,
  ]);
  assert.deepEqual(usccs(resolveAudience({ kind: 'region', regions: ['320102', '35'] }, ALL)), [
    NJ_AUTO.uscc,
    FJ_AUTO.uscc,
  ]);
  assert.deepEqual(usccs(resolveAudience({ kind: 'key' }, ALL)), [SZ_CHEM.uscc]);
  assert.deepEqual(
    usccs(resolveAudience({ kind: 'named', usccs: [NJ_AUTO.uscc], nodeIds: ['ent-c'] }, ALL)),
    [NJ_AUTO.uscc, FJ_AUTO.uscc],
  );
  assert.deepEqual(resolveAudience({ kind: 'named', usccs: [], nodeIds: ['ent-x'] }, ALL), []);
});

test('indicators: each kind validated and normalised, all problems reported', () => {
  const ok = validateIndicators([
    { kind: 'ip', value: ' 203.0.113.7 ' },
    { kind: 'ip', value: '10.0.0.0/8' },
    { kind: 'ip', value: '2001:DB8::1' },
    { kind: 'domain', value: 'Evil.Example.COM.' },
    { kind: 'domain', value: '*.c2.xn--fiqs8s' },
    { kind: 'hash', value: 'D41D8CD98F00B204E9800998ECF8427E' },
    { kind: 'hash', value: 'a'.repeat(64) },
    { kind: 'product', value: '  Oracle   WebLogic 12.2.1 ', note: '12.2.1.3 及以下' },
  ]);
  assert.ok(ok.ok);
  assert.deepEqual(
    ok.value.map((indicator) => indicator.value),
    [
      '203.0.113.7',
      '10.0.0.0/8',
      '2001:db8::1',
      'evil.example.com',
      'c2.xn--fiqs8s',
      'd41d8cd98f00b204e9800998ecf8427e',
      'a'.repeat(64),
      'Oracle WebLogic 12.2.1',
    ],
  );
  assert.equal(ok.value[7]?.note, '12.2.1.3 及以下');

  const bad = validateIndicators([
    { kind: 'ip', value: '256.1.1.1' },
    { kind: 'ip', value: '010.1.1.1' },
    { kind: 'ip', value: '10.0.0.0/33' },
    { kind: 'ip', value: '1::2::3' },
    { kind: 'domain', value: 'localhost' },
    { kind: 'domain', value: '-bad.example.com' },
    { kind: 'domain', value: '例子.中国' },
    { kind: 'hash', value: 'abc' },
    { kind: 'hash', value: 'z'.repeat(32) },
    { kind: 'product', value: '!!' },
    { kind: 'ip', value: '192.0.2.1' },
    { kind: 'ip', value: '192.0.2.1' },
  ]);
  assert.ok(!bad.ok);
  assert.deepEqual(
    bad.problems.map((problem) => problem.index),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11],
  );
  assert.deepEqual(
    new Set(bad.problems.map((problem) => problem.code)),
    new Set(['WARNING_INDICATOR_INVALID']),
  );
  assert.match(bad.problems[0]?.message ?? '', /^第 1 项/);
});

test('IP parsing: IPv6 forms and CIDR containment', () => {
  assert.equal(parseIpv6('::1'), 1n);
  assert.equal(parseIpv6('::ffff:192.0.2.1'), 0xffffc0000201n);
  assert.equal(parseIpv6('1:2:3:4:5:6:7:8:9'), undefined);
  assert.equal(parseIpv6('12345::'), undefined);
  assert.deepEqual(parseIpRange('10.1.2.3/8'), { family: 4, base: 10n << 24n, prefix: 8 });
});

test('source hosts are read from targets without credentials', () => {
  assert.equal(
    hostOfSourceTarget('postgres', 'postgres://erp:s3cret@DB.Plant.example.com:5432/erp'),
    'db.plant.example.com',
  );
  assert.equal(
    hostOfSourceTarget('mysql', 'mysql://root:pw@[2001:db8::5]:3306/mes'),
    '2001:db8::5',
  );
  assert.equal(
    hostOfSourceTarget('postgres', 'host=10.2.3.4 port=5432 user=x password=y'),
    '10.2.3.4',
  );
  assert.equal(hostOfSourceTarget('sqlite', '/data/plant.sqlite'), null);
  assert.equal(hostOfSourceTarget('postgres', 'not a url://'), null);
});

test('matching: IPs in ranges, domains and subdomains, products in kinds, tables and comments; hashes never', () => {
  const indicators = validateIndicators([
    { kind: 'ip', value: '10.2.0.0/16' },
    { kind: 'domain', value: 'example.com' },
    { kind: 'product', value: 'MySQL 5.7' },
    { kind: 'product', value: '用友 U8 v13' },
    { kind: 'product', value: 'Ab 1.0' },
    { kind: 'hash', value: 'd41d8cd98f00b204e9800998ecf8427e' },
  ]);
  assert.ok(indicators.ok);
  const matches = matchIndicators(indicators.value, {
    sources: [
      { id: 's1', name: 'ERP', kind: 'postgres', host: '10.2.3.4' },
      { id: 's2', name: 'MES', kind: 'mysql', host: 'mes.plant.example.com' },
      { id: 's3', name: 'Lab', kind: 'postgres', host: '10.3.0.1' },
      { id: 's4', name: 'Files', kind: 'sqlite', host: null },
    ],
    items: [
      { id: 'i1', table: 'u8_voucher', comment: '用友U8 凭证表' },
      { id: 'i2', table: 'ab_orders', comment: null },
    ],
  });
  assert.deepEqual(
    matches.map((match) => `${match.indicator.value}→${match.subjectId}:${match.matched}`),
    [
      '10.2.0.0/16→s1:10.2.3.4',
      'example.com→s2:mes.plant.example.com',
      'MySQL 5.7→s2:mysql',
      '用友 U8 v13→i1:用友U8 凭证表',
    ],
  );
});

test('tracking: states, overdue flags, laggards, summary and rates', () => {
  const deadlines = {
    ackBy: new Date('2026-01-02T00:00:00Z'),
    feedbackBy: new Date('2026-01-09T00:00:00Z'),
  };
  const at = (iso: string): Date => new Date(iso);
  const before = at('2026-01-01T00:00:00Z');
  const afterAck = at('2026-01-03T00:00:00Z');
  const none = { deliveredAt: null, acknowledgedAt: null, answeredAt: null };
  const delivered = { ...none, deliveredAt: before };
  const acked = { ...delivered, acknowledgedAt: before };
  const answered = { ...acked, answeredAt: before };
  assert.deepEqual(recipientStatus(none, deadlines, afterAck), {
    state: 'undeliverable',
    ackOverdue: false,
    feedbackOverdue: false,
    laggard: false,
  });
  assert.deepEqual(recipientStatus(delivered, deadlines, before), {
    state: 'delivered',
    ackOverdue: false,
    feedbackOverdue: false,
    laggard: true,
  });
  assert.equal(recipientStatus(delivered, deadlines, afterAck).ackOverdue, true);
  assert.equal(
    recipientStatus(delivered, deadlines, deadlines.ackBy).ackOverdue,
    false,
    'the deadline itself is in time',
  );
  assert.equal(recipientStatus(acked, deadlines, afterAck).ackOverdue, false);
  assert.deepEqual(recipientStatus(answered, deadlines, at('2026-02-01T00:00:00Z')), {
    state: 'answered',
    ackOverdue: false,
    feedbackOverdue: false,
    laggard: false,
  });
  const summary = summarizeRecipients([none, delivered, acked, answered], deadlines, afterAck);
  assert.deepEqual(summary, {
    addressed: 4,
    delivered: 3,
    acknowledged: 2,
    answered: 1,
    overdue: 1,
    ackRate: 2 / 3,
    feedbackRate: 1 / 3,
  });
  assert.equal(summarizeRecipients([none], deadlines, afterAck).ackRate, null);
});

test('deadlines at issue time', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  assert.equal(
    deadlineProblem(
      { ackBy: new Date('2026-01-02T00:00:00Z'), feedbackBy: new Date('2026-01-05T00:00:00Z') },
      now,
    ),
    null,
  );
  assert.match(
    deadlineProblem({ ackBy: now, feedbackBy: new Date('2026-01-05T00:00:00Z') }, now) ?? '',
    /签收/,
  );
  assert.match(
    deadlineProblem(
      { ackBy: new Date('2026-01-05T00:00:00Z'), feedbackBy: new Date('2026-01-02T00:00:00Z') },
      now,
    ) ?? '',
    /反馈/,
  );
  assert.match(
    deadlineProblem(
      { ackBy: new Date('2026-01-05T00:00:00Z'), feedbackBy: new Date('2027-06-02T00:00:00Z') },
      now,
    ) ?? '',
    /一年/,
  );
});
