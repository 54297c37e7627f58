/**
 * A small in-memory SCORM API for unit tests of the tracker logic only (the real LMS runtime,
 * scorm-again, drives the end-to-end tests). It keeps values, enforces what the trackers must
 * get right on their own (initialize/finish once, arrays appended at `_count`, 2004 `id`
 * first), records every call, and fails the calls a test asks it to.
 */
import type { Scorm12Api, Scorm2004Api } from '../../tracking/scorm/api-discovery.ts';

export type Version = '1.2' | '2004';

export interface FakeCall {
  method: 'Initialize' | 'Finish' | 'GetValue' | 'SetValue' | 'Commit';
  element?: string;
  value?: string;
}

/** What the fake LMS does; tests change these between calls. */
export interface FakeBehaviour {
  /** Commits that answer "false" before the next ones succeed. */
  failCommits: number;
  /** SetValue on an element matching this answers "false" (error 405/406). */
  refuse?: RegExp;
  /** 1.2: no `cmi.interactions` at all (401 on every access). */
  noInteractions?: boolean;
  /** Finish/Terminate answers "false". */
  failFinish?: boolean;
}

export class FakeScormLms {
  readonly values = new Map<string, string>();
  readonly calls: FakeCall[] = [];
  /** Values as stored by the last successful Commit/Finish: what survives a relaunch. */
  persisted = new Map<string, string>();
  readonly behaviour: FakeBehaviour = { failCommits: 0 };
  private state: 'new' | 'open' | 'closed' = 'new';
  private lastError = '0';

  constructor(
    readonly version: Version,
    preset: Record<string, string> = {},
  ) {
    for (const [element, value] of Object.entries(preset)) this.values.set(element, value);
    this.persisted = new Map(this.values);
  }

  sets(): [string, string][] {
    return this.calls.filter((call) => call.method === 'SetValue').map((call) => [call.element!, call.value!]);
  }

  count(method: FakeCall['method']): number {
    return this.calls.filter((call) => call.method === method).length;
  }

  private ok(): string {
    this.lastError = '0';
    return 'true';
  }

  private fail(code: string): string {
    this.lastError = code;
    return 'false';
  }

  initialize(): string {
    this.calls.push({ method: 'Initialize' });
    if (this.state !== 'new') return this.fail(this.version === '1.2' ? '101' : '103');
    this.state = 'open';
    return this.ok();
  }

  finish(): string {
    this.calls.push({ method: 'Finish' });
    if (this.state !== 'open') return this.fail(this.version === '1.2' ? '101' : '113');
    this.state = 'closed';
    if (this.behaviour.failFinish) return this.fail(this.version === '1.2' ? '101' : '111');
    this.persisted = new Map(this.values);
    return this.ok();
  }

  commit(): string {
    this.calls.push({ method: 'Commit' });
    if (this.state !== 'open') return this.fail(this.version === '1.2' ? '301' : '142');
    if (this.behaviour.failCommits > 0) {
      this.behaviour.failCommits -= 1;
      return this.fail(this.version === '1.2' ? '101' : '391');
    }
    this.persisted = new Map(this.values);
    return this.ok();
  }

  get(element: string): string {
    this.calls.push({ method: 'GetValue', element });
    if (this.state !== 'open') return (this.fail(this.version === '1.2' ? '301' : '122'), '');
    if (this.behaviour.noInteractions && element.startsWith('cmi.interactions')) return (this.fail('401'), '');
    const array = /^cmi\.(interactions|objectives)\._count$/.exec(element);
    if (array) return (this.ok(), String(this.arrayCount(array[1]!)));
    if (element === 'cmi.interactions._children') return (this.ok(), 'id,objectives,time,type,correct_responses,weighting,student_response,result,latency');
    const value = this.values.get(element);
    if (value === undefined) return this.version === '2004' ? (this.fail('403'), '') : (this.ok(), '');
    return (this.ok(), value);
  }

  set(element: string, value: string): string {
    this.calls.push({ method: 'SetValue', element, value });
    if (this.state !== 'open') return this.fail(this.version === '1.2' ? '301' : '132');
    if (this.behaviour.refuse?.test(element)) return this.fail(this.version === '1.2' ? '405' : '406');
    if (this.behaviour.noInteractions && element.startsWith('cmi.interactions')) return this.fail('401');
    const match = /^cmi\.(interactions|objectives)\.(\d+)\.(.+)$/.exec(element);
    if (match) {
      const [, array, index, suffix] = match;
      const count = this.arrayCount(array!);
      if (Number(index) > count) return this.fail(this.version === '1.2' ? '201' : '351');
      if (Number(index) === count && suffix !== 'id') return this.fail(this.version === '1.2' ? '201' : '408');
    }
    this.values.set(element, value);
    return this.ok();
  }

  arrayCount(array: string): number {
    let count = 0;
    while (this.values.has(`cmi.${array}.${count}.id`)) count++;
    return count;
  }

  lastErrorCode(): string {
    return this.lastError;
  }

  /** The API object a window carries. */
  api(): Scorm12Api | Scorm2004Api {
    const self = this;
    if (this.version === '1.2') {
      return {
        LMSInitialize: () => self.initialize(),
        LMSFinish: () => self.finish(),
        LMSGetValue: (element) => self.get(element),
        LMSSetValue: (element, value) => self.set(element, value),
        LMSCommit: () => self.commit(),
        LMSGetLastError: () => self.lastErrorCode(),
        LMSGetErrorString: (code) => `error ${code}`,
        LMSGetDiagnostic: (code) => `diagnostic ${code}`,
      } satisfies Scorm12Api;
    }
    return {
      Initialize: () => self.initialize(),
      Terminate: () => self.finish(),
      GetValue: (element) => self.get(element),
      SetValue: (element, value) => self.set(element, value),
      Commit: () => self.commit(),
      GetLastError: () => self.lastErrorCode(),
      GetErrorString: (code) => `error ${code}`,
      GetDiagnostic: (code) => `diagnostic ${code}`,
    } satisfies Scorm2004Api;
  }

  /** A window (the LMS frame's child) that finds this API in its parent. */
  window(): { parent: Record<string, unknown>; opener: null } {
    const parent: Record<string, unknown> = { [this.version === '1.2' ? 'API' : 'API_1484_11']: this.api() };
    parent.parent = parent;
    return { parent, opener: null };
  }
}

/** An in-memory Storage. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}
