/**
 * Fisher–Yates shuffle with an injectable random source, so tests and screenshots can fix the
 * order while learners get Math.random.
 * @packageDocumentation
 */

/** A function returning a number in [0, 1), like Math.random. */
export type RandomSource = () => number;

/** A shuffled copy of `items`. */
export function shuffled<T>(items: readonly T[], random: RandomSource = Math.random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * A random source that gives the same sequence for the same seed (mulberry32): for tests and
 * screenshots, never for learners, whose draws and choice orders must differ.
 */
export function seededRandom(seed: number): RandomSource {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
