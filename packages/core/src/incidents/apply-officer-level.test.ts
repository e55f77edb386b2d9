import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyOfficerLevel } from './apply-officer-level.ts';
import { INCIDENT_ERROR_MESSAGES } from './errors.ts';
import { INCIDENT_LEVELS } from './incident-levels.ts';

test('an officer may keep or raise the computed level', () => {
  assert.deepEqual(applyOfficerLevel('major', 'major'), {
    ok: true,
    level: 'major',
    raised: false,
  });
  assert.deepEqual(applyOfficerLevel('general', 'relatively-major'), {
    ok: true,
    level: 'relatively-major',
    raised: true,
  });
  assert.deepEqual(applyOfficerLevel('major', 'especially-major'), {
    ok: true,
    level: 'especially-major',
    raised: true,
  });
});

test('lowering is refused with INCIDENT_LEVEL_LOWERING_FORBIDDEN, for every lower pair', () => {
  for (const [i, computed] of INCIDENT_LEVELS.entries()) {
    for (const requested of INCIDENT_LEVELS.slice(0, i)) {
      assert.deepEqual(
        applyOfficerLevel(computed, requested),
        {
          ok: false,
          code: 'INCIDENT_LEVEL_LOWERING_FORBIDDEN',
          message: INCIDENT_ERROR_MESSAGES.INCIDENT_LEVEL_LOWERING_FORBIDDEN,
        },
        `${computed} → ${requested}`,
      );
    }
  }
});

test('an unknown requested level is refused with INCIDENT_LEVEL_UNKNOWN', () => {
  for (const requested of ['重大', 'MAJOR', '', undefined, 3]) {
    const result = applyOfficerLevel('general', requested);
    assert.equal(result.ok ? 'ok' : result.code, 'INCIDENT_LEVEL_UNKNOWN');
  }
});
