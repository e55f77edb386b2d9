import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimedUscc, outsideScope } from './scope-check.ts';

const A = '91350100M000100Y43';
const B = '91320500MA2Y4B7C14';

test('the USCC a payload names is enterprise.uscc, when present', () => {
  assert.equal(claimedUscc({ enterprise: { uscc: A, name: 'x' } }), A);
  assert.equal(claimedUscc({ enterprise: { uscc: null } }), undefined);
  assert.equal(claimedUscc({ backlog: 1 }), undefined);
  assert.equal(claimedUscc(null), undefined);
  assert.equal(claimedUscc('text'), undefined);
});

test('a one-enterprise scope refuses payloads that speak for another enterprise', () => {
  const scope = { kind: 'enterprise', uscc: A } as const;
  assert.equal(outsideScope(scope, { enterprise: { uscc: B } }), true);
  assert.equal(outsideScope(scope, { enterprise: { uscc: A } }), false);
  assert.equal(outsideScope(scope, { enterprise: { uscc: A.toLowerCase() } }), false);
  assert.equal(outsideScope(scope, { backlog: 0 }), false, 'names no enterprise');
  assert.equal(
    outsideScope({ kind: 'region', code: '320000' }, { enterprise: { uscc: B } }),
    false,
  );
  assert.equal(outsideScope(null, { enterprise: { uscc: B } }), false);
});
