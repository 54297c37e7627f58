/**
 * Fisher–Yates shuffle with an injectable random source, so tests can fix the order.
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
