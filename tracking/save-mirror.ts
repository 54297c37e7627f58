/**
 * A copy in `localStorage` of what the LMS has not confirmed: written when a Set or a Commit
 * fails, cleared after the next successful commit, and read on the next launch so that data a
 * refusing LMS could not take is delivered then (issue 5 §5: "a refusing LMS never silently
 * drops an answer").
 *
 * The mirror holds meaning, not raw element writes: array indices of one session are not those
 * of the next (the LMS may have stored some interactions and not others), so each interaction
 * is kept relative to its index, and scores and statuses as the outcome the course wanted,
 * merged with what the LMS holds by the never-downgrade rule when replayed.
 * @packageDocumentation
 */

/** Bumped when the shape changes; an unknown version is dropped, never misread. */
export const SAVE_MIRROR_VERSION = 1;

/** What one tracker session had not delivered, as plain JSON. */
export interface MirroredData {
  v: typeof SAVE_MIRROR_VERSION;
  /** When it was written, ms since the epoch. */
  savedAt: number;
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

/** Reads mirrored data defensively: anything malformed gives undefined. */
export function parseMirroredData(value: unknown): MirroredData | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const data = value as Record<string, unknown>;
  if (data.v !== SAVE_MIRROR_VERSION || typeof data.savedAt !== 'number') return undefined;
  const scalars = data.scalars;
  if (typeof scalars !== 'object' || scalars === null || Array.isArray(scalars)) return undefined;
  if (!Object.values(scalars).every((item) => typeof item === 'string')) return undefined;
  if (!Array.isArray(data.interactions) || !data.interactions.every(isPairs)) return undefined;
  if (!Array.isArray(data.objectives) || !data.objectives.every(isPairs)) return undefined;
  return {
    v: SAVE_MIRROR_VERSION,
    savedAt: data.savedAt,
    scalars: scalars as Record<string, string>,
    interactions: data.interactions,
    objectives: data.objectives,
  };
}

/**
 * The storage key: per course, per standard and per learner, so two learners sharing a computer
 * never receive each other's results.
 */
export function saveMirrorKey(courseId: string, standard: string, learnerId: string): string {
  return `lmspack:${courseId}:${standard}:${encodeURIComponent(learnerId || 'anonymous')}:unsaved`;
}

/** The mirror of one course, standard and learner. */
export class SaveMirror {
  private readonly storage: Storage | undefined;

  constructor(
    readonly key: string,
    storage?: Storage,
  ) {
    this.storage = storage ?? SaveMirror.defaultStorage();
  }

  /** localStorage can be missing or throw (private modes, sandboxed frames): the mirror is then a no-op. */
  private static defaultStorage(): Storage | undefined {
    try {
      return globalThis.localStorage;
    } catch {
      return undefined;
    }
  }

  /** What an earlier session left undelivered, or undefined. */
  read(): MirroredData | undefined {
    try {
      const text = this.storage?.getItem(this.key);
      return text ? parseMirroredData(JSON.parse(text)) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Replaces the mirror; returns false when the browser would not store it. */
  write(data: MirroredData): boolean {
    try {
      if (!this.storage) return false;
      this.storage.setItem(this.key, JSON.stringify(data));
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets the mirror (after a successful commit). */
  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing more to do: a stale mirror is replayed on the next launch; scores and statuses
      // merge without harm, its interactions would be recorded a second time.
    }
  }
}
