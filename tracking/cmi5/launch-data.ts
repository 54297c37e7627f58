/**
 * `LMS.LaunchData` (cmi5 §10), the State API document the LMS writes before the launch: the
 * context template every statement starts from, the launch mode, the mastery score (which
 * overrides the course's passing score), moveOn, the return URL and launch parameters. Read
 * defensively: a missing or malformed document is an error the learner is told about, since
 * without its context template no statement would be cmi5-conformant.
 * @packageDocumentation
 */
import type { Context } from '../xapi/statement.ts';

export type LaunchMode = 'Normal' | 'Browse' | 'Review';
export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

export interface LaunchData {
  contextTemplate: Context;
  launchMode: LaunchMode;
  /** 0..1, when the LMS gives one. */
  masteryScore?: number;
  moveOn?: MoveOn;
  returnURL?: string;
  launchParameters?: string;
}

const LAUNCH_MODES: readonly LaunchMode[] = ['Normal', 'Browse', 'Review'];
const MOVE_ONS: readonly MoveOn[] = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseLaunchData(json: unknown): { ok: true; data: LaunchData } | { ok: false; message: string } {
  if (!isObject(json)) return { ok: false, message: 'the LMS wrote no LMS.LaunchData document for this launch' };
  if (!isObject(json.contextTemplate)) return { ok: false, message: 'LMS.LaunchData has no contextTemplate' };
  const launchMode = LAUNCH_MODES.find((mode) => mode === json.launchMode);
  if (!launchMode) return { ok: false, message: `LMS.LaunchData has launchMode ${JSON.stringify(json.launchMode)}, not Normal, Browse or Review` };
  const mastery = json.masteryScore;
  const data: LaunchData = { contextTemplate: json.contextTemplate as Context, launchMode };
  if (typeof mastery === 'number' && mastery >= 0 && mastery <= 1) data.masteryScore = mastery;
  const moveOn = MOVE_ONS.find((value) => value === json.moveOn);
  if (moveOn) data.moveOn = moveOn;
  if (typeof json.returnURL === 'string' && json.returnURL !== '') data.returnURL = json.returnURL;
  if (typeof json.launchParameters === 'string') data.launchParameters = json.launchParameters;
  return { ok: true, data };
}
