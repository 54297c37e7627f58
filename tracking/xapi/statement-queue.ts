/**
 * What the LRS has not confirmed, kept in `localStorage` (through the save mirror,
 * `tracking/core/save-mirror.ts`) keyed by course, standard, learner and registration: the
 * statements, stored before their first try, and the learner state while the State API has not
 * taken it. A closed tab, a crash or an LRS outage loses nothing: the next launch of the same
 * registration sends what is still queued, in order, and merges the kept state with the LRS's.
 * Statements the LRS refused as wrong (400/403) are set aside with its message, so they neither
 * block the queue nor vanish.
 * @packageDocumentation
 */
import { SaveMirror, saveMirrorKey } from '../core/save-mirror.ts';
import type { Statement } from './statement.ts';

/** A statement the LRS refused, with its reason. */
export interface SetAside {
  statement: Statement;
  message: string;
}

/** The queue's stored form: the mirror's payload. */
export interface QueuedStatements {
  statements: Statement[];
  setAside: SetAside[];
  /** The learner state the State API has not confirmed, as `learner-state-codec.ts` text. */
  state?: string;
}

/** At most this many refused statements are kept for diagnosis; older ones are dropped. */
const SET_ASIDE_KEPT = 50;

const isStatementLike = (value: unknown): value is Statement =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && typeof (value as { verb?: unknown }).verb === 'object';

/** Reads the stored queue defensively: malformed entries are dropped, never misread. */
export function parseQueuedStatements(data: Record<string, unknown>): QueuedStatements | undefined {
  if (!Array.isArray(data.statements)) return undefined;
  const setAside = Array.isArray(data.setAside)
    ? data.setAside.filter((item): item is SetAside => isStatementLike((item as SetAside | null)?.statement) && typeof (item as SetAside).message === 'string')
    : [];
  return { statements: data.statements.filter(isStatementLike), setAside, ...(typeof data.state === 'string' ? { state: data.state } : {}) };
}

/** The persistent queue of one course, standard, learner and registration. */
export class StatementQueue {
  private statements: Statement[];
  private setAside: SetAside[];
  private state: string | undefined;
  private readonly mirror: SaveMirror<QueuedStatements>;

  constructor(
    key: { courseId: string; standard: 'xapi' | 'cmi5'; learner: string; registration?: string },
    private readonly now: () => number,
    storage?: Storage,
  ) {
    this.mirror = new SaveMirror(saveMirrorKey(key.courseId, key.standard, `${key.learner}|${key.registration ?? 'no-registration'}`), parseQueuedStatements, storage);
    const stored = this.mirror.read();
    this.statements = stored?.statements ?? [];
    this.setAside = stored?.setAside ?? [];
    this.state = stored?.state;
  }

  /** The learner state an earlier session could not save, as codec text. */
  get unsavedState(): string | undefined {
    return this.state;
  }

  /** Keeps (text) or forgets (undefined, once the State API has it) the unsaved learner state. */
  keepState(text: string | undefined): void {
    if (text === this.state) return;
    this.state = text;
    this.store();
  }

  /** The statements waiting, oldest first. */
  get waiting(): readonly Statement[] {
    return this.statements;
  }

  /** The statements the LRS refused. */
  get refused(): readonly SetAside[] {
    return this.setAside;
  }

  /** Appends statements and stores the queue; false when the browser would not store it. */
  add(statements: readonly Statement[]): boolean {
    this.statements.push(...statements);
    return this.store();
  }

  /** Removes statements the LRS confirmed (by id). */
  remove(delivered: readonly Statement[]): void {
    const ids = new Set(delivered.map((statement) => statement.id));
    this.statements = this.statements.filter((statement) => !ids.has(statement.id));
    this.store();
  }

  /** Moves a refused statement out of the queue, keeping it with the LRS's reason. */
  putAside(statement: Statement, message: string): void {
    this.statements = this.statements.filter((item) => item.id !== statement.id);
    this.setAside = [...this.setAside, { statement, message }].slice(-SET_ASIDE_KEPT);
    this.store();
  }

  private store(): boolean {
    if (this.statements.length === 0 && this.setAside.length === 0 && this.state === undefined) {
      this.mirror.clear();
      return true;
    }
    return this.mirror.write({ statements: this.statements, setAside: this.setAside, ...(this.state !== undefined ? { state: this.state } : {}) }, this.now());
  }
}
