/**
 * What the SCORM 1.2 and 2004 trackers share: the session's life (find the API, initialize
 * once, read the launch values, restore, record, commit, finish once), what to write for each
 * learner event under the never-downgrade rule, when to Commit, and keeping or replaying the
 * save mirror. The writes themselves, and the memory of what the LMS has not confirmed, are
 * `cmi-writer.ts`. `tracking/scorm12.ts` and `tracking/scorm2004.ts` supply the version's
 * element names and records; this module is built only from the pure modules in this folder.
 *
 * When each call happens:
 * - launch: find API → Initialize → GetValue of the launch values → (restore) → status,
 *   location, suspend data and replayed mirror data → Commit, only when something was written;
 * - answer (`question-answered`): the interaction's SetValue calls, appended at `_count`;
 *   a debounced Commit follows;
 * - submit (`quiz-submitted`): the objectives' SetValue calls; in the next task score,
 *   status, location and suspend data, then Commit;
 * - page hidden: pending SetValue calls, then Commit;
 * - exit (Exit button or `pagehide`, once): pending SetValue calls, session time, exit, then
 *   Finish/Terminate, which commits by itself (no Commit before it: SCORM 2004 4th RTE 3.1.4.2 Terminate commits).
 * @packageDocumentation
 */
import { conceptObjectiveId } from '../../format/package-ids.ts';
import type { Question } from '../../format/validated-course.ts';
import { courseProgress } from '../../learning/course-progress.ts';
import type { LearnerEvent, QuestionAnswered, QuizSubmitted } from '../../learning/learner-events.ts';
import { emptyLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import type { ConceptScore } from '../../learning/scoring.ts';
import { LiveTracker, type LiveTrackerDeps } from '../core/live-tracker.ts';
import { SaveMirror, saveMirrorKey, type Mirrored } from '../core/save-mirror.ts';
import type { TrackerOptions, TrackerSession } from '../tracker.ts';
import { findScormApi, type ApiHost } from './api-discovery.ts';
import { CmiConnection, describeCmiError, type CmiError } from './cmi-connection.ts';
import { CmiWriter } from './cmi-writer.ts';
import { exitValue } from './exit-value.ts';
import type { InteractionInput } from './interaction-record.ts';
import { locationFromRoute, routeFromLocation } from './location.ts';
import { objectiveRecords, type ObjectiveRecord } from './score-fields.ts';
import { SCORM_SETTINGS, type ScormVersion, type ScormVersionSettings } from './scorm-version.ts';
import { parseScormMirrorData, type ScormMirrorData } from './scorm-mirror-data.ts';
import { heldResult, launchMode } from './launch-mode.ts';
import { neverDowngrade, recordingPolicy, type RecordedOutcome, type RecordingPolicy, type StatusProgress } from './status-mapping.ts';
import { decodeLearnerState, encodeLearnerState } from '../core/learner-state-codec.ts';

/** Things a test (or an unusual host page) can replace. */
export interface ScormTrackerDeps extends LiveTrackerDeps {
  /** The window to start the API search from. @default globalThis */
  window?: ApiHost;
}

/** The shared SCORM tracker; see the module comment for when each call happens. */
export abstract class ScormTracker extends LiveTracker {
  /** Everything that differs between 1.2 and 2004 as data (`scorm-version.ts`). */
  protected abstract readonly settings: ScormVersionSettings;

  /** Reads the statuses and score the LMS holds (at launch). */
  protected abstract readOutcome(): RecordedOutcome;
  /** Parses outcome elements back (mirror replay). */
  protected abstract outcomeFromScalars(scalars: Record<string, string>): RecordedOutcome;
  /** The status part of the outcome for the learner's progress, limited by the policy. */
  protected abstract statusOutcome(progress: StatusProgress): RecordedOutcome | undefined;
  /** The SetValue calls for an outcome: score first, then statuses, so an LMS judging status from the score sees the score first. */
  protected abstract outcomeElements(outcome: RecordedOutcome): [string, string][];
  /** An interaction as `[suffix, value]` pairs, objective ids already the manifest's. */
  protected abstract interactionPairs(input: InteractionInput): [string, string][];
  /** Whether the LMS records interactions at all (1.2 makes them optional). */
  protected abstract interactionsSupported(): boolean;
  /** Objectives written at flush time besides the concepts' (2004: the primary objective). */
  protected extraObjectives(_outcome: RecordedOutcome): ObjectiveRecord[] {
    return [];
  }

  protected connection: CmiConnection | undefined;
  /** Set with `connection`: every SetValue goes through it. */
  private writer: CmiWriter | undefined;
  protected policy: RecordingPolicy = { statuses: true, graded: true };
  private mirror: SaveMirror<ScormMirrorData> | undefined;
  private startedAt = 0;

  /** What the LMS holds or has accepted this session: the never-downgrade baseline. */
  private recorded: RecordedOutcome = {};
  /** Best quiz score reported this session (graded launches only). */
  private bestScore: number | undefined;
  /** Interactions sent this session, by `attempt:question`: each answer once per attempt. */
  private readonly sentAnswers = new Set<string>();
  /** The pairs last sent per objective id, so an unchanged objective is not sent again. */
  private readonly lastObjectivePairs = new Map<string, string>();

  private launchLocation = '';
  private launchSuspendData = '';
  private encodedState: LearnerState | undefined;

  /** Where the API search starts. */
  private readonly host: ApiHost | undefined;

  constructor(options: TrackerOptions, deps: ScormTrackerDeps = {}) {
    super(options, deps);
    this.host = deps.window;
  }

  protected get version(): ScormVersion {
    return this.settings.version;
  }

  protected get names(): ScormVersionSettings['names'] {
    return this.settings.names;
  }

  // -------------------------------------------------------------------------------------------
  // Tracker

  protected async open(): Promise<TrackerSession | undefined> {
    const api = findScormApi(this.version, this.host);
    if (!api) {
      this.log(`no SCORM ${this.version} API found in this window, its parents or its opener: running standalone`);
      return undefined;
    }
    const connection = new CmiConnection(this.version, api);
    const error = connection.initialize();
    if (error) {
      this.reportConnectFailure(describeCmiError(error));
      return undefined;
    }
    this.connection = connection;
    const writer = new CmiWriter(connection, (failure) => this.reportFailure(failure));
    this.writer = writer;
    this.startedAt = this.now();
    const read = (element: string): string => connection.get(element).value;
    const learnerId = read(this.names.learnerId);
    const learnerName = read(this.names.learnerName);
    const learnerLanguage = read(this.names.learnerLanguage);
    const [mode, credit] = [read(this.names.mode), read(this.names.credit)];
    this.policy = recordingPolicy(mode, credit);
    this.launchLocation = read(this.names.location);
    this.launchSuspendData = read(this.names.suspendData);
    writer.holds(this.names.location, this.launchLocation);
    writer.holds(this.names.suspendData, this.launchSuspendData);
    this.recorded = this.readOutcome();
    for (const [element, value] of this.outcomeElements(this.recorded)) writer.holds(element, value);
    writer.readObjectives();
    this.mirror = new SaveMirror(saveMirrorKey(this.options.course.settings.id, this.settings.standard, learnerId), parseScormMirrorData, this.deps.storage);
    const held = heldResult(this.recorded);
    return { standalone: false, ...launchMode(mode, credit), ...(held ? { heldResult: held } : {}), ...(learnerName ? { learnerName } : {}), ...(learnerLanguage ? { learnerLanguage } : {}) };
  }

  protected async restore(): Promise<unknown> {
    const writer = this.writer;
    // Not connected: nothing to restore from or write to.
    if (!writer) return undefined;
    const replay = this.mirror?.read();
    if (replay) this.replay(writer, replay);
    const suspend = replay?.scalars[this.names.suspendData] ?? this.launchSuspendData;
    const location = replay?.scalars[this.names.location] ?? this.launchLocation;
    const decoded = decodeLearnerState(suspend);
    let state: LearnerState | undefined;
    if (decoded.ok) {
      state = decoded.state;
    } else {
      // Start clean but keep what the LMS recorded: `recorded` still holds its statuses and score.
      if (decoded.reason !== 'empty') this.log(`suspend data not used (${decoded.reason}): ${decoded.detail}`);
      const route = routeFromLocation(location);
      if (route) state = { ...emptyLearnerState(), route };
    }
    if (state) this.state = state;
    // Launch writes: `incomplete` over `not attempted`/`unknown`, and whatever a mirror replayed.
    this.writeStatus(writer, state);
    if (writer.hasUnconfirmed()) void this.scheduler.commitNow();
    return state;
  }

  protected recordEvent(event: LearnerEvent): void {
    const writer = this.writer;
    if (!writer) return;
    switch (event.type) {
      case 'question-answered':
        this.recordAnswer(writer, event);
        this.scheduler.progressChanged(this.now());
        return;
      case 'quiz-submitted':
        this.recordSubmit(writer, event);
        // The state change that follows this event is saved first: it runs as a microtask.
        this.scheduler.commitSoon();
        return;
      default:
        // Views, sections, cards and quiz starts reach the LMS through the saved state.
        return;
    }
  }

  protected async end(): Promise<void> {
    const connection = this.connection;
    const writer = this.writer;
    if (!connection || !writer) return;
    this.flush(writer);
    const complete = this.state ? courseProgress(this.options.course, this.state).complete : false;
    writer.setScalar(this.names.sessionTime, this.settings.sessionTime(this.now() - this.startedAt), false);
    writer.setScalar(this.names.exit, exitValue(this.version, complete), false);
    const error = connection.finish();
    if (error) this.log(describeCmiError(error));
    if (!error && writer.nothingFailed()) {
      this.mirror?.clear();
      this.resolveProblem();
      return;
    }
    // Terminate persists what was set (Moodle, scorm-again); only what failed is left over.
    if (!error) writer.confirmDelivered();
    this.writeMirror(writer);
    this.reportFinishFailure(error ? describeCmiError(error) : 'some values were refused by the LMS');
  }

  // -------------------------------------------------------------------------------------------
  // Events

  private question(id: string): Question | undefined {
    return this.options.course.questions.find((question) => question.id === id);
  }

  private recordAnswer(writer: CmiWriter, event: QuestionAnswered): void {
    if (!this.policy.graded || !this.interactionsSupported()) return;
    const key = `${event.attempt}:${event.questionId}`;
    const question = this.question(event.questionId);
    if (!question || this.sentAnswers.has(key)) return;
    this.sentAnswers.add(key);
    const pairs = this.interactionPairs({
      question,
      response: event.response,
      correct: event.correct,
      latencyMs: event.latencyMs,
      at: event.at,
      caseSensitive: this.options.course.settings.quiz.caseSensitive,
    });
    writer.deliverInteraction(pairs);
  }

  private recordSubmit(writer: CmiWriter, event: QuizSubmitted): void {
    if (!this.policy.graded) return;
    // Questions left unanswered never fired question-answered: record them as wrong, so the
    // interactions report lists every question asked in the attempt.
    if (this.interactionsSupported()) {
      for (const result of event.results) {
        const question = this.question(result.questionId);
        const key = `${event.attempt}:${result.questionId}`;
        if (result.answered || !question || this.sentAnswers.has(key)) continue;
        this.sentAnswers.add(key);
        const input = { question, response: undefined, correct: false, latencyMs: 0, at: event.at, caseSensitive: this.options.course.settings.quiz.caseSensitive };
        writer.deliverInteraction(this.interactionPairs(input));
      }
    }
    this.bestScore = Math.max(this.bestScore ?? 0, event.score);
    for (const record of this.conceptObjectives(event.concepts)) this.reportObjective(writer, record);
  }

  /** One objective per concept, with the manifest's ids (`concept.<id>`, format/package-ids.ts). */
  private conceptObjectives(concepts: readonly ConceptScore[]): ObjectiveRecord[] {
    const renamed = concepts.map((concept) => ({ ...concept, conceptId: conceptObjectiveId(concept.conceptId) }));
    return objectiveRecords(this.version, renamed, this.options.course.settings.quiz.passingScore);
  }

  // -------------------------------------------------------------------------------------------
  // Writing

  /** Retries what failed, then writes location, suspend data (only when the state changed), score and statuses. */
  private flush(writer: CmiWriter): void {
    writer.retryFailed();
    const state = this.state;
    if (state && state !== this.encodedState) {
      this.encodedState = state;
      writer.setScalar(this.names.location, locationFromRoute(this.version, state.route));
      const limit = this.settings.suspendDataLimit;
      const encoding = encodeLearnerState(state, limit);
      if (encoding.trimmed.length > 0) this.log(`suspend data trimmed to fit ${limit} characters: ${JSON.stringify(encoding.trimmed)}`);
      writer.setScalar(this.names.suspendData, encoding.data);
    }
    this.writeStatus(writer, state);
  }

  /** Score and statuses from the state and the best score, never below what is recorded. */
  private writeStatus(writer: CmiWriter, state: LearnerState | undefined): void {
    let next: RecordedOutcome = {};
    if (state) {
      const progress = courseProgress(this.options.course, state);
      next = this.statusOutcome({ ...progress.facts, sectionsViewed: progress.sectionsViewed, sectionsRequired: progress.sectionsRequired }) ?? {};
    } else if (this.policy.statuses) {
      next = this.statusOutcome({ lessonViewed: false, quizSubmitted: false, quizPassed: false, sectionsViewed: 0, sectionsRequired: 1 }) ?? {};
    }
    if (this.policy.graded && this.bestScore !== undefined) next.scoreRaw = this.bestScore;
    const outcome = neverDowngrade(this.recorded, next);
    for (const [element, value] of this.outcomeElements(outcome)) writer.setScalar(element, value);
    this.recorded = outcome;
    if (this.policy.graded) for (const record of this.extraObjectives(outcome)) this.reportObjective(writer, record);
  }

  /** Writes an objective unless it would lower the score the LMS holds or is unchanged since last sent. */
  private reportObjective(writer: CmiWriter, record: ObjectiveRecord): void {
    const raw = Number(record.score.raw);
    if (writer.wouldLowerObjective(record.id, raw)) return;
    const pairs = this.objectivePairs(record);
    const sent = JSON.stringify(pairs);
    if (this.lastObjectivePairs.get(record.id) === sent) return;
    this.lastObjectivePairs.set(record.id, sent);
    writer.deliverObjective(record.id, pairs);
    // The writer registered the objective when the LMS accepted its id.
    writer.raiseObjectiveScore(record.id, raw);
  }

  /** An objective record as `[suffix, value]` pairs. */
  protected abstract objectivePairs(record: ObjectiveRecord): [string, string][];

  // -------------------------------------------------------------------------------------------
  // Commit, problems and the mirror

  /** Flush, then Commit; resolves whether everything set so far is now stored. */
  protected commit(): boolean {
    const connection = this.connection;
    const writer = this.writer;
    if (this.isFinished || !connection || !writer || connection.state !== 'open') return false;
    this.flush(writer);
    if (!writer.hasUnconfirmed()) return true;
    const error = connection.commit();
    if (error) {
      this.reportFailure(error);
      this.writeMirror(writer);
      return false;
    }
    writer.confirmDelivered();
    if (!writer.nothingFailed()) {
      this.writeMirror(writer);
      return false;
    }
    this.mirror?.clear();
    this.resolveProblem();
    return true;
  }

  private writeMirror(writer: CmiWriter): void {
    if (!this.mirror?.write(writer.unconfirmed(), this.now())) this.log('could not keep unsaved data in localStorage');
  }

  /** Queues what an earlier session could not deliver; delivered by the launch commit. */
  private replay(writer: CmiWriter, data: Mirrored<ScormMirrorData>): void {
    this.log(`delivering data an earlier session could not save (from ${new Date(data.savedAt).toISOString()})`);
    // Scores and statuses merge by the never-downgrade rule; location and suspend data are newer than the LMS's.
    this.recorded = neverDowngrade(this.recorded, this.outcomeFromScalars(data.scalars));
    for (const element of [this.names.location, this.names.suspendData]) {
      const value = data.scalars[element];
      if (value !== undefined) writer.setScalar(element, value);
    }
    writer.redeliver(data);
    // Outcome elements are written by writeStatus from `recorded`, so force them out once.
    for (const [element] of this.outcomeElements(this.recorded)) writer.forget(element);
  }

  private reportFailure(error: CmiError): void {
    this.reportSaveFailure(describeCmiError(error));
  }
}
