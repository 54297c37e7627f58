/**
 * The cmi5 fetch URLs of the test LMS (cmi5 spec §8.2): one per launch. The first POST answers
 * `{"auth-token": …}`; the AU sends it as `Authorization: Basic <token>` for the rest of the
 * session. Any later call gets the spec's error object with error-code "1" (already in use), a
 * GET gets error-code "3" (§8.2.1: the AU must POST). Tokens can be expired to test a 401.
 * @packageDocumentation
 */
import { randomBytes, randomUUID } from 'node:crypto';

export interface FetchAnswer {
  status: number;
  body: { 'auth-token': string } | { 'error-code': '1' | '2' | '3'; 'error-text': string };
}

interface FetchUrl {
  token: string;
  calls: number;
}

export class Cmi5FetchUrls {
  private readonly urls = new Map<string, FetchUrl>();
  private readonly expired = new Set<string>();

  /** A new one-time fetch URL id and the token it will hand out. */
  create(): { id: string; token: string } {
    const id = randomUUID();
    const token = randomBytes(24).toString('base64');
    this.urls.set(id, { token, calls: 0 });
    return { id, token };
  }

  answer(id: string, method: string): FetchAnswer {
    const url = this.urls.get(id);
    if (!url) return { status: 404, body: { 'error-code': '3', 'error-text': 'no such launch' } };
    if (method !== 'POST') return { status: 400, body: { 'error-code': '3', 'error-text': 'the fetch URL must be called with POST' } };
    url.calls += 1;
    if (url.calls > 1) return { status: 200, body: { 'error-code': '1', 'error-text': 'This fetch URL has already been used; launch the AU again from the LMS.' } };
    return { status: 200, body: { 'auth-token': url.token } };
  }

  /** How many times a fetch URL was called. */
  calls(id: string): number {
    return this.urls.get(id)?.calls ?? 0;
  }

  /** Whether `Basic <token>` is a live cmi5 session credential. */
  accepts(authorization: string): boolean {
    const token = /^Basic (.+)$/.exec(authorization)?.[1];
    if (!token || this.expired.has(token)) return false;
    return [...this.urls.values()].some((url) => url.token === token && url.calls > 0);
  }

  /** Ends every session token handed out so far (the LMS's session expired). */
  expireAll(): string[] {
    const tokens = [...this.urls.values()].filter((url) => url.calls > 0).map((url) => url.token);
    for (const token of tokens) this.expired.add(token);
    return tokens;
  }
}
