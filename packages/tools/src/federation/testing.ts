/** Test factories of federation envelopes (used by this folder's tests and the bench). */
import type { EnvelopeDraft } from '@shuan/core';

let counter = 0;

/** A valid draft from `sender` to `receiver`; fields can be overridden. Ids are unique per call. */
export function buildDraft(overrides: Partial<EnvelopeDraft> = {}): EnvelopeDraft {
  counter += 1;
  return {
    v: 1,
    id: `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`,
    sender: 'ent-91320500MA1XYZ1234',
    receiver: 'province-320000',
    type: 'filing.submit',
    seq: counter,
    sentAt: '2025-06-01T08:00:00.000Z',
    payload: {
      filingId: '7d4f1a9e-2b3c-4d5e-8f60-718293a4b5c6',
      enterprise: '苏州某精密制造有限公司',
      items: [
        { table: 'mes.work_orders', level: 'important', rows: 1_250_000 },
        { table: 'plm.drawings', level: 'core', rows: 48_000 },
      ],
    },
    ...overrides,
  };
}
