import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  autoChaseDue,
  chinaHour,
  DEFAULT_AUTO_CHASE_SETTINGS,
  warningOpen,
  type ChaseCandidate,
} from '../index.ts';

// Deadlines in UTC: ack by 02:00Z (10:00 Beijing) on 1 June, answer by 02:00Z on 3 June.
const deadlines = {
  ackBy: new Date('2026-06-01T02:00:00Z'),
  feedbackBy: new Date('2026-06-03T02:00:00Z'),
};
const at = (iso: string) => new Date(iso);

function buildRecipient(overrides: Partial<ChaseCandidate> = {}): ChaseCandidate {
  return {
    deliveredAt: at('2026-05-31T00:00:00Z'),
    acknowledgedAt: null,
    answeredAt: null,
    lastChasedAt: null,
    ...overrides,
  };
}

test('China hour of an instant', () => {
  assert.equal(chinaHour(at('2026-06-01T00:59:59Z')), 8);
  assert.equal(chinaHour(at('2026-06-01T16:00:00Z')), 0);
});

test('nobody is chased before a deadline passes; at the deadline itself neither', () => {
  assert.equal(autoChaseDue(buildRecipient(), deadlines, deadlines.ackBy), false);
  assert.equal(autoChaseDue(buildRecipient(), deadlines, at('2026-06-01T02:00:00.001Z')), true);
});

test('an acknowledged recipient is chased only after the feedback deadline', () => {
  const acked = buildRecipient({ acknowledgedAt: at('2026-06-01T01:00:00Z') });
  assert.equal(autoChaseDue(acked, deadlines, at('2026-06-02T03:00:00Z')), false);
  assert.equal(autoChaseDue(acked, deadlines, deadlines.feedbackBy), false);
  assert.equal(autoChaseDue(acked, deadlines, at('2026-06-03T02:00:01Z')), true);
});

test('answered or undeliverable recipients are never chased', () => {
  const late = at('2026-06-10T03:00:00Z');
  assert.equal(
    autoChaseDue(buildRecipient({ answeredAt: at('2026-06-05T00:00:00Z') }), deadlines, late),
    false,
  );
  assert.equal(autoChaseDue(buildRecipient({ deliveredAt: null }), deadlines, late), false);
});

test('at most once per China calendar day, a manual chase included', () => {
  // Chased at 10:30 Beijing on 2 June: not again that day, again from 09:00 on 3 June.
  const chased = buildRecipient({ lastChasedAt: at('2026-06-02T02:30:00Z') });
  assert.equal(autoChaseDue(chased, deadlines, at('2026-06-02T15:59:59Z')), false);
  assert.equal(autoChaseDue(chased, deadlines, at('2026-06-03T00:59:59Z')), false);
  assert.equal(autoChaseDue(chased, deadlines, at('2026-06-03T01:00:00Z')), true);
  // Chased at 23:30 Beijing: the next Beijing day (from 09:00) is a new day.
  const lateNight = buildRecipient({ lastChasedAt: at('2026-06-02T15:30:00Z') });
  assert.equal(autoChaseDue(lateNight, deadlines, at('2026-06-03T01:00:00Z')), true);
});

test('not before the configured hour; disabled means never', () => {
  const early = at('2026-06-02T00:30:00Z'); // 08:30 Beijing
  assert.equal(autoChaseDue(buildRecipient(), deadlines, early), false);
  assert.equal(
    autoChaseDue(buildRecipient(), deadlines, early, { enabled: true, fromHour: 8 }),
    true,
  );
  assert.equal(
    autoChaseDue(buildRecipient(), deadlines, at('2026-06-05T03:00:00Z'), {
      ...DEFAULT_AUTO_CHASE_SETTINGS,
      enabled: false,
    }),
    false,
  );
});

test('a warning is open for late addressees until its feedback deadline', () => {
  assert.equal(warningOpen(deadlines, deadlines.feedbackBy), true);
  assert.equal(warningOpen(deadlines, at('2026-06-03T02:00:00.001Z')), false);
});
