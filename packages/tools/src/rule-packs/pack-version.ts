import { canonicalJson } from '../crypto/canonical-json.ts';
import { sm3 } from '../crypto/sm3.ts';

/**
 * Orders two rule-pack versions (`year.revision`, e.g. `2026.1` < `2026.10` < `2027.1`):
 * negative when `a` is older, 0 when equal, positive when newer. Compared as numbers, so
 * `2026.10` is newer than `2026.9` (a string comparison would say the opposite).
 *
 * @example compareRulePackVersions('2026.2', '2026.10') // < 0
 */
export function compareRulePackVersions(a: string, b: string): number {
  const [ay = 0, ar = 0] = a.split('.').map(Number);
  const [by = 0, br = 0] = b.split('.').map(Number);
  return ay === by ? ar - br : ay - by;
}

/**
 * The SM3 of a pack's canonical JSON (keys sorted, no whitespace): what `rulepack.publish`
 * carries, so every node can show and check the exact pack it runs whatever the key order
 * of the copy it holds (PostgreSQL `jsonb` reorders keys).
 */
export function rulePackDigest(pack: unknown): string {
  return sm3(canonicalJson(pack));
}
