/**
 * Finding the LMS's run-time API object: `API` (SCORM 1.2 RTE 3.3) or `API_1484_11` (SCORM 2004
 * 4th RTE 3.1), which the LMS puts on one of the windows around the SCO.
 * @packageDocumentation
 */
import type { ScormVersion } from './scorm-version.ts';

/** The SCORM 1.2 API object (SCORM 1.2 RTE 3.3.2); every method answers with a string. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** The SCORM 2004 API object (SCORM 2004 4th RTE 3.1.2); every method answers with a string. */
export interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

/** The API object of each version. */
export interface ScormApis {
  '1.2': Scorm12Api;
  '2004': Scorm2004Api;
}

/** The global each version's API is published under. */
export const API_NAMES = { '1.2': 'API', '2004': 'API_1484_11' } as const satisfies Record<ScormVersion, string>;

/** The methods that tell an API object from an unrelated global of the same name. */
const API_METHODS = { '1.2': ['LMSInitialize', 'LMSSetValue', 'LMSCommit'], '2004': ['Initialize', 'SetValue', 'Commit'] } as const;

/**
 * The ADL 2004 sample walks at most 500 parents (the 1.2 sample 7, "arbitrary but sufficient");
 * 500 also stops a misbehaving `parent` chain from looping forever.
 */
const MAX_HOPS = 500;

/** The window-like shape the search reads; lets tests pass plain objects. */
export interface ApiHost {
  parent?: ApiHost | null;
  opener?: ApiHost | null;
  [name: string]: unknown;
}

/**
 * The API in `win`, or undefined. Reading a property of a cross-origin window throws a
 * SecurityError (the HTML Standard's cross-origin object rules; Firefox's message reads "Permission
 * denied to access property 'API'"); that window simply
 * has no API we can use.
 */
function probe<V extends ScormVersion>(version: V, win: ApiHost): ScormApis[V] | undefined {
  try {
    const candidate = win[API_NAMES[version]] as Record<string, unknown> | null | undefined;
    if (candidate && API_METHODS[version].every((method) => typeof candidate[method] === 'function')) return candidate as unknown as ScormApis[V];
  } catch {
    // Cross-origin window: keep looking elsewhere.
  }
  return undefined;
}

/** `win.parent`, or undefined at the top (where `parent === self`) or when it cannot be read. */
function parentOf(win: ApiHost): ApiHost | undefined {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : undefined;
  } catch {
    return undefined;
  }
}

function openerOf(win: ApiHost): ApiHost | undefined {
  try {
    return win.opener ?? undefined;
  } catch {
    return undefined;
  }
}

/** Searches `start` and its parents; returns the API, or the topmost window reached. */
function searchChain<V extends ScormVersion>(version: V, start: ApiHost, seen: Set<ApiHost>): { api?: ScormApis[V]; top: ApiHost } {
  let win: ApiHost | undefined = start;
  let top = start;
  for (let hops = 0; win && hops <= MAX_HOPS && !seen.has(win); hops++) {
    seen.add(win);
    top = win;
    const api = probe(version, win);
    if (api) return { api, top };
    win = parentOf(win);
  }
  return { top };
}

/**
 * Finds the API object for `version`: first in the current window (offline and mobile players
 * inject it there, pipwerks#13), then up its parents (the LMS frame set), then in the window
 * that opened this one and its parents (LMSs that launch the SCO in a pop-up). Every probe is
 * wrapped in try/catch, since any of these windows may be cross-origin.
 *
 * @param start the SCO's window
 * @returns the API object, or undefined when no LMS is around (the player then runs standalone)
 */
export function findScormApi<V extends ScormVersion>(version: V, start: ApiHost = globalThis as unknown as ApiHost): ScormApis[V] | undefined {
  const seen = new Set<ApiHost>();
  const own = searchChain(version, start, seen);
  if (own.api) return own.api;
  // A frame inside a pop-up has no opener itself; the pop-up's top window has.
  const opener = openerOf(start) ?? openerOf(own.top);
  return opener ? searchChain(version, opener, seen).api : undefined;
}
