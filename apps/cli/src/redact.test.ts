import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactSecrets, secretsOfSource } from './redact.ts';

test('the password part of a URL is masked wherever it appears', () => {
  assert.equal(
    redactSecrets('connect postgres://u:secret@127.0.0.1:1/db refused'),
    'connect postgres://u:***@127.0.0.1:1/db refused',
  );
  assert.equal(redactSecrets('mysql://u:p@ss@h/db'), 'mysql://u:***@h/db');
});

test('a known password is masked even outside a URL, raw or encoded', () => {
  const secrets = secretsOfSource('mysql://scan:s%23cret!@h:3306/db');
  assert.deepEqual(secrets.sort(), ['s#cret!', 's%23cret!'].sort());
  assert.equal(
    redactSecrets('bad password s#cret! for scan', secrets),
    'bad password *** for scan',
  );
});

test('file paths and URLs without a password have no secrets', () => {
  assert.deepEqual(secretsOfSource('./data/plant.csv'), []);
  assert.deepEqual(secretsOfSource('postgres://postgres@127.0.0.1/db'), []);
  assert.equal(redactSecrets('sqlite:./a.db'), 'sqlite:./a.db');
});
