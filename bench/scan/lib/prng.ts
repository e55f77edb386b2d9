/**
 * A small seeded PRNG (mulberry32) so every fixture is the same from run to run; the bench
 * never uses Math.random.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` random decimal digits. */
  digits(count: number): string;
}

/** Creates the seeded generator. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    digits: (count: number): string => {
      let out = '';
      for (let i = 0; i < count; i += 1) out += String.fromCharCode(48 + Math.floor(next() * 10));
      return out;
    },
  };
}

/** Picks one key of `weights` in proportion to its weight. */
export function createWeightedPicker<K extends string>(
  weights: Record<K, number>,
): (rng: Rng) => K {
  const keys = Object.keys(weights) as K[];
  const total = keys.reduce((sum, key) => sum + weights[key], 0);
  const bounds: number[] = [];
  let acc = 0;
  for (const key of keys) {
    acc += weights[key] / total;
    bounds.push(acc);
  }
  return (rng) => {
    const x = rng.next();
    for (let i = 0; i < bounds.length; i += 1) if (x < (bounds[i] as number)) return keys[i] as K;
    return keys[keys.length - 1] as K;
  };
}
