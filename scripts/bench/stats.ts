/**
 * Repeating a measurement on a noisy machine: warm-up runs first (discarded), then the median
 * of the rest, with the spread kept so a reader can see the noise.
 * @packageDocumentation
 */

/** Measured values of one figure. */
export interface Sampled {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function summarise(samples: readonly number[]): Sampled {
  const rounded = samples.map((value) => Math.round(value * 10) / 10);
  return { median: median(rounded), min: Math.min(...rounded), max: Math.max(...rounded), samples: rounded };
}

/** Runs `measure` `warmUp` times unrecorded, then `runs` times, and returns every run's result. */
export async function repeat<T>(runs: number, warmUp: number, measure: (run: number) => Promise<T>): Promise<T[]> {
  for (let run = 0; run < warmUp; run++) await measure(-1 - run);
  const results: T[] = [];
  for (let run = 0; run < runs; run++) results.push(await measure(run));
  return results;
}
