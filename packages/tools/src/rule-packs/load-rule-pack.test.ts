import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  BUILTIN_RULE_PACKS,
  listRulePacks,
  loadRulePack,
  resolveRulePack,
} from './load-rule-pack.ts';
import { RulePackError } from './rule-pack-error.ts';

const dir = mkdtempSync(join(tmpdir(), 'shuan-pack-'));

function writePack(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function rejects(code: string, fn: () => unknown): void {
  assert.throws(fn, (error: unknown) => error instanceof RulePackError && error.code === code);
}

test('every built-in pack validates and composes on the general pack', () => {
  for (const id of BUILTIN_RULE_PACKS) {
    const pack = resolveRulePack(id);
    assert.equal(pack.id, id);
    assert.match(pack.version, /^\d{4}\.\d+$/);
    const ids = [...pack.categoryRules, ...pack.levelRules].map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length, `${id}: rule ids are unique`);
    if (id !== 'general') {
      assert.equal(pack.extends, 'general');
      assert.ok(pack.categoryRules.length > 15, `${id} adds rules to the general pack`);
      assert.ok(
        pack.levelRules.some((rule) => !rule.id.startsWith('GEN-')),
        `${id} grades`,
      );
    }
  }
});

test('industry category rules come before the general ones, so they win ties', () => {
  const steel = resolveRulePack('steel');
  assert.match(steel.categoryRules[0]?.id ?? '', /^STEEL-/);
  assert.match(steel.categoryRules.at(-1)?.id ?? '', /^GEN-/);
});

test('listRulePacks names each pack in Chinese and English', () => {
  const packs = listRulePacks();
  assert.deepEqual(
    packs.map((pack) => pack.id),
    [...BUILTIN_RULE_PACKS],
  );
  for (const pack of packs) {
    assert.match(pack.name.zh, /[\u4e00-\u9fff]/);
    assert.match(pack.name.en, /[A-Za-z]/);
  }
});

test('an unknown pack id is RULE_PACK_UNKNOWN and lists the packs', () => {
  assert.throws(
    () => loadRulePack('shipbuilding'),
    (error: unknown) =>
      error instanceof RulePackError &&
      error.code === 'RULE_PACK_UNKNOWN' &&
      error.message.includes('automotive'),
  );
});

test('a pack file a regulator wrote loads by path and can disable general rules', () => {
  const path = writePack('shipbuilding.json', {
    id: 'shipbuilding',
    version: '2026.1',
    extends: 'general',
    name: { zh: '船舶行业规则包', en: 'Shipbuilding pack' },
    description: { zh: '船舶', en: 'ships' },
    categoryRules: [
      { id: 'SHIP-CAT-HULL', category: 'rd.design', tableKeywords: ['hull', '船体'] },
    ],
    levelRules: [],
    disables: ['GEN-LVL-IMP-PI-VOLUME'],
  });
  const pack = resolveRulePack(path);
  assert.equal(pack.id, 'shipbuilding');
  assert.equal(pack.categoryRules[0]?.id, 'SHIP-CAT-HULL');
  assert.ok(!pack.levelRules.some((rule) => rule.id === 'GEN-LVL-IMP-PI-VOLUME'));
  assert.ok(pack.levelRules.some((rule) => rule.id === 'GEN-LVL-IMP-CONTROL'));
});

test('broken pack files are refused with a code that says what is wrong', () => {
  rejects('RULE_PACK_UNREADABLE', () => loadRulePack(join(dir, 'missing.json')));
  rejects('RULE_PACK_INVALID', () => loadRulePack(writePack('bad.json', '{ "id": ')));
  const badCategory = writePack('cat.json', {
    id: 'x',
    version: '2026.1',
    name: { zh: '甲', en: 'x' },
    description: { zh: '甲', en: 'x' },
    categoryRules: [{ id: 'X-CAT-A', category: 'mgmt.nonsense', tableKeywords: ['a'] }],
  });
  assert.throws(
    () => loadRulePack(badCategory),
    (error: unknown) =>
      error instanceof RulePackError &&
      error.code === 'RULE_PACK_INVALID' &&
      error.message.includes('categoryRules.0.category'),
  );
  const noCondition = writePack('lvl.json', {
    id: 'x',
    version: '2026.1',
    name: { zh: '甲', en: 'x' },
    description: { zh: '甲', en: 'x' },
    levelRules: [
      { id: 'X-LVL-A', level: 'core', scope: 'table', reason: { zh: '甲', en: 'x' }, basis: 'b' },
    ],
  });
  rejects('RULE_PACK_INVALID', () => loadRulePack(noCondition));
});
