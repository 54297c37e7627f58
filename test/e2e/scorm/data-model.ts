/**
 * Reading the LMS's data model and call log the way a gradebook or a reviewer would: the
 * interactions and objectives as records, the last value sent for an element, durations and
 * clock times parsed back, and the lifecycle rules (initialize once, finish once, nothing after).
 */
import type { ApiCall, CmiData, ScormVersion } from '../../support/lms-harness/launch-data.ts';
import { MoodleValidator } from '../../support/moodle-validator.ts';

/** Element names that differ between versions. */
export const ELEMENTS = {
  '1.2': {
    status: 'cmi.core.lesson_status',
    raw: 'cmi.core.score.raw',
    min: 'cmi.core.score.min',
    max: 'cmi.core.score.max',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    response: 'student_response',
    when: 'time',
  },
  '2004': {
    status: 'cmi.success_status',
    raw: 'cmi.score.raw',
    min: 'cmi.score.min',
    max: 'cmi.score.max',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    response: 'learner_response',
    when: 'timestamp',
  },
} as const satisfies Record<ScormVersion, Record<string, string>>;

/** An interaction as the LMS holds it. */
export interface StoredInteraction {
  index: number;
  id: string;
  type: string;
  objectives: string[];
  /** 1.2 `time` / 2004 `timestamp`. */
  when: string;
  weighting: string;
  response: string;
  patterns: string[];
  result: string;
  latency: string;
  /** 2004 only. */
  description?: string;
}

function indexed(data: CmiData, prefix: string): string[] {
  const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.`);
  const indexes = new Set<number>();
  for (const key of Object.keys(data)) {
    const match = pattern.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b).map(String);
}

function list(data: CmiData, prefix: string, leaf: string): string[] {
  return indexed(data, prefix)
    .map((n) => data[`${prefix}.${n}.${leaf}`] ?? '')
    .filter((value) => value !== '');
}

/** The interactions of a stored data model, by index. */
export function storedInteractions(version: ScormVersion, data: CmiData): StoredInteraction[] {
  const names = ELEMENTS[version];
  return indexed(data, 'cmi.interactions').map((n) => {
    const base = `cmi.interactions.${n}`;
    const get = (leaf: string) => data[`${base}.${leaf}`] ?? '';
    const record: StoredInteraction = {
      index: Number(n),
      id: get('id'),
      type: get('type'),
      objectives: list(data, `${base}.objectives`, 'id'),
      when: get(names.when),
      weighting: get('weighting'),
      response: get(names.response),
      patterns: list(data, `${base}.correct_responses`, 'pattern'),
      result: get('result'),
      latency: get('latency'),
    };
    if (version === '2004') record.description = get('description');
    return record;
  });
}

/** An objective as the LMS holds it. */
export interface StoredObjective {
  index: number;
  id: string;
  raw: string;
  min: string;
  max: string;
  /** 2004 only. */
  scaled?: string;
  /** 1.2 `status`. */
  status?: string;
  /** 2004 `success_status`. */
  success?: string;
  /** 2004 `completion_status`. */
  completion?: string;
}

/** The objectives of a stored data model, by index. */
export function storedObjectives(version: ScormVersion, data: CmiData): StoredObjective[] {
  return indexed(data, 'cmi.objectives').map((n) => {
    const get = (leaf: string) => data[`cmi.objectives.${n}.${leaf}`] ?? '';
    const objective: StoredObjective = { index: Number(n), id: get('id'), raw: get('score.raw'), min: get('score.min'), max: get('score.max') };
    if (version === '1.2') objective.status = get('status');
    else Object.assign(objective, { scaled: get('score.scaled'), success: get('success_status'), completion: get('completion_status') });
    return objective;
  });
}

/** The last value the SCO sent for `element` (refused or not), or undefined. */
export function lastSent(calls: readonly ApiCall[], element: string): string | undefined {
  return calls.filter((call) => call.kind === 'set' && call.element === element).at(-1)?.value;
}

/** Every value the SCO sent for elements matching `pattern`. */
export function sent(calls: readonly ApiCall[], pattern: RegExp): ApiCall[] {
  return calls.filter((call) => call.kind === 'set' && pattern.test(call.element ?? ''));
}

/** Describes a call for an assertion message. */
export function describeCall(call: ApiCall): string {
  const value = call.value === undefined ? '' : `, ${JSON.stringify(call.value.length > 80 ? `${call.value.slice(0, 80)}…` : call.value)}`;
  return `#${call.seq} ${call.method}(${call.element ?? ''}${value}) → ${call.result} (error ${call.errorCode})`;
}

/** Calls the LMS answered with "false" or an error (refused calls excluded), described. */
export function failedCalls(calls: readonly ApiCall[]): string[] {
  return calls
    .filter((call) => !call.refused && call.kind !== 'get' && call.kind !== 'error' && (call.result !== 'true' || call.errorCode !== '0'))
    .map(describeCall);
}

/**
 * Breaks of the SCORM lifecycle (SCORM 1.2 RTE 3.3; SCORM 2004 4th RTE 3.1): Initialize must
 * be the first call and made once, Finish/Terminate made once (successfully), and no call may
 * follow it. Error queries (GetLastError and friends) may be made at any time and are ignored.
 */
export function lifecycleProblems(calls: readonly ApiCall[]): string[] {
  const problems: string[] = [];
  const relevant = calls.filter((call) => call.kind !== 'error');
  const initializes = relevant.filter((call) => call.kind === 'initialize');
  const finishes = relevant.filter((call) => call.kind === 'finish');
  if (initializes.length !== 1) problems.push(`Initialize was called ${initializes.length} times (expected once): ${initializes.map(describeCall).join('; ')}`);
  if (relevant[0] && relevant[0].kind !== 'initialize') problems.push(`the first call was ${describeCall(relevant[0])}, not Initialize`);
  if (finishes.length !== 1) problems.push(`Finish/Terminate was called ${finishes.length} times (expected once): ${finishes.map(describeCall).join('; ')}`);
  if (finishes[0] && finishes[0].result !== 'true') problems.push(`Finish/Terminate failed: ${describeCall(finishes[0])}`);
  const after = relevant.filter((call) => call.afterFinish);
  if (after.length > 0) problems.push(`calls after Finish/Terminate: ${after.map(describeCall).join('; ')}`);
  return problems;
}

/**
 * The preloaded interactions and objectives of a launch as the SetValue calls that would have
 * made them (`id` first, then `type`, then the rest), so the validator knows the arrays already
 * hold entries when the SCO appends at `_count` (a relaunch, or 2004 objectives Moodle preloads
 * from the manifest).
 */
function preloadedEntries(initial: CmiData): [string, string][] {
  const groups = new Map<string, { array: string; index: number; entries: [string, string, string][] }>();
  for (const [element, value] of Object.entries(initial)) {
    const match = /^cmi\.(interactions|objectives)\.(\d+)\.(.+)$/.exec(element);
    if (!match) continue;
    const base = `${match[1]}.${match[2]}`;
    const group = groups.get(base) ?? { array: match[1]!, index: Number(match[2]), entries: [] };
    group.entries.push([match[3]!, element, value]);
    groups.set(base, group);
  }
  const rank = (suffix: string): number => (suffix === 'id' ? 0 : suffix === 'type' ? 1 : 2);
  return [...groups.values()]
    .sort((a, b) => (a.array === b.array ? a.index - b.index : a.array < b.array ? -1 : 1))
    .flatMap((group) => group.entries.sort(([a], [b]) => rank(a) - rank(b)).map(([, element, value]): [string, string] => [element, value]));
}

/**
 * Every SetValue through the strict Moodle-style validator; the problems, described. `initial`
 * is the launch's preloaded data: its array entries are fed in first (their own problems were
 * the concern of the session that wrote them, and are not reported).
 */
export function validatorProblems(version: ScormVersion, calls: readonly ApiCall[], initial: CmiData = {}): string[] {
  const validator = new MoodleValidator(version);
  validator.setAll(preloadedEntries(initial));
  const seeded = validator.problems.length;
  validator.setAll(calls.filter((call) => call.kind === 'set').map((call): [string, string] => [call.element ?? '', call.value ?? '']));
  return validator.problems
    .slice(seeded)
    .map((problem) => `${problem.code} ${problem.message} (value ${JSON.stringify(problem.value.length > 80 ? `${problem.value.slice(0, 80)}…` : problem.value)})`);
}

/**
 * Formats each version sends durations and clock times in (Moodle's regexes,
 * docs/lms-behaviour.md).
 */
export const FORMATS = {
  '1.2': { duration: /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/, when: /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/ },
  '2004': { duration: /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/, when: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/ },
} as const;

/** A 1.2 CMITimespan or a 2004 ISO duration, in ms (NaN when it is neither). */
export function durationMs(value: string): number {
  const timespan = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(value);
  if (timespan) return (Number(timespan[1]) * 3600 + Number(timespan[2]) * 60 + Number(timespan[3])) * 1000;
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(value);
  if (iso && value !== 'PT') return (Number(iso[1] ?? 0) * 3600 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0)) * 1000;
  return Number.NaN;
}

/**
 * When a 2004 timestamp (local time, no zone) or a 1.2 time of day (local, on the day of
 * `day`) was, in ms since the epoch.
 */
export function clockMs(version: ScormVersion, value: string, day: number): number {
  if (version === '2004') {
    const [date = '', time = ''] = value.split('T');
    const [y, m, d] = date.split('-').map(Number);
    const [h, mi, s] = time.split(':').map(Number);
    return new Date(y!, m! - 1, d, h, mi, s).getTime();
  }
  const [h, mi, s] = value.split(':').map(Number);
  const base = new Date(day);
  return new Date(base.getFullYear(), base.getMonth(), base.getDate(), h, mi, s).getTime();
}
