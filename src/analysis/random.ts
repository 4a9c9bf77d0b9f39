/**
 * A small seeded pseudo-random number generator for reproducible analyses (random starts of latent
 * class models, synthetic test data, bootstraps).
 *
 * Generator: xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47(4), 2021; reference C code at https://prng.di.unimi.it/xoshiro128starstar.c), a 128-bit
 * state seeded from one 32-bit integer with SplitMix32 so that nearby seeds give unrelated streams.
 * Not for cryptography.
 */
export interface Random {
  /** A uniform number in [0, 1) with 32 bits of randomness. */
  next(): number;
  /** A uniform integer in 0..n-1. Throws for n < 1. */
  int(n: number): number;
  /** A standard normal draw (mean 0, sd 1), Box-Muller. */
  normal(): number;
  /** An index drawn with the given (unnormalised, non-negative) weights. Throws if they sum to 0. */
  categorical(weights: ArrayLike<number>): number;
}

/**
 * Creates a seeded generator (xoshiro128**). The same seed always gives the same sequence, on every
 * platform (32-bit integer arithmetic only).
 *
 * Cost: O(1) per draw. Throws if the seed is not a finite number.
 *
 * @example
 * const rng = createRandom(42);
 * rng.next();            // e.g. 0.7005...
 * rng.categorical([1, 3]); // 1 three times out of four
 */
export function createRandom(seed: number): Random {
  if (!Number.isFinite(seed)) throw new Error('createRandom requires a finite seed');
  // SplitMix32 to spread the seed over 128 bits of state (never all zero).
  let z = Math.trunc(seed) >>> 0;
  const splitmix = (): number => {
    z = (z + 0x9e3779b9) >>> 0;
    let t = z;
    t = Math.imul(t ^ (t >>> 16), 0x85ebca6b);
    t = Math.imul(t ^ (t >>> 13), 0xc2b2ae35);
    return (t ^ (t >>> 16)) >>> 0;
  };
  let s0 = splitmix();
  let s1 = splitmix();
  let s2 = splitmix();
  let s3 = splitmix();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  const next = (): number => nextUint32() / 4294967296;
  let spareNormal: number | null = null;

  return {
    next,
    int(n: number): number {
      if (!(n >= 1)) throw new Error('Random.int requires n >= 1');
      return Math.floor(next() * Math.floor(n));
    },
    normal(): number {
      if (spareNormal !== null) {
        const v = spareNormal;
        spareNormal = null;
        return v;
      }
      let u = next();
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spareNormal = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    categorical(weights: ArrayLike<number>): number {
      let total = 0;
      for (let i = 0; i < weights.length; i++) total += weights[i];
      if (!(total > 0)) throw new Error('Random.categorical requires weights with a positive sum');
      let u = next() * total;
      for (let i = 0; i < weights.length; i++) {
        u -= weights[i];
        if (u < 0) return i;
      }
      return weights.length - 1;
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
