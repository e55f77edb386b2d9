/**
 * How a delivery's units (a signed batch, or one envelope: delivery-check.ts) are split
 * across worker threads. Each worker keeps its own cache of parsed SM2 public keys (256
 * keys; a miss costs ~8 ms of precomputation, a hit ~1.7 ms per verification), so the units
 * of one sender should go to the same worker, delivery after delivery. Each key therefore
 * has a home worker (a hash of the key), and units stay home unless that would unbalance
 * the delivery: no worker gets more than ⌈total / workers⌉ of them.
 */

/** FNV-1a of a string: a cheap, stable hash for choosing a key's home worker. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Splits item indexes 0…keys.length−1 into `workers` lists. Keys keep their home worker as
 * far as balance allows; the largest groups are placed first, and what does not fit at home
 * spills to the least-loaded workers. Every index appears exactly once.
 *
 * @example
 * planShards(['k1', 'k1', 'k2', 'k3'], 2); // e.g. [[0, 1], [2, 3]]
 */
export function planShards(keys: readonly string[], workers: number): number[][] {
  const shards = Array.from({ length: workers }, (): number[] => []);
  const capacity = Math.ceil(keys.length / workers);
  const groups = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [index]);
    else group.push(index);
  });
  const bySize = [...groups].sort((a, b) => b[1].length - a[1].length);
  for (const [key, indexes] of bySize) {
    let rest = indexes;
    let target = fnv1a(key) % workers;
    while (rest.length > 0) {
      const shard = shards[target] ?? [];
      const room = Math.max(0, capacity - shard.length);
      // A loop, not push(...spread): a batch can exceed the engine's argument limit.
      for (const index of rest.slice(0, room)) shard.push(index);
      rest = rest.slice(room);
      target = leastLoaded(shards);
    }
  }
  return shards;
}

function leastLoaded(shards: readonly number[][]): number {
  let best = 0;
  shards.forEach((shard, index) => {
    if (shard.length < (shards[best]?.length ?? 0)) best = index;
  });
  return best;
}
