/**
 * Resume through the State API (xAPI 1.0.3 Communication §2.3): one document per registration,
 * stateId `lmspack.learner-state`, on the launch's activity and agent. It holds the same compact
 * versioned learner state as SCORM suspend data (`tracking/core/learner-state-codec.ts`) but
 * without SCORM's size limit, so no flashcard schedule is ever dropped:
 * `{"v": 1, "state": "LP1.…"}`.
 *
 * Writes are conditional on the ETag last read or written (If-Match; `If-None-Match: *` for the
 * first), so two tabs or devices never overwrite each other blindly: on 412 the stored state is
 * read again, merged with this tab's (`learning/merge-learner-states.ts`) and written again.
 * @packageDocumentation
 */
import { mergeLearnerStates } from '../../learning/merge-learner-states.ts';
import type { LearnerState } from '../../learning/learner-state.ts';
import { decodeLearnerState, encodeLearnerState } from '../core/learner-state-codec.ts';
import { getDocument, putDocument, type DocumentAddress, type LrsConnection, type WriteCondition } from './lrs-client.ts';

/** The stateId of the resume document. */
export const LEARNER_STATE_ID = 'lmspack.learner-state';
/** Bumped when the document's shape changes; the codec inside carries its own version. */
const DOCUMENT_VERSION = 1;

/** The document for a learner state. */
export function stateDocument(state: LearnerState): { v: number; state: string } {
  return { v: DOCUMENT_VERSION, state: encodeLearnerState(state, Number.POSITIVE_INFINITY).data };
}

/** The learner state in a stored document, or undefined (none, another version, or corrupt). */
export function stateFromDocument(json: unknown): LearnerState | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const document = json as { v?: unknown; state?: unknown };
  if (document.v !== DOCUMENT_VERSION || typeof document.state !== 'string') return undefined;
  const decoded = decodeLearnerState(document.state);
  return decoded.ok ? decoded.state : undefined;
}

/** Outcome of a save: saved, or failed with the LRS's message. */
export type StateSave = { ok: true } | { ok: false; message: string };

/** Reads and writes one registration's resume document, remembering its ETag. */
export class StateDocument {
  /** How the next write is conditioned: on the ETag last seen, or on there being no document yet. */
  private condition: WriteCondition = 'create';
  private readonly address: DocumentAddress;

  constructor(
    private readonly connection: LrsConnection,
    where: Omit<Extract<DocumentAddress, { kind: 'state' }>, 'kind' | 'stateId'>,
  ) {
    this.address = { kind: 'state', stateId: LEARNER_STATE_ID, ...where };
  }

  /** The stored state (undefined when there is none), or the reason it could not be read. */
  async read(): Promise<{ ok: true; state: LearnerState | undefined } | { ok: false; message: string }> {
    const read = await getDocument(this.connection, this.address);
    if (!read.ok) return { ok: false, message: read.message };
    // A document without an ETag (an LRS that gives none) can only be overwritten.
    this.condition = read.etag ? { etag: read.etag } : read.json === undefined ? 'create' : 'overwrite';
    return { ok: true, state: stateFromDocument(read.json) };
  }

  /**
   * Writes `state`; when another tab wrote first, merges with what it wrote and tries again
   * (three times at most). Resolves to the state now stored, or the failure.
   */
  async save(state: LearnerState, options: { keepalive?: boolean } = {}): Promise<StateSave & { stored?: LearnerState }> {
    let mine = state;
    for (let tries = 0; tries < 3; tries++) {
      const write = await putDocument(this.connection, this.address, stateDocument(mine), this.condition, options);
      if (write.kind === 'saved') {
        this.condition = write.etag ? { etag: write.etag } : 'overwrite';
        return { ok: true, stored: mine };
      }
      if (write.kind === 'failed') return { ok: false, message: write.message };
      const theirs = await this.read();
      if (!theirs.ok) return theirs;
      if (theirs.state) mine = mergeLearnerStates(mine, theirs.state);
    }
    return { ok: false, message: 'the state document kept changing under this tab' };
  }
}
