/**
 * What the test LMS hands a SCO at launch, and what it records: the launch configuration, one
 * recorded API call, and the data a Moodle-like LMS preloads on a first launch and on a
 * relaunch. Pure data and functions (no DOM, no Node), shared by the Node side (server, tests)
 * and the harness page, which imports the same file served as JavaScript.
 *
 * Moodle is the model (docs/lms-behaviour.md; `mod/scorm/datamodels/scorm_12lib.php` and
 * `scorm_13lib.php` `get_scorm_default`):
 * - 1.2: credit `credit`, mode `normal`, entry `ab-initio` on a first launch; on a relaunch
 *   every stored element comes back and entry is `resume` only after a `suspend` exit (else
 *   `""`); the manifest's `adlcp:masteryscore` becomes `cmi.student_data.mastery_score`.
 * - 2004: the stored elements come back ONLY when the last `cmi.exit` was `suspend` (entry
 *   `resume` for `suspend`/`logout`, `ab-initio` otherwise); `cmi.scaled_passing_score` is the
 *   last non-empty `minNormalizedMeasure` of the SCO's objectives, and every manifest objective id
 *   is preloaded as `cmi.objectives.N.id` (optional here, see {@link LaunchOptions}).
 * @packageDocumentation
 */

export type ScormVersion = '1.2' | '2004';

/** Flattened data model: `cmi.core.lesson_status` → value. */
export type CmiData = Record<string, string>;

/** Which calls the LMS refuses: they return `"false"` with an error code and change nothing. */
export interface RefuseOptions {
  /** `LMSSetValue` / `SetValue` (1.2 error 101, 2004 error 351). */
  setValue?: boolean;
  /** `LMSCommit` / `Commit` (1.2 error 101, 2004 error 391), as when Moodle's datamodel.php fails. */
  commit?: boolean;
  /** `LMSFinish` / `Terminate` (1.2 error 101, 2004 error 111). */
  finish?: boolean;
}

/** How the LMS page shows the SCO. */
export type LaunchDisplay =
  /** In an iframe of the LMS page: the API is in `window.parent` (Moodle's default). */
  | 'iframe'
  /** In an iframe inside an iframe: the API is two parents up. */
  | 'nested'
  /** In a window the LMS page opened: the API is in `window.opener` (Moodle's "new window"). */
  | 'popup';

/** Everything the harness page needs to launch a SCO. */
export interface LaunchConfig {
  version: ScormVersion;
  /** URL path of the SCO's launch file on the harness server, e.g. `/package/scorm12/index.html`. */
  launchPath: string;
  /** Data loaded into the runtime before the SCO starts (`loadFromFlattenedJSON`). */
  initial: CmiData;
  /** @default 'iframe' */
  display?: LaunchDisplay;
  /** Refuse calls from the start (the test can also switch refusal on and off later). */
  refuse?: RefuseOptions;
  /** Show the data model and call log next to the SCO (for a person; tests leave it off). */
  panel?: boolean;
  /** A label for the page title and panel. */
  title?: string;
}

/** The API methods, in lmspack's words (the same for both versions). */
export type ApiCallKind = 'initialize' | 'finish' | 'get' | 'set' | 'commit' | 'error';

/** One call the SCO made, as the LMS page recorded it. */
export interface ApiCall {
  /** 0, 1, 2, … in call order. */
  seq: number;
  /** The method as called: `LMSSetValue`, `SetValue`, … */
  method: string;
  kind: ApiCallKind;
  /** The element of Get/SetValue; the argument of the other methods. */
  element?: string;
  /** The value of SetValue. */
  value?: string;
  /** What the method returned. */
  result: string;
  /** `GetLastError()` right after the call (`"0"` when it succeeded). */
  errorCode: string;
  /** The harness refused the call (see {@link RefuseOptions}). */
  refused: boolean;
  /** The call came after a successful LMSFinish/Terminate. */
  afterFinish: boolean;
  /** ms since the epoch. */
  at: number;
}

/** A record the page sends to the test process: a call, or what the LMS stored on Commit/Finish. */
export type MirrorMessage = { launch: string; type: 'call'; call: ApiCall } | { launch: string; type: 'stored'; data: CmiData; commits: number };

/** The methods of each version's API, by kind. */
export const API_METHODS = {
  '1.2': {
    initialize: 'LMSInitialize',
    finish: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    error: ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
  },
  '2004': {
    initialize: 'Initialize',
    finish: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    error: ['GetLastError', 'GetErrorString', 'GetDiagnostic'],
  },
} as const satisfies Record<ScormVersion, Record<ApiCallKind, string | readonly string[]>>;

/** The error code a refused call reports (SCORM 1.2 RTE 3.3.2; SCORM 2004 4th RTE 3.1.7). */
export const REFUSAL_CODES = {
  '1.2': { set: '101', commit: '101', finish: '101' },
  '2004': { set: '351', commit: '391', finish: '111' },
} as const satisfies Record<ScormVersion, Record<'set' | 'commit' | 'finish', string>>;

/** The name of the API object in the LMS window. */
export function apiName(version: ScormVersion): 'API' | 'API_1484_11' {
  return version === '1.2' ? 'API' : 'API_1484_11';
}

// ---------------------------------------------------------------------------------------------
// The manifest

/** What a Moodle-like LMS takes from the manifest into the runtime. */
export interface ManifestDefaults {
  version: ScormVersion;
  /** 1.2 `adlcp:masteryscore`. */
  masteryScore?: string;
  /** 2004: the last non-empty `imsss:minNormalizedMeasure` (Moodle copies each in turn). */
  scaledPassingScore?: string;
  /** 2004: every `objectiveID`, primary first, in document order. */
  objectiveIds: string[];
}

/** Reads the few manifest facts the runtime depends on. */
export function manifestDefaults(xml: string): ManifestDefaults {
  const version: ScormVersion = /<schemaversion>\s*1\.2\s*<\/schemaversion>/.test(xml) ? '1.2' : '2004';
  const mastery = /<adlcp:masteryscore>\s*([^<\s]+)\s*<\/adlcp:masteryscore>/.exec(xml)?.[1];
  const measures = [...xml.matchAll(/<imsss:minNormalizedMeasure>\s*([^<\s]+)\s*<\/imsss:minNormalizedMeasure>/g)].map((match) => match[1]!);
  const objectiveIds = [...xml.matchAll(/<imsss:(?:primaryObjective|objective)\b[^>]*\bobjectiveID="([^"]+)"/g)].map((match) => match[1]!);
  return {
    version,
    ...(mastery !== undefined && version === '1.2' ? { masteryScore: mastery } : {}),
    ...(measures.length > 0 && version === '2004' ? { scaledPassingScore: measures[measures.length - 1]! } : {}),
    objectiveIds: version === '2004' ? objectiveIds : [],
  };
}

// ---------------------------------------------------------------------------------------------
// Launch data

/** Options of {@link firstLaunchData} and {@link relaunchData}. */
export interface LaunchOptions {
  /** The learner, as the LMS knows them. */
  learnerId?: string;
  /** 1.2 `student_name` / 2004 `learner_name`, "Last, First" as Moodle sends it. */
  learnerName?: string;
  /** `normal` unless testing browse/review. @default 'normal' */
  mode?: 'normal' | 'browse' | 'review';
  /**
   * 2004: preload `cmi.objectives.N.id` with the manifest's objective ids, as Moodle does.
   * @default false
   */
  preloadObjectives?: boolean;
}

const LEARNER_ID = 'learner-7';
const LEARNER_NAME = 'Doe, Jane';

/** The data a Moodle-like LMS gives a brand-new attempt. */
export function firstLaunchData(manifest: ManifestDefaults, options: LaunchOptions = {}): CmiData {
  const mode = options.mode ?? 'normal';
  const credit = mode === 'normal' ? 'credit' : 'no-credit';
  if (manifest.version === '1.2') {
    return {
      'cmi.core.student_id': options.learnerId ?? LEARNER_ID,
      'cmi.core.student_name': options.learnerName ?? LEARNER_NAME,
      'cmi.core.credit': credit,
      'cmi.core.lesson_mode': mode,
      'cmi.core.entry': 'ab-initio',
      ...(manifest.masteryScore !== undefined ? { 'cmi.student_data.mastery_score': manifest.masteryScore } : {}),
    };
  }
  const data: CmiData = {
    'cmi.learner_id': options.learnerId ?? LEARNER_ID,
    'cmi.learner_name': options.learnerName ?? LEARNER_NAME,
    'cmi.mode': mode,
    'cmi.credit': credit,
    'cmi.entry': 'ab-initio',
    ...(manifest.scaledPassingScore !== undefined ? { 'cmi.scaled_passing_score': manifest.scaledPassingScore } : {}),
  };
  if (options.preloadObjectives) manifest.objectiveIds.forEach((id, index) => (data[`cmi.objectives.${index}.id`] = id));
  return data;
}

/** Elements an LMS stores from a session and hands back on a relaunch (everything the SCO may write and read). */
const STORED = {
  '1.2': [/^cmi\.core\.lesson_status$/, /^cmi\.core\.lesson_location$/, /^cmi\.core\.score\.(raw|min|max)$/, /^cmi\.suspend_data$/, /^cmi\.objectives\./, /^cmi\.interactions\./, /^cmi\.comments$/],
  '2004': [
    /^cmi\.completion_status$/,
    /^cmi\.success_status$/,
    /^cmi\.progress_measure$/,
    /^cmi\.score\.(scaled|raw|min|max)$/,
    /^cmi\.location$/,
    /^cmi\.suspend_data$/,
    /^cmi\.objectives\./,
    /^cmi\.interactions\./,
  ],
} as const satisfies Record<ScormVersion, readonly RegExp[]>;

/**
 * The data a Moodle-like LMS gives the next launch of the same attempt, from what it stored
 * (the data model as of the last successful commit or finish). Empty values are left out, as
 * an LMS stores only what was set.
 */
export function relaunchData(manifest: ManifestDefaults, stored: CmiData, options: LaunchOptions = {}): CmiData {
  const version = manifest.version;
  const exit = stored[version === '1.2' ? 'cmi.core.exit' : 'cmi.exit'] ?? '';
  const data = firstLaunchData(manifest, { ...options, preloadObjectives: false });
  // 2004 (scorm_13lib.php): "only cmi.exit==suspend should allow previous datamodel elements on re-launch".
  const reload = version === '1.2' || exit === 'suspend';
  // scorm_12lib.php: no status stored yet → "ab-initio"; a suspend exit → "resume"; else "".
  const status12 = stored['cmi.core.lesson_status'] ?? '';
  if (version === '1.2') data['cmi.core.entry'] = status12 === '' || status12 === 'not attempted' ? 'ab-initio' : exit === 'suspend' ? 'resume' : '';
  else data['cmi.entry'] = exit === 'suspend' || exit === 'logout' ? 'resume' : 'ab-initio';
  if (!reload) {
    if (options.preloadObjectives) manifest.objectiveIds.forEach((id, index) => (data[`cmi.objectives.${index}.id`] = id));
    return data;
  }
  for (const [element, value] of Object.entries(stored)) {
    if (typeof value !== 'string' || value === '') continue;
    if (STORED[version].some((pattern) => pattern.test(element))) data[element] = value;
  }
  return data;
}

/**
 * Keeps the string leaves of a flattened data model (scorm-again renders empty arrays as `{}`),
 * dropping `_count`/`_children` keywords.
 */
export function stringLeaves(flat: Record<string, unknown>): CmiData {
  const data: CmiData = {};
  for (const [key, value] of Object.entries(flat)) {
    if (typeof value === 'string' && !/\._(count|children|version)$/.test(key)) data[key] = value;
  }
  return data;
}
