import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  claimedUscc,
  industryWithin,
  outsideScope,
  outsideTerritory,
  regionWithin,
  territoryOf,
} from './scope-check.ts';

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

test('a region scope covers its province, prefecture or county by code prefix', () => {
  assert.equal(regionWithin('320000', '320508'), true);
  assert.equal(regionWithin('320500', '320508'), true);
  assert.equal(regionWithin('320500', '320500'), true);
  assert.equal(regionWithin('320500', '320100'), false);
  assert.equal(regionWithin('320508', '320508'), true);
  assert.equal(regionWithin('320508', '320509'), false);
  assert.equal(regionWithin('320000', '330100'), false);
  assert.equal(regionWithin('500000', '500101'), true);
});

test('an industry scope covers its section, division or group; a coarser code is not inside', () => {
  assert.equal(industryWithin('C', 'C31'), true);
  assert.equal(industryWithin('C', 'B06'), false);
  assert.equal(industryWithin('C31', 'C31'), true);
  assert.equal(industryWithin('C31', 'C3110'), true);
  assert.equal(industryWithin('C31', 'C36'), false);
  assert.equal(industryWithin('C311', 'C31'), false, 'a division cannot be shown to be in a group');
  assert.equal(industryWithin('C311', 'C3110'), true);
});

test('the registry entry decides where an enterprise sits; the payload only without one', () => {
  const claimed = { region: '320500', industry: 'C36' };
  assert.deepEqual(territoryOf(null, claimed), {
    regionCode: '320500',
    industryCode: 'C36',
    source: 'payload',
  });
  // The registry says Nanjing steel: that is what counts, whatever the payload claims.
  assert.deepEqual(territoryOf({ regionCode: '320100', industryCode: '31' }, claimed), {
    regionCode: '320100',
    industryCode: 'C31',
    source: 'registry',
  });
  // A finer code of the registry's own division refines it.
  assert.equal(
    territoryOf(
      { regionCode: '320100', industryCode: '31' },
      { region: '320100', industry: 'C3110' },
    ).industryCode,
    'C3110',
  );
});

test('region and industry scopes judge the territory; other scopes leave it to outsideScope', () => {
  const inSuzhouAuto = { regionCode: '320508', industryCode: 'C36', source: 'registry' } as const;
  assert.equal(outsideTerritory({ kind: 'region', code: '320500' }, inSuzhouAuto), false);
  assert.equal(outsideTerritory({ kind: 'region', code: '320100' }, inSuzhouAuto), true);
  assert.equal(outsideTerritory({ kind: 'industry', code: 'C36' }, inSuzhouAuto), false);
  assert.equal(outsideTerritory({ kind: 'industry', code: 'C31' }, inSuzhouAuto), true);
  assert.equal(outsideTerritory({ kind: 'enterprise', uscc: A }, inSuzhouAuto), false);
  assert.equal(outsideTerritory(null, inSuzhouAuto), false);
});
