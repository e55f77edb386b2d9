import { test } from 'node:test';
import assert from 'node:assert/strict';
import { API_ERROR_CODES, ENTERPRISE_SIZES } from '@shuan/contracts';
import { ENTERPRISE_FIELD_ERROR_CODES, ENTERPRISE_SIZE_CODES } from '@shuan/tools';
import { ERROR_STATUS } from '../http/app-error.ts';
import { PERMISSIONS } from '../http/permissions.ts';

// tools cannot import contracts (and the reverse), so the two lists the registry shares are
// written twice: this test keeps them equal.

test('the sizes of the contract are the sizes the validator accepts', () => {
  assert.deepEqual([...ENTERPRISE_SIZES], [...ENTERPRISE_SIZE_CODES]);
});

test('every field code of the validator is an API error code answering 400', () => {
  for (const code of ENTERPRISE_FIELD_ERROR_CODES) {
    assert.ok((API_ERROR_CODES as readonly string[]).includes(code), code);
    assert.equal(ERROR_STATUS[code], 400, code);
  }
});

test('the registry routes are in the permission table: admins and officers write, everyone reads', () => {
  const registry = Object.entries(PERMISSIONS).filter(([key]) => key.includes('/registry/'));
  assert.equal(registry.length, 6);
  for (const [key, permission] of registry) {
    const writes = !key.startsWith('GET ');
    assert.deepEqual(
      permission,
      writes ? ['admin', 'officer'] : ['admin', 'officer', 'reviewer', 'auditor'],
      key,
    );
  }
});
