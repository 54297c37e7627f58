/**
 * The tracker for an LRS, shared by xAPI (`tracking/xapi.ts`) and cmi5 (`tracking/cmi5.ts`):
 * the session's life comes from `tracking/core/live-tracker.ts`; this adds what an LRS needs.
 *
 * - launch: the subclass reads the launch; before any request the page is allowed to connect
 *   only where that launch reports (`connect-policy.ts`); the subclass opens the session; then
 *   the resume document is read (`state-document.ts`), merged with a state an earlier session
 *   here could not save, and `initialized` queued (plain xAPI with a saved state: `resumed`);
 * - every learner event becomes statements at once (`course-statements.ts`,
 *   `answer-statement.ts`), queued in `localStorage` before the first try and sent in order
 *   (`statement-sender.ts`);
 * - the learner state goes to the State API on the commit scheduler's rhythm, kept in
 *   `localStorage` until the LRS has it;
 * - exit: `suspended` (plain xAPI, course not complete) and `terminated` are queued, and the
 *   queue and the state are sent with `keepalive`. A cmi5 session survives the page going away
 *   (a reload continues it); only the Exit button ends it (`outcome-rules.ts`).
 * @packageDocumentation
 */
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { courseProgress } from '../../learning/course-progress.ts';
import { mergeLearnerStates } from '../../learning/merge-learner-states.ts';
import type { CourseExited, LearnerEvent, QuestionAnswered, QuizSubmitted } from '../../learning/learner-events.ts';
import type { LearnerState } from '../../learning/learner-state.ts';
import type { QuestionResult } from '../../learning/scoring.ts';
import { defaultClock } from '../core/commit-scheduler.ts';
import { decodeLearnerState, encodeLearnerState } from '../core/learner-state-codec.ts';
import { LiveTracker, type LiveTrackerDeps } from '../core/live-tracker.ts';
import type { TrackerOptions, TrackerSession } from '../tracker.ts';
import { answerStatement } from './answer-statement.ts';
import { narrowConnections } from './connect-policy.ts';
import { cardStatement, completedStatement, conceptStatements, sectionStatement, sessionStatement, verdictStatement, type WeightedScore } from './course-statements.ts';
import { agentKey } from './launch-actor.ts';
import type { LaunchReading, LrsLaunch } from './launch-params.ts';
import { postStatements, type Fetch, type LrsConnection } from './lrs-client.ts';
import type { CourseVerb, OutcomeRules } from './outcome-rules.ts';
import { StatementQueue } from './statement-queue.ts';
import type { StatementScope } from './statement-scope.ts';
import { StatementSender, type DeliveryProblem } from './statement-sender.ts';
import type { Statement } from './statement.ts';
import { StateDocument, type StateSave } from './state-document.ts';
import { uuid4 } from './uuid.ts';

/** Things a test (or an unusual host page) can replace. */
export interface LrsTrackerDeps extends LiveTrackerDeps {
  fetch?: Fetch;
  /** The launch URL's query (`?endpoint=…`). @default location.search */
  search?: string;
  newId?: () => string;
  /**
   * Allows the page to connect only to its own origin and those of these URLs, once the launch
   * is read. @default narrowConnections (a second Content-Security-Policy in `<head>`)
   */
  narrowConnections?: (urls: readonly string[]) => void;
}

/** What a subclass's launch gives: where to report, as whom, and by which rules. */
export interface LrsSetup {
  standard: 'xapi' | 'cmi5';
  connection: LrsConnection;
  launch: LrsLaunch;
  scope: StatementScope;
  rules: OutcomeRules;
  session: TrackerSession;
  /** A reload of a launch whose session is still open (cmi5): no new `initialized`. */
  continuesSession?: boolean;
}

/** What the log says when the LRS stops accepting the launch's credentials; the learner's banner says it is kept in this browser. */
export const UNAUTHORIZED_MESSAGE = 'the LRS no longer accepts this session (401): results are kept in this browser and sent at the next launch';

/** Reports to an LRS; see the module comment. */
export abstract class LrsTracker<L extends LrsLaunch = LrsLaunch> extends LiveTracker {
  protected setup: LrsSetup | undefined;
  private sender: StatementSender | undefined;
  private stateDocument: StateDocument | undefined;
  private queue: StatementQueue | undefined;
  private savedState: LearnerState | undefined;
  private startedAt = 0;
  private completedSent = false;
  private passedSent = false;
  private verdictThisSession = false;
  private readonly answered = new Set<string>();
  /** The course as this launch judges it (cmi5: with the LMS's mastery score). */
  protected course: ValidatedCourse;
  private stateTrouble = false;
  private queueTrouble = false;

  constructor(options: TrackerOptions, protected readonly lrsDeps: LrsTrackerDeps = {}) {
    super(options, lrsDeps);
    this.course = options.course;
  }

  /** The launch URL's parameters, validated. */
  protected abstract readLaunch(): LaunchReading<L>;
  /** Opens the session of a valid launch; undefined to run standalone. */
  protected abstract setUp(launch: L): Promise<LrsSetup | undefined>;

  /** Every URL the session will send to. */
  protected connectsTo(launch: L): string[] {
    return [launch.endpoint];
  }

  protected get fetcher(): Fetch {
    return this.lrsDeps.fetch ?? ((url, init) => globalThis.fetch(url, init));
  }

  protected get search(): string {
    return this.lrsDeps.search ?? globalThis.location?.search ?? '';
  }

  protected get newId(): () => string {
    return this.lrsDeps.newId ?? uuid4;
  }

  protected async open(): Promise<TrackerSession | undefined> {
    const read = this.readLaunch();
    // Before the first request; a session that reports nowhere needs no other origin at all.
    (this.lrsDeps.narrowConnections ?? narrowConnections)(read.ok ? this.connectsTo(read.launch) : []);
    if (!read.ok) {
      if (read.reason === 'invalid') this.reportConnectFailure(`${read.message}; running standalone`);
      else this.log('no LRS endpoint in the launch URL: running standalone');
      return undefined;
    }
    const setup = await this.setUp(read.launch);
    if (!setup) return undefined;
    this.setup = setup;
    this.startedAt = this.now();
    const { launch, connection } = setup;
    const queue = new StatementQueue(
      { courseId: this.course.settings.id, standard: setup.standard, learner: agentKey(launch.actor), ...(launch.registration ? { registration: launch.registration } : {}) },
      this.now,
      this.deps.storage,
    );
    this.sender = new StatementSender({
      queue,
      post: (statements, options) => postStatements(connection, statements, { ...options, now: this.now() }),
      clock: this.deps.clock ?? defaultClock,
      onProblem: (problem) => this.deliveryProblem(problem),
      onCaughtUp: () => {
        this.queueTrouble = false;
        if (!this.stateTrouble) this.resolveProblem();
      },
      log: this.log,
    });
    this.queue = queue;
    if (queue.waiting.length > 0) this.log(`sending ${queue.waiting.length} statements an earlier session could not deliver`);
    this.stateDocument = new StateDocument(connection, { activityId: launch.activityId, agent: launch.actor, ...(launch.registration ? { registration: launch.registration } : {}) });
    return setup.session;
  }

  /**
   * The LRS's state merged with one an earlier session here could not save; then `initialized`
   * (or, plain xAPI with a saved state, `resumed`) unless a reload continues the session.
   */
  protected async restore(): Promise<unknown> {
    const setup = this.setup;
    if (!setup || !this.stateDocument) return undefined;
    const read = await this.stateDocument.read();
    if (!read.ok) this.log(`could not read the saved state, starting from this browser's view: ${read.message}`);
    const kept = this.keptState();
    const stored = read.ok ? read.state : undefined;
    const state = kept && stored ? mergeLearnerStates(kept, stored) : (kept ?? stored);
    if (state) {
      this.completedSent = courseProgress(this.course, state).complete;
      this.passedSent = state.quiz.passed;
      if (kept) {
        // Deliver what the earlier session could not, with the first commit.
        this.state = state;
        this.scheduler.commitSoon();
      } else this.savedState = state;
    }
    if (!setup.continuesSession) {
      const verb = state && setup.rules.suspends ? 'resumed' : 'initialized';
      this.sender?.enqueue([verb === 'resumed' ? sessionStatement(setup.scope, 'resumed', this.now()) : this.courseSession('initialized', this.now())]);
    }
    return state;
  }

  private keptState(): LearnerState | undefined {
    const text = this.queue?.unsavedState;
    const decoded = text ? decodeLearnerState(text) : undefined;
    return decoded?.ok ? decoded.state : undefined;
  }

  protected recordEvent(event: LearnerEvent): void {
    const setup = this.setup;
    if (!setup?.rules.recordsLearning) return;
    this.sender?.enqueue(this.statementsFor(setup, event));
  }

  override async saveState(state: LearnerState): Promise<void> {
    await super.saveState(state);
    const setup = this.setup;
    if (!setup?.rules.recordsLearning || this.completedSent || this.isFinished) return;
    if (!courseProgress(this.course, state).complete) return;
    this.completedSent = true;
    this.sender?.enqueue([completedStatement(setup.scope, this.outcome('completed'))]);
  }

  override async retry(): Promise<void> {
    await Promise.all([super.retry(), this.sender?.retryNow()]);
  }

  /** Saves the learner state when it changed since the last save; keeps it here until then. */
  protected async commit(): Promise<boolean> {
    const state = this.state;
    if (!state || !this.setup?.rules.recordsLearning || state === this.savedState) return true;
    const saved = await this.saveLearnerState(state);
    if (!saved.ok) {
      this.stateTrouble = true;
      this.reportSaveFailure(`the learner state was not saved: ${saved.message}`);
      return false;
    }
    this.stateTrouble = false;
    if (!this.queueTrouble) this.resolveProblem();
    return true;
  }

  /** Keeps the state in this browser, writes it to the State API, and forgets the copy once stored. */
  private async saveLearnerState(state: LearnerState, options: { keepalive?: boolean } = {}): Promise<StateSave> {
    const document = this.stateDocument;
    if (!document) return { ok: true };
    this.queue?.keepState(encodeLearnerState(state, Number.POSITIVE_INFINITY).data);
    const saved = await document.save(state, options);
    if (saved.ok && this.state === state) {
      this.savedState = state;
      this.queue?.keepState(undefined);
    }
    return saved;
  }

  /**
   * The last statements and state. The Exit button ends the session (`suspended` when the course
   * is unfinished and the rules say so, then `terminated`); the page going away ends it too
   * unless the rules keep it open for a reload (cmi5).
   */
  protected async end(exit: CourseExited | undefined): Promise<void> {
    const setup = this.setup;
    const sender = this.sender;
    if (!setup || !sender) return;
    const ending = exit?.via !== 'page-hidden' || setup.rules.pageHideEndsSession;
    if (ending) sender.enqueue(this.lastStatements(setup));
    const state = this.state;
    const saveState = state && state !== this.savedState && setup.rules.recordsLearning ? this.saveLearnerState(state, { keepalive: true }) : undefined;
    await Promise.all([sender.finish(), saveState]);
    if (!ending) return;
    if (!sender.idle) this.reportFinishFailure('some results could not be sent yet; they are kept in this browser and sent at the next launch');
    this.sessionEnded(exit);
  }

  private lastStatements(setup: LrsSetup): Statement[] {
    const at = this.now();
    const complete = this.state ? courseProgress(this.course, this.state).complete : this.completedSent;
    const suspend = setup.rules.suspends && setup.rules.recordsLearning && !complete;
    return [
      ...(suspend ? [sessionStatement(setup.scope, 'suspended', at, { durationMs: at - this.startedAt })] : []),
      this.courseSession('terminated', at, at - this.startedAt),
    ];
  }

  /** After `terminated` (cmi5: forget the launch's session, go to the LMS's returnURL). */
  protected sessionEnded(_exit: CourseExited | undefined): void {}

  // -------------------------------------------------------------------------------------------

  private courseSession(verb: 'initialized' | 'terminated', at: number, durationMs?: number): Statement {
    const setup = this.setup!;
    const context = setup.rules.courseContext(verb);
    const statement = sessionStatement(setup.scope, verb, at, {
      ...(durationMs !== undefined ? { durationMs } : {}),
      ...(context.contextActivities ? { contextActivities: context.contextActivities } : {}),
    });
    return context.extensions ? { ...statement, context: { ...statement.context, extensions: { ...statement.context.extensions, ...context.extensions } } } : statement;
  }

  private outcome(verb: CourseVerb, score?: WeightedScore, attempt?: number): Parameters<typeof completedStatement>[1] {
    const at = this.now();
    return { at, durationMs: at - this.startedAt, ...(score ? { score } : {}), ...(attempt !== undefined ? { attempt } : {}), ...this.setup!.rules.courseContext(verb) };
  }

  private statementsFor(setup: LrsSetup, event: LearnerEvent): Statement[] {
    switch (event.type) {
      case 'section-viewed':
        return [sectionStatement(setup.scope, this.course, event)];
      case 'card-reviewed':
        return [cardStatement(setup.scope, this.course, event)];
      case 'question-answered':
        return this.answer(setup, event);
      case 'quiz-submitted':
        return this.submit(setup, event);
      default:
        // Views, quiz starts and the exit reach the LRS through the state and finish.
        return [];
    }
  }

  private answer(setup: LrsSetup, event: Pick<QuestionAnswered, 'attempt' | 'questionId' | 'correct' | 'latencyMs' | 'at'> & { response: QuestionAnswered['response'] | undefined }): Statement[] {
    const question = this.course.questions.find((item) => item.id === event.questionId);
    const key = `${event.attempt}:${event.questionId}`;
    if (!question || this.answered.has(key)) return [];
    this.answered.add(key);
    return [answerStatement(setup.scope, this.course, { ...event, question, caseSensitive: this.course.settings.quiz.caseSensitive })];
  }

  /** Unanswered questions as wrong answers, each concept's score, and the verdict. */
  private submit(setup: LrsSetup, event: QuizSubmitted): Statement[] {
    const unanswered = event.results
      .filter((result) => !result.answered)
      .flatMap((result) => this.answer(setup, { attempt: event.attempt, questionId: result.questionId, response: undefined, correct: false, latencyMs: 0, at: event.at }));
    const concepts = conceptStatements(setup.scope, this.course, event.concepts, event.at, event.attempt);
    return [...unanswered, ...concepts, ...this.verdict(setup, event)];
  }

  private verdict(setup: LrsSetup, event: QuizSubmitted): Statement[] {
    const passed = event.passed;
    if (this.passedSent || (setup.rules.oneVerdictPerSession && this.verdictThisSession)) return [];
    this.verdictThisSession = true;
    if (passed) this.passedSent = true;
    return [verdictStatement(setup.scope, passed, this.outcome(passed ? 'passed' : 'failed', attemptScore(event), event.attempt))];
  }

  private deliveryProblem(problem: DeliveryProblem): void {
    this.queueTrouble = true;
    if (problem.kind === 'unauthorized') {
      this.reportSessionExpired(`${UNAUTHORIZED_MESSAGE} (${problem.message})`);
      return;
    }
    this.reportSaveFailure(`statements not sent yet (${problem.message}); trying again in ${Math.round(problem.retryInMs / 1000)} s`);
  }
}

/** The weights an attempt earned of those asked. */
function attemptScore(event: QuizSubmitted): WeightedScore {
  const sum = (results: readonly QuestionResult[]): number => results.reduce((total, result) => total + result.weight, 0);
  return { score: event.score, earned: sum(event.results.filter((result) => result.correct)), possible: sum(event.results) };
}
