/**
 * What a SCORM session keeps in the save mirror (`tracking/save-mirror.ts`): meaning, not raw
 * element writes. Array indices of one session are not those of the next (the LMS may have
 * stored some interactions and not others), so each interaction is kept relative to its index,
 * and scores and statuses as the outcome the course wanted, merged with what the LMS holds by
 * the never-downgrade rule when replayed.
 * @packageDocumentation
 */

/** What one SCORM session had not delivered, as plain JSON. */
export interface ScormMirrorData {
  /** Scalar elements → value (location, suspend data, statuses, scores), last value per element. */
  scalars: Record<string, string>;
  /**
   * Array records not confirmed, each as `[suffix, value]` pairs relative to its index
   * (`id`, `type`, `correct_responses.0.pattern`, …), keyed by the array they belong to.
   */
  interactions: [suffix: string, value: string][][];
  objectives: [suffix: string, value: string][][];
}

const isPairs = (value: unknown): value is [string, string][] =>
  Array.isArray(value) && value.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string');

/** Reads the SCORM payload of a mirror defensively: anything malformed gives undefined. */
export function parseScormMirrorData(data: Record<string, unknown>): ScormMirrorData | undefined {
  const scalars = data.scalars;
  if (typeof scalars !== 'object' || scalars === null || Array.isArray(scalars)) return undefined;
  if (!Object.values(scalars).every((item) => typeof item === 'string')) return undefined;
  if (!Array.isArray(data.interactions) || !data.interactions.every(isPairs)) return undefined;
  if (!Array.isArray(data.objectives) || !data.objectives.every(isPairs)) return undefined;
  return { scalars: scalars as Record<string, string>, interactions: data.interactions, objectives: data.objectives };
}
