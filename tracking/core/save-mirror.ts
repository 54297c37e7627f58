/**
 * A copy in `localStorage` of what the LMS/LRS has not confirmed: written when a delivery fails,
 * cleared after the next successful one, and read on the next launch so that data a refusing
 * LMS/LRS could not take is delivered then, never silently dropped.
 *
 * The payload is the adapter's own (SCORM: interactions and scalar elements,
 * `tracking/scorm/scorm-mirror-data.ts`; xAPI: the statement queue); the mirror only adds a
 * version and a time and keeps it per course, standard and learner.
 * @packageDocumentation
 */
import { defaultStorage } from './browser-storage.ts';

/** Bumped when the envelope changes; an unknown version is dropped, never misread. */
export const SAVE_MIRROR_VERSION = 1;

/** What is stored: the adapter's payload plus the envelope fields. */
export type Mirrored<T extends object> = T & {
  v: typeof SAVE_MIRROR_VERSION;
  /** When it was written, ms since the epoch. */
  savedAt: number;
};

/** Reads an adapter's payload defensively: anything malformed gives undefined. */
export type MirrorPayloadParser<T extends object> = (value: Record<string, unknown>) => T | undefined;

/** Reads a stored mirror: the envelope, then the payload through the adapter's parser. */
export function parseMirrored<T extends object>(value: unknown, parsePayload: MirrorPayloadParser<T>): Mirrored<T> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const data = value as Record<string, unknown>;
  if (data.v !== SAVE_MIRROR_VERSION || typeof data.savedAt !== 'number') return undefined;
  const payload = parsePayload(data);
  return payload ? { ...payload, v: SAVE_MIRROR_VERSION, savedAt: data.savedAt } : undefined;
}

/**
 * The storage key: per course, per standard and per learner, so two learners sharing a computer
 * never receive each other's results.
 */
export function saveMirrorKey(courseId: string, standard: string, learnerId: string): string {
  return `lmspack:${courseId}:${standard}:${encodeURIComponent(learnerId || 'anonymous')}:unsaved`;
}

/** The mirror of one course, standard and learner. */
export class SaveMirror<T extends object> {
  private readonly storage: Storage | undefined;

  constructor(
    readonly key: string,
    private readonly parsePayload: MirrorPayloadParser<T>,
    storage?: Storage,
  ) {
    this.storage = storage ?? defaultStorage();
  }

  /** What an earlier session left undelivered, or undefined. */
  read(): Mirrored<T> | undefined {
    try {
      const text = this.storage?.getItem(this.key);
      return text ? parseMirrored(JSON.parse(text), this.parsePayload) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Replaces the mirror; returns false when the browser would not store it. */
  write(payload: T, savedAt: number): boolean {
    try {
      if (!this.storage) return false;
      const data: Mirrored<T> = { ...payload, v: SAVE_MIRROR_VERSION, savedAt };
      this.storage.setItem(this.key, JSON.stringify(data));
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets the mirror (after a successful delivery). */
  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing more to do: a stale mirror is replayed on the next launch, where the adapter's
      // own rules (never-downgrade, fixed statement ids) keep a second delivery harmless.
    }
  }
}
