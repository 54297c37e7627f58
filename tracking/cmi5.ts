/**
 * The cmi5 tracker (`-cmi5.zip`): reads the cmi5 launch (`tracking/cmi5/cmi5-launch.ts`), gets
 * the session's token from the fetch URL once per launch (`auth-token.ts`), reads LMS.LaunchData
 * (`launch-data.ts`) and the learner preferences, and reports as `tracking/xapi/lrs-tracker.ts`
 * describes under the cmi5 rules (`cmi5-rules.ts`); on exit it goes to the LMS's returnURL.
 * Built on lmspack's own xAPI layer rather than `@xapi/cmi5`; the README says why.
 * @packageDocumentation
 */
import type { CourseExited } from '../learning/learner-events.ts';
import { withPassingScore } from '../learning/with-passing-score.ts';
import { LAUNCH_DATA_STATE_ID, LEARNER_PREFERENCES_PROFILE_ID } from './cmi5/cmi5-iris.ts';
import { keepSession, obtainToken, type LaunchSession } from './cmi5/auth-token.ts';
import { readCmi5Launch, type Cmi5Launch } from './cmi5/cmi5-launch.ts';
import { cmi5Rules } from './cmi5/cmi5-rules.ts';
import { parseLaunchData, type LaunchData, type LaunchMode } from './cmi5/launch-data.ts';
import type { TrackerFactory, TrackerSession } from './tracker.ts';
import { courseActivity } from './xapi/course-activity.ts';
import type { LaunchReading } from './xapi/launch-params.ts';
import { getDocument, type LrsConnection } from './xapi/lrs-client.ts';
import { LrsTracker, type LrsSetup, type LrsTrackerDeps } from './xapi/lrs-tracker.ts';

const MODES: Record<LaunchMode, TrackerSession['mode']> = { Normal: 'normal', Browse: 'browse', Review: 'review' };

/** Things a test can replace besides the LRS tracker's. */
export interface Cmi5TrackerDeps extends LrsTrackerDeps {
  /** Where the launch's token is kept for a reload. @default sessionStorage */
  sessionStorage?: Storage;
  /** Goes to the LMS's returnURL. @default location.assign */
  navigate?: (url: string) => void;
}

function defaultSessionStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Reports to the LRS of a cmi5 launch. */
export class Cmi5Tracker extends LrsTracker<Cmi5Launch> {
  private launch: Cmi5Launch | undefined;
  private launchSession: LaunchSession | undefined;
  private launchData: LaunchData | undefined;
  private learnerLanguage: string | undefined;

  constructor(
    options: ConstructorParameters<typeof LrsTracker>[0],
    private readonly cmi5Deps: Cmi5TrackerDeps = {},
  ) {
    super(options, cmi5Deps);
  }

  private get tabStorage(): Storage | undefined {
    return this.cmi5Deps.sessionStorage ?? defaultSessionStorage();
  }

  protected readLaunch(): LaunchReading<Cmi5Launch> {
    return readCmi5Launch(this.search);
  }

  /** The LRS, and the LMS's fetch URL, which may be on another origin (cmi5 §8.1.2). */
  protected override connectsTo(launch: Cmi5Launch): string[] {
    return [launch.endpoint, launch.fetchUrl];
  }

  protected async setUp(launch: Cmi5Launch): Promise<LrsSetup | undefined> {
    const opened = await this.openSession(launch);
    if (!opened) return undefined;
    const { connection, data, reused } = opened;
    return this.setupFor(launch, connection, data, reused);
  }

  /** The token (once per launch), then LMS.LaunchData and the learner preferences. */
  private async openSession(launch: Cmi5Launch): Promise<{ connection: LrsConnection; data: LaunchData; reused: boolean } | undefined> {
    const token = await obtainToken(launch.fetchUrl, this.fetcher, this.tabStorage);
    if (!token.ok) return this.failed(token.message);
    if (token.session.ended) return this.failed('this launch has ended; open the course again from your LMS');
    const connection: LrsConnection = { endpoint: launch.endpoint, auth: `Basic ${token.session.token}`, fetch: this.fetcher };
    const where = { agent: launch.actor };
    const [launchData] = await Promise.all([
      getDocument(connection, { kind: 'state', stateId: LAUNCH_DATA_STATE_ID, activityId: launch.activityId, registration: launch.registration, ...where }),
      // cmi5 §11: read at start. lmspack's content has one language, so the preference only
      // reaches the log; a failure to read it is not an error.
      getDocument(connection, { kind: 'agent-profile', profileId: LEARNER_PREFERENCES_PROFILE_ID, ...where }).then((preferences) => this.notePreferences(preferences)),
    ]);
    if (!launchData.ok) return this.failed(`LMS.LaunchData could not be read: ${launchData.message}`);
    const parsed = parseLaunchData(launchData.json);
    if (!parsed.ok) return this.failed(parsed.message);
    this.launch = launch;
    this.launchSession = token.session;
    this.launchData = parsed.data;
    return { connection, data: parsed.data, reused: token.reused };
  }

  private setupFor(launch: Cmi5Launch, connection: LrsConnection, data: LaunchData, reused: boolean): LrsSetup {
    const { settings } = this.options.course;
    const learnerName = launch.actor.name;
    // cmi5 §10: passed and failed MUST be judged by the LMS's masteryScore when it gives one.
    const passingScore = data.masteryScore === undefined ? undefined : Math.round(data.masteryScore * 10_000) / 100;
    if (passingScore !== undefined) this.course = withPassingScore(this.options.course, passingScore);
    return {
      standard: 'cmi5',
      connection,
      launch,
      scope: {
        actor: launch.actor,
        registration: launch.registration,
        course: courseActivity(launch.activityId, this.options.course),
        courseIri: settings.iri,
        language: settings.language,
        template: data.contextTemplate,
        newId: this.newId,
      },
      rules: cmi5Rules(data),
      session: {
        standalone: false,
        mode: MODES[data.launchMode],
        credit: true,
        ...(learnerName ? { learnerName } : {}),
        ...(passingScore !== undefined ? { passingScore } : {}),
        ...(this.learnerLanguage ? { learnerLanguage: this.learnerLanguage } : {}),
      },
      continuesSession: reused,
    };
  }

  /** cmi5 §11: `languagePreference` lists the learner's languages, most preferred first. */
  private notePreferences(read: Awaited<ReturnType<typeof getDocument>>): void {
    const languages = read.ok ? (read.json as { languagePreference?: unknown } | undefined)?.languagePreference : undefined;
    const first = typeof languages === 'string' ? languages.split(',')[0]?.trim() : undefined;
    if (first) this.learnerLanguage = first;
  }

  private failed(message: string): undefined {
    this.reportConnectFailure(`${message}; running standalone`);
    return undefined;
  }

  /** The launch is over: a reload must not send more; the learner goes back to the LMS (cmi5 §10 returnURL). */
  protected override sessionEnded(exit: CourseExited | undefined): void {
    if (this.launch && this.launchSession) keepSession(this.tabStorage, this.launch.fetchUrl, { ...this.launchSession, ended: true });
    const returnURL = this.launchData?.returnURL;
    if (!returnURL || exit?.via === 'page-hidden') return;
    (this.cmi5Deps.navigate ?? ((url) => globalThis.location.assign(url)))(returnURL);
  }
}

export const createTracker: TrackerFactory = (options) => new Cmi5Tracker(options);
