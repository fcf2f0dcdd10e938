/**
 * A small seeded PRNG (mulberry32). The benchmark dataset must be
 * byte-identical for one seed, so nothing here may touch Math.random.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** FNV-1a over the parts: every document gets its own stream, so one document never shifts another. */
export function hashSeed(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join("\u0000")) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createRandom(seed: number): Random {
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
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("Cannot pick from an empty list");
      return items[int(0, items.length - 1)] as T;
    },
    chance: (p: number) => next() < p,
  };
}

/** `count` distinct integers in [0, size), excluding `exclude`, in draw order. */
export function distinctInts(random: Random, count: number, size: number, exclude: readonly number[] = []): number[] {
  const chosen = new Set(exclude);
  const result: number[] = [];
  const wanted = Math.min(count, size - chosen.size);
  while (result.length < wanted) {
    const value = random.int(0, size - 1);
    if (chosen.has(value)) continue;
    chosen.add(value);
    result.push(value);
  }
  return result;
}
