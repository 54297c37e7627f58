/**
 * Everything the SCORM trackers write to the LMS, and the memory of what the LMS has not yet
 * confirmed: scalars set but not committed (or refused), array records (interactions and
 * objectives) appended at `_count` or written at the index the LMS already holds them under,
 * and the objectives the LMS holds with their scores. It decides nothing about *what* to write
 * or *when* to Commit (that is `scorm-tracker.ts`); it only makes each write once, keeps what
 * failed for a retry, and hands over the unconfirmed rest for the save mirror.
 * @packageDocumentation
 */
import type { ScormMirrorData } from './scorm-mirror-data.ts';
import type { CmiConnection, CmiError } from './cmi-connection.ts';

type CmiArray = 'interactions' | 'objectives';

/** One array record (interaction or objective) on its way to the LMS. */
interface ArrayRecord {
  array: CmiArray;
  /** `[suffix, value]`, suffix relative to `cmi.<array>.<n>.`, `id` first. */
  pairs: [string, string][];
  /** The index once its `id` was accepted. */
  index?: number;
  failed: boolean;
}

/** An objective the LMS holds: where, and its raw score (for never-downgrade). */
interface KnownObjective {
  index: number;
  raw: number | undefined;
}


const number = (text: string): number | undefined => (text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Number(text));

/** Writes to one open LMS session and remembers what the LMS has not confirmed. */
export class CmiWriter {
  /** Element → last value the LMS accepted (or held at launch); unchanged values are not re-sent. */
  private readonly accepted = new Map<string, string>();
  private readonly knownObjectives = new Map<string, KnownObjective>();
  /** Scalars set since the last successful commit (the mirror's content), and those that failed. */
  private readonly unconfirmedScalars = new Map<string, string>();
  private readonly failedScalars = new Set<string>();
  private unconfirmedRecords: ArrayRecord[] = [];

  /** @param onFailure Told of every refused SetValue (the tracker logs it and shows the problem). */
  constructor(
    private readonly connection: CmiConnection,
    private readonly onFailure: (error: CmiError) => void,
  ) {}

  // -------------------------------------------------------------------------------------------
  // What the LMS holds

  /** Notes a value the LMS holds (read at launch), so the same value is not sent again. */
  holds(element: string, value: string): void {
    this.accepted.set(element, value);
  }

  /** Forgets what the LMS holds for an element, so the next `setScalar` sends it even if unchanged. */
  forget(element: string): void {
    this.accepted.delete(element);
  }

  /** Reads the objectives the LMS holds (it preloads the manifest's), with their raw scores. */
  readObjectives(): void {
    const connection = this.connection;
    const count = number(connection.get('cmi.objectives._count').value) ?? 0;
    for (let index = 0; index < count; index++) {
      const id = connection.get(`cmi.objectives.${index}.id`).value;
      if (id) this.knownObjectives.set(id, { index, raw: number(connection.get(`cmi.objectives.${index}.score.raw`).value) });
    }
  }

  /** Whether writing `raw` to objective `id` would lower the score the LMS holds for it. */
  wouldLowerObjective(id: string | undefined, raw: number | undefined): boolean {
    const known = id ? this.knownObjectives.get(id) : undefined;
    return known?.raw !== undefined && raw !== undefined && known.raw > raw;
  }

  /** Raises the score remembered for objective `id` (if the LMS holds it) to `raw`. */
  raiseObjectiveScore(id: string, raw: number): void {
    const known = this.knownObjectives.get(id);
    if (known) known.raw = Math.max(known.raw ?? raw, raw);
  }

  // -------------------------------------------------------------------------------------------
  // Writing

  /** Sets a scalar unless the LMS already holds that value; remembers failures for retry and the mirror. */
  setScalar(element: string, value: string, skipUnchanged = true): void {
    if (skipUnchanged && this.accepted.get(element) === value && !this.failedScalars.has(element)) return;
    this.unconfirmedScalars.set(element, value);
    const error = this.connection.set(element, value);
    if (error) {
      this.failedScalars.add(element);
      this.onFailure(error);
    } else {
      this.failedScalars.delete(element);
      this.accepted.set(element, value);
    }
  }

  /** Appends an interaction at `_count`. */
  deliverInteraction(pairs: [string, string][]): void {
    this.deliver({ array: 'interactions', pairs, failed: false });
  }

  /** Writes an objective at the index the LMS holds it under (LMSs preload manifest objectives), or appends it. */
  deliverObjective(id: string | undefined, pairs: [string, string][]): void {
    const known = id ? this.knownObjectives.get(id) : undefined;
    this.deliver({ array: 'objectives', pairs, failed: false, ...(known ? { index: known.index } : {}) });
  }

  /** Queues records an earlier session could not deliver; objectives only where they lower no held score. */
  redeliver(data: Pick<ScormMirrorData, 'interactions' | 'objectives'>): void {
    for (const pairs of data.interactions) this.deliverInteraction(pairs);
    for (const pairs of data.objectives) {
      const id = pairs.find(([suffix]) => suffix === 'id')?.[1];
      const raw = number(pairs.find(([suffix]) => suffix === 'score.raw')?.[1] ?? '');
      if (this.wouldLowerObjective(id, raw)) continue;
      this.deliverObjective(id, pairs);
    }
  }

  /** Sets again every scalar and record the LMS refused. */
  retryFailed(): void {
    for (const element of [...this.failedScalars]) this.setScalar(element, this.unconfirmedScalars.get(element) ?? '');
    for (const record of this.unconfirmedRecords.filter((item) => item.failed)) this.deliverRecord(record);
  }

  private deliver(record: ArrayRecord): void {
    this.unconfirmedRecords.push(record);
    this.deliverRecord(record);
  }

  /** Sets an array record, appending at `_count` unless it already has an index. */
  private deliverRecord(record: ArrayRecord): void {
    const index = record.index ?? this.count(record.array);
    record.failed = false;
    for (const [suffix, value] of record.pairs) {
      const error = this.connection.set(`cmi.${record.array}.${index}.${suffix}`, value);
      if (error) {
        record.failed = true;
        this.onFailure(error);
        // The rest depends on this one (2004: 408 before id/type); retry the whole record later.
        return;
      }
      if (suffix === 'id') {
        record.index = index;
        if (record.array === 'objectives') this.knownObjectives.set(value, { index, raw: this.knownObjectives.get(value)?.raw });
      }
    }
  }

  /** `cmi.<array>._count`, read each time: the next free index, whatever happened before. */
  private count(array: CmiArray): number {
    const read = this.connection.get(`cmi.${array}._count`);
    const count = read.code === '0' ? number(read.value) : undefined;
    if (count !== undefined) return count;
    // An LMS that cannot count: one past the highest index used so far.
    const used = this.unconfirmedRecords.filter((item) => item.array === array && item.index !== undefined).map((item) => item.index!);
    return used.length ? Math.max(...used) + 1 : 0;
  }

  // -------------------------------------------------------------------------------------------
  // What is not confirmed

  /** Whether anything was set since the last successful Commit/Finish. */
  hasUnconfirmed(): boolean {
    return this.unconfirmedScalars.size > 0 || this.unconfirmedRecords.length > 0;
  }

  /** Whether every SetValue so far was accepted (none waits for a retry). */
  nothingFailed(): boolean {
    return this.failedScalars.size === 0 && !this.unconfirmedRecords.some((record) => record.failed);
  }

  /** After a successful Commit/Finish only what failed to set is still unconfirmed. */
  confirmDelivered(): void {
    for (const element of [...this.unconfirmedScalars.keys()]) if (!this.failedScalars.has(element)) this.unconfirmedScalars.delete(element);
    this.unconfirmedRecords = this.unconfirmedRecords.filter((record) => record.failed);
  }

  /** What the LMS has not confirmed, for the save mirror. */
  unconfirmed(): ScormMirrorData {
    return {
      scalars: Object.fromEntries(this.unconfirmedScalars),
      interactions: this.unconfirmedRecords.filter((record) => record.array === 'interactions').map((record) => record.pairs),
      objectives: this.unconfirmedRecords.filter((record) => record.array === 'objectives').map((record) => record.pairs),
    };
  }
}
