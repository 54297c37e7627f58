/**
 * The test LMS page, in the browser. It plays the part of Moodle's player page: it creates
 * scorm-again's runtime (`window.API = new Scorm12API(…)` or `window.API_1484_11 = new
 * Scorm2004API(…)`) in this window, preloads the launch data, records every API call the SCO
 * makes, keeps what a real LMS would have stored (the data model as of the last successful
 * Commit/Finish, since Moodle persists nothing else: docs/lms-behaviour.md), and shows the SCO
 * in an iframe (or a nested iframe, or a popup window).
 *
 * Served by `server.ts` as `/harness/lms-page.js` (TypeScript transpiled on request). The
 * tests read and steer it through `window.lms`; each record is also mirrored to the test
 * process through a Playwright binding (`window.__lmsMirror`), so calls made while the page is
 * going away (pagehide) are not lost.
 * @packageDocumentation
 */
import {
  API_METHODS,
  REFUSAL_CODES,
  apiName,
  firstLaunchData,
  relaunchData,
  stringLeaves,
  type ApiCall,
  type ApiCallKind,
  type CmiData,
  type LaunchConfig,
  type ManifestDefaults,
  type MirrorMessage,
  type RefuseOptions,
} from './launch-data.ts';
import { breakable, startSplitter } from './panel-layout.ts';

/** The part of scorm-again's API object the harness uses. */
interface ScormAgainApi {
  loadFromFlattenedJSON(json: CmiData, element?: string): void;
  getFlattenedCMI(): Record<string, unknown>;
  [method: string]: unknown;
}

type ScormAgainConstructor = new (settings: Record<string, unknown>) => ScormAgainApi;

/** What the tests reach through `window.lms`. */
export interface LmsControl {
  config: LaunchConfig;
  launchId: string;
  api: ScormAgainApi;
  calls: ApiCall[];
  /** The data model as of the last successful Commit/Finish: what the LMS has stored. */
  stored: CmiData | undefined;
  /** Successful Commit/Finish calls so far. */
  commits: number;
  refusing: RefuseOptions;
  refuse(options: RefuseOptions): void;
  recover(): void;
  /** The runtime's current data model (stored or not). */
  live(): CmiData;
}

declare global {
  interface Window {
    Scorm12API?: ScormAgainConstructor;
    Scorm2004API?: ScormAgainConstructor;
    lms?: LmsControl;
    __lmsMirror?: (message: MirrorMessage) => unknown;
  }
}

const launchId = new URLSearchParams(location.search).get('launch') ?? '';
const response = await fetch(`/launch/${encodeURIComponent(launchId)}`);
if (!response.ok) throw new Error(`test LMS: no launch "${launchId}" (${response.status})`);
const config = (await response.json()) as LaunchConfig & { manifest?: ManifestDefaults };
const version = config.version;
document.title = `${config.title ?? 'lmspack test LMS'} — SCORM ${version}`;

const Runtime = version === '1.2' ? window.Scorm12API : window.Scorm2004API;
if (!Runtime) throw new Error('test LMS: scorm-again did not load');

// scorm-again settings (see its README's settings table): no autocommit, no network
// (lmsCommitUrl false), quiet logs. mastery_override is set explicitly: Moodle applies the
// mastery score at LMSFinish, and scorm-again only does so when asked (its 1.2 constructor
// turns it on when a settings object omits it); both in docs/lms-behaviour.md.
const api = new Runtime({
  autocommit: false,
  lmsCommitUrl: false,
  logLevel: 5,
  mastery_override: version === '1.2',
  autoCompleteLessonStatus: false,
});
api.loadFromFlattenedJSON(config.initial);

const methods = API_METHODS[version];
// Kept before wrapping, so the harness's own error queries are not recorded as the SCO's.
const originalLastError = (api[methods.error[0]] as () => unknown).bind(api);
const rawLastError = (): string => String(originalLastError());

const control: LmsControl = {
  config,
  launchId,
  api,
  calls: [],
  stored: undefined,
  commits: 0,
  refusing: { ...config.refuse },
  refuse(options) {
    this.refusing = { ...this.refusing, ...options };
    renderPanel();
  },
  recover() {
    this.refusing = {};
    renderPanel();
  },
  live: () => stringLeaves(api.getFlattenedCMI()),
};
window.lms = control;

/**
 * Sends a record to the test process twice: through the Playwright binding (fast, ordered, but
 * dropped once the page starts unloading) and as a beacon to the harness server (which Chrome
 * delivers even from a pagehide handler of a closing page). The test side merges both by `seq`.
 */
const mirror = (message: MirrorMessage): void => {
  try {
    void window.__lmsMirror?.(message);
  } catch {
    // No test process listening (a person using the preview).
  }
  navigator.sendBeacon(`/log/${encodeURIComponent(launchId)}`, JSON.stringify(message));
};

let finished = false;
/** The error code of a refused call, reported by GetLastError until the next real call. */
let forcedError: string | undefined;

function record(method: string, kind: ApiCallKind, args: unknown[], result: string, errorCode: string, refused: boolean, afterFinish: boolean): void {
  const entry: ApiCall = {
    seq: control.calls.length,
    method,
    kind,
    result,
    errorCode,
    refused,
    afterFinish,
    at: Date.now(),
  };
  if (args.length > 0) entry.element = String(args[0]);
  if (kind === 'set') entry.value = String(args[1]);
  control.calls.push(entry);
  mirror({ launch: launchId, type: 'call', call: entry });
  schedulePanel();
}

function store(): void {
  control.stored = control.live();
  control.commits += 1;
  mirror({ launch: launchId, type: 'stored', data: control.stored, commits: control.commits });
}

function wrap(method: string, kind: ApiCallKind): void {
  const original = api[method] as (...args: unknown[]) => unknown;
  api[method] = (...args: unknown[]): string => {
    const afterFinish = finished;
    const refusal = kind === 'set' ? 'setValue' : kind === 'commit' ? 'commit' : kind === 'finish' ? 'finish' : undefined;
    if (refusal && control.refusing[refusal] && !afterFinish) {
      forcedError = REFUSAL_CODES[version][kind as 'set' | 'commit' | 'finish'];
      record(method, kind, args, 'false', forcedError, true, afterFinish);
      return 'false';
    }
    forcedError = undefined;
    const result = String(original.apply(api, args));
    const errorCode = rawLastError();
    if (result === 'true' && (kind === 'commit' || kind === 'finish') && !afterFinish) store();
    if (result === 'true' && kind === 'finish') finished = true;
    record(method, kind, args, result, errorCode, false, afterFinish);
    return result;
  };
}

function wrapErrorQuery(method: string, index: number): void {
  const original = api[method] as (...args: unknown[]) => unknown;
  api[method] = (...args: unknown[]): string => {
    let result: string;
    if (forcedError !== undefined && index === 0) result = forcedError;
    else if (forcedError !== undefined && index === 2 && String(args[0]) === forcedError) result = 'Refused by the lmspack test LMS (simulated server failure).';
    else result = String(original.apply(api, args));
    record(method, 'error', args, result, forcedError ?? '0', false, finished);
    return result;
  };
}

wrap(methods.initialize, 'initialize');
wrap(methods.finish, 'finish');
wrap(methods.get, 'get');
wrap(methods.set, 'set');
wrap(methods.commit, 'commit');
methods.error.forEach((method, index) => wrapErrorQuery(method, index));

// The LMS attaches its API before the SCO loads, since the SCO looks for it as it starts
// (SCORM 1.2 RTE and SCORM 2004 4th ed. RTE, API instance discovery).
(window as unknown as Record<string, unknown>)[apiName(version)] = api;

// ---------------------------------------------------------------------------------------------
// The SCO

const stage = document.getElementById('stage')!;
const display = config.display ?? 'iframe';
if (display === 'popup') {
  const launcher = document.createElement('div');
  launcher.className = 'launcher';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Open the course';
  button.addEventListener('click', () => window.open(config.launchPath, 'lmspack-sco', 'width=1024,height=768'));
  launcher.append(button);
  stage.append(launcher);
} else {
  const frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.title = 'Course';
  frame.src = display === 'nested' ? `/nest?src=${encodeURIComponent(config.launchPath)}` : config.launchPath;
  stage.append(frame);
}

// ---------------------------------------------------------------------------------------------
// The panel (for a person using the preview)

const panel = document.getElementById('panel')!;
startSplitter(document.getElementById('splitter')!);
let panelQueued = false;

function schedulePanel(): void {
  if (!config.panel || panelQueued) return;
  panelQueued = true;
  requestAnimationFrame(() => {
    panelQueued = false;
    renderPanel();
  });
}

/** How a cell may wrap: `key` and `long` at separators (`long` anywhere as a last resort), `atom` never. */
type CellKind = 'key' | 'long' | 'atom' | 'num';

/** A number, boolean, time, duration or short word: kept on one line. Anything longer wraps. */
function kindOf(value: string): CellKind {
  return /^(?:[-+]?[\d.:TZPHMSe+-]*|true|false)$/.test(value) || /^\S{1,12}$/.test(value) ? 'atom' : 'long';
}

function cell(text: string, kind: CellKind, bad = false): HTMLTableCellElement {
  const td = document.createElement('td');
  if (kind === 'atom' || kind === 'num') td.textContent = text;
  else td.append(...breakable(text));
  td.className = `${kind === 'num' ? 'atom num' : kind}${bad ? ' bad' : ''}`;
  return td;
}

async function relaunch(fresh: boolean): Promise<void> {
  const manifest = config.manifest;
  if (!manifest) return;
  const initial = fresh ? firstLaunchData(manifest) : relaunchData(manifest, control.stored ?? {});
  const next: LaunchConfig & { manifest: ManifestDefaults } = { ...config, initial, manifest };
  const reply = await fetch('/launch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(next) });
  const { id } = (await reply.json()) as { id: string };
  location.href = `/?launch=${encodeURIComponent(id)}`;
}

function renderPanel(): void {
  if (!config.panel) return;
  panel.hidden = false;
  panel.replaceChildren();
  const heading = (text: string) => Object.assign(document.createElement('h2'), { textContent: text });
  const actions = document.createElement('div');
  actions.className = 'actions';
  const button = (label: string, action: () => void) => {
    const element = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
    element.addEventListener('click', action);
    actions.append(element);
  };
  button(control.refusing.setValue ? 'Accept SetValue/Commit again' : 'Refuse SetValue/Commit', () =>
    control.refusing.setValue ? control.recover() : control.refuse({ setValue: true, commit: true }),
  );
  if (config.manifest) {
    button('Relaunch (resume)', () => void relaunch(false));
    button('New attempt', () => void relaunch(true));
  }
  panel.append(heading(`SCORM ${version} — ${finished ? 'finished' : 'running'}, ${control.commits} stored`), actions);

  panel.append(heading('Stored data model (last Commit/Finish)'));
  const model = document.createElement('table');
  for (const [key, value] of Object.entries(control.stored ?? {})) {
    if (value === '') continue;
    const row = document.createElement('tr');
    row.append(cell(key, 'key'), cell(value.length > 120 ? `${value.slice(0, 120)}… (${value.length} chars)` : value, kindOf(value)));
    model.append(row);
  }
  panel.append(model);

  panel.append(heading('Calls (latest first)'));
  const log = document.createElement('table');
  for (const entry of control.calls.slice(-200).reverse()) {
    if (entry.kind === 'error') continue;
    const row = document.createElement('tr');
    const bad = entry.result === 'false' || (entry.errorCode !== '0' && entry.kind !== 'get');
    const value = entry.value === undefined ? '' : entry.value.length > 80 ? `${entry.value.slice(0, 80)}…` : entry.value;
    row.append(cell(String(entry.seq), 'num'), cell(`${entry.method}(${entry.element ?? ''}${entry.value === undefined ? '' : `, ${value}`})`, 'long'), cell(`${entry.result} ${entry.errorCode}`, kindOf(entry.result), bad));
    log.append(row);
  }
  panel.append(log);
}

renderPanel();
