/**
 * The session's credential from the cmi5 fetch URL (cmi5 §8.2): POSTed exactly once per launch;
 * the answer `{"auth-token": …}` becomes `Authorization: Basic <token>` on every LRS call. The
 * token is kept in `sessionStorage` under the fetch URL, so a reload of the same launch (same
 * tab, same URL) reuses it and continues the session instead of calling the fetch URL again,
 * which would answer error-code 1. The fetch URL's own errors (`{"error-code", "error-text"}`,
 * cmi5 §8.2.3) become a message the learner can act on.
 * @packageDocumentation
 */
import type { Fetch } from '../xapi/lrs-client.ts';

/** What this tab remembers of a launch. */
export interface LaunchSession {
  token: string;
  /** `terminated` was sent: the launch is over, the LMS must launch the course again. */
  ended?: boolean;
}

export type TokenOutcome = { ok: true; session: LaunchSession; reused: boolean } | { ok: false; message: string };

const key = (fetchUrl: string): string => `lmspack:cmi5:${fetchUrl}`;

/** The launch's session as kept in this tab, if any. */
export function keptSession(storage: Storage | undefined, fetchUrl: string): LaunchSession | undefined {
  try {
    const text = storage?.getItem(key(fetchUrl));
    const value = text ? (JSON.parse(text) as Partial<LaunchSession>) : undefined;
    return typeof value?.token === 'string' ? { token: value.token, ...(value.ended ? { ended: true } : {}) } : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the launch's session in this tab (best effort: without storage a reload starts over). */
export function keepSession(storage: Storage | undefined, fetchUrl: string, session: LaunchSession): void {
  try {
    storage?.setItem(key(fetchUrl), JSON.stringify(session));
  } catch {
    // A reload then calls the fetch URL again and is told it was used; nothing is lost.
  }
}

function fetchError(body: unknown, status: number): string {
  const error = body as { 'error-code'?: unknown; 'error-text'?: unknown } | undefined;
  const code = typeof error?.['error-code'] === 'string' ? error['error-code'] : undefined;
  const text = typeof error?.['error-text'] === 'string' ? error['error-text'] : '';
  if (code === '1') return `this launch was already used; open the course again from your LMS (${text})`;
  if (code === '2') return `the LMS refused the launch for security reasons (${text})`;
  if (code) return `the LMS could not start the launch (error ${code}: ${text})`;
  return `the LMS's fetch URL answered ${status} without a token`;
}

/** The token of this launch: kept from an earlier load of the same launch, or fetched once. */
export async function obtainToken(fetchUrl: string, fetch: Fetch, storage: Storage | undefined): Promise<TokenOutcome> {
  const kept = keptSession(storage, fetchUrl);
  if (kept) return { ok: true, session: kept, reused: true };
  let response: Response;
  try {
    response = await fetch(fetchUrl, { method: 'POST', cache: 'no-store' });
  } catch (error) {
    return { ok: false, message: `the LMS's fetch URL could not be reached: ${error instanceof Error ? error.message : String(error)}` };
  }
  const body = (await response.json().catch(() => undefined)) as { 'auth-token'?: unknown } | undefined;
  const token = body?.['auth-token'];
  if (!response.ok || typeof token !== 'string' || token === '') return { ok: false, message: fetchError(body, response.status) };
  const session = { token };
  keepSession(storage, fetchUrl, session);
  return { ok: true, session, reused: false };
}
