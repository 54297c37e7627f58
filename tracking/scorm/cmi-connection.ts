/**
 * A thin, version-neutral client over the LMS's API object: the eight calls under one set of
 * names, `"true"`/`"false"` turned into errors with their code, text and diagnostic, and the
 * session's life enforced (initialize once, finish once). It knows no element names.
 * @packageDocumentation
 */
import type { ScormApis } from './api-discovery.ts';
import { SCORM_SETTINGS, type ScormVersion } from './scorm-version.ts';

/** What the LMS said about a call that failed (SCORM 1.2 RTE 3.3.2.3; SCORM 2004 4th RTE 3.1.7). */
export interface CmiError {
  /** The call that failed, e.g. `SetValue(cmi.score.raw, "80")` or `Commit`. */
  call: string;
  /** `GetLastError()`: `"101"`, `"405"`, … (`"0"` when the LMS answered false without a code). */
  code: string;
  /** `GetErrorString(code)`. */
  message: string;
  /** `GetDiagnostic(code)`: the LMS's own detail, often the most useful part. */
  diagnostic: string;
}

/** A value read with `GetValue`, and the error code the LMS set while reading it. */
export interface CmiRead {
  value: string;
  /** `"0"` when the read succeeded (or was a 2004 first-launch 403, which means "empty"). */
  code: string;
}

/** The calls under one name per meaning, whatever the version calls them. */
interface Calls {
  initialize(): string;
  finish(): string;
  get(element: string): string;
  set(element: string, value: string): string;
  commit(): string;
  lastError(): string;
  errorString(code: string): string;
  diagnostic(code: string): string;
}

function callsOf<V extends ScormVersion>(version: V, api: ScormApis[V]): Calls {
  if (version === '1.2') {
    const a = api as ScormApis['1.2'];
    return {
      initialize: () => a.LMSInitialize(''),
      finish: () => a.LMSFinish(''),
      get: (element) => a.LMSGetValue(element),
      set: (element, value) => a.LMSSetValue(element, value),
      commit: () => a.LMSCommit(''),
      lastError: () => a.LMSGetLastError(),
      errorString: (code) => a.LMSGetErrorString(code),
      diagnostic: (code) => a.LMSGetDiagnostic(code),
    };
  }
  const a = api as ScormApis['2004'];
  return {
    initialize: () => a.Initialize(''),
    finish: () => a.Terminate(''),
    get: (element) => a.GetValue(element),
    set: (element, value) => a.SetValue(element, value),
    commit: () => a.Commit(''),
    lastError: () => a.GetLastError(),
    errorString: (code) => a.GetErrorString(code),
    diagnostic: (code) => a.GetDiagnostic(code),
  };
}

/** The life of a session: `initialize` moves `new` → `open`, `finish` moves `open` → `closed`. */
export type CmiSessionState = 'new' | 'open' | 'closed';

/**
 * One session with the LMS. Every call is wrapped: an API that throws (a half-torn-down LMS
 * frame during unload) counts as a failed call, never as an exception in the player.
 */
export class CmiConnection<V extends ScormVersion = ScormVersion> {
  private readonly calls: Calls;
  private sessionState: CmiSessionState = 'new';

  constructor(
    readonly version: V,
    api: ScormApis[V],
  ) {
    this.calls = callsOf(version, api);
  }

  /** Where the session is in its life. */
  get state(): CmiSessionState {
    return this.sessionState;
  }

  /**
   * `LMSInitialize("")` / `Initialize("")`, at most once per connection: a second call is
   * error 101 (1.2) or 103 (2004), and after finishing 104 (SCORM 1.2 RTE 3.3.2.3; SCORM 2004 4th RTE 3.1.7).
   */
  initialize(): CmiError | undefined {
    if (this.sessionState !== 'new') return { call: 'Initialize', code: '0', message: `session is already ${this.sessionState}`, diagnostic: '' };
    const error = this.check('Initialize', () => this.calls.initialize());
    if (!error) this.sessionState = 'open';
    return error;
  }

  /**
   * `LMSGetValue` / `GetValue`. In 2004 an element nobody has set yet answers `""` with 403
   * "value not initialized" (`SCORM_SETTINGS[version].unsetReadCode`): that is an empty value, not an error.
   */
  get(element: string): CmiRead {
    if (this.sessionState !== 'open') return { value: '', code: '301' };
    try {
      const value = String(this.calls.get(element) ?? '');
      const code = this.errorCode();
      return { value, code: code === SCORM_SETTINGS[this.version].unsetReadCode ? '0' : code };
    } catch {
      return { value: '', code: '101' };
    }
  }

  /** `LMSSetValue` / `SetValue`; undefined on success. */
  set(element: string, value: string): CmiError | undefined {
    if (this.sessionState !== 'open') return { call: `SetValue(${element})`, code: '0', message: `session is ${this.sessionState}`, diagnostic: '' };
    return this.check(`SetValue(${element}, ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)})`, () => this.calls.set(element, value));
  }

  /** `LMSCommit("")` / `Commit("")`; undefined on success. */
  commit(): CmiError | undefined {
    if (this.sessionState !== 'open') return { call: 'Commit', code: '0', message: `session is ${this.sessionState}`, diagnostic: '' };
    return this.check('Commit', () => this.calls.commit());
  }

  /**
   * `LMSFinish("")` / `Terminate("")`, at most once. The session counts as closed afterwards
   * even when the call fails: Moodle marks itself uninitialised before it stores the data, so a
   * second finish could only fail again (error 101/113).
   */
  finish(): CmiError | undefined {
    if (this.sessionState !== 'open') return { call: 'Terminate', code: '0', message: `session is ${this.sessionState}`, diagnostic: '' };
    this.sessionState = 'closed';
    return this.check('Terminate', () => this.calls.finish());
  }

  private errorCode(): string {
    try {
      return String(this.calls.lastError() ?? '0') || '0';
    } catch {
      return '0';
    }
  }

  /** Runs a call that answers `"true"`/`"false"` and describes the failure. */
  private check(call: string, run: () => string): CmiError | undefined {
    let result: string;
    try {
      result = String(run());
    } catch (error) {
      return { call, code: '101', message: 'the LMS API threw', diagnostic: error instanceof Error ? error.message : String(error) };
    }
    if (result === 'true') return undefined;
    const code = this.errorCode();
    let message = '';
    let diagnostic = '';
    try {
      message = String(this.calls.errorString(code) ?? '');
      diagnostic = String(this.calls.diagnostic(code) ?? '');
    } catch {
      // The error itself could not be described; the code still says what happened.
    }
    return { call, code, message, diagnostic };
  }
}

/** One line for the console: `Commit failed: 101 General exception (server answered 500)`. */
export function describeCmiError(error: CmiError): string {
  const detail = error.diagnostic && error.diagnostic !== error.message ? ` (${error.diagnostic})` : '';
  return `${error.call} failed: ${error.code} ${error.message}${detail}`.trim();
}
