/**
 * The HTTP calls to the LRS, with plain `fetch`: statements (POST, xAPI 1.0.3 Communication
 * §2.1), State API documents with ETags (§2.3, concurrency §3.1) and the agent profile cmi5 reads
 * (§2.6). Every request carries `X-Experience-API-Version: 1.0.3` (§3.3) and the launch's
 * Authorization value. Each answer is classified into what the caller must do, with the LRS's
 * own message kept for the log: `@xapi/xapi`'s fetch adapter drops the status code, and its
 * default axios adapter would add axios to every package.
 * @packageDocumentation
 */
import type { Agent, Statement } from './statement.ts';

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Where and how to call the LRS. */
export interface LrsConnection {
  /** Ends in `/`. */
  endpoint: string;
  /** The whole Authorization header value; empty sends none. */
  auth: string;
  fetch: Fetch;
  /** Longest wait for an answer before counting the call as a network failure, ms. @default 30000 */
  timeoutMs?: number;
}

/** What became of a statements POST. */
export type SendOutcome =
  /** Stored (200, or 204 when the LRS already had them). */
  | { kind: 'delivered' }
  /**
   * 409: the LRS holds a statement with one of these ids (xAPI 1.0.3 Communication §2.1.2). For
   * one statement that means it is stored; in a batch the others may not be.
   */
  | { kind: 'conflict' }
  /** 400 or 403: the statements themselves are wrong; sending them again cannot help. */
  | { kind: 'rejected'; status: number; message: string }
  /** 401: the credentials expired or were never valid (a cmi5 token lives one session). */
  | { kind: 'unauthorized'; message: string }
  /** Network failure, timeout, 5xx, 429 or anything else: try again later. */
  | { kind: 'retry'; message: string; retryAfterMs?: number };

export const XAPI_VERSION = '1.0.3';

function headers(connection: LrsConnection, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'X-Experience-API-Version': XAPI_VERSION,
    ...(connection.auth ? { Authorization: connection.auth } : {}),
    ...extra,
  };
}

/** `Retry-After` as ms: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** One request, with a timeout; a network failure or timeout resolves to undefined. */
async function call(connection: LrsConnection, url: string, init: RequestInit): Promise<Response | string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), connection.timeoutMs ?? 30_000);
  try {
    return await connection.fetch(url, { ...init, signal: controller.signal });
  } catch (error) {
    return controller.signal.aborted ? 'no answer within the time limit' : `network error: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    clearTimeout(timer);
  }
}

/** The LRS's own message: its JSON `message`, or the start of its body. */
async function lrsMessage(response: Response): Promise<string> {
  const body = await response.text().catch(() => '');
  try {
    const json = JSON.parse(body) as { message?: unknown };
    if (typeof json.message === 'string') return `HTTP ${response.status}: ${json.message}`;
  } catch {
    // Not JSON: the text itself.
  }
  const text = body.slice(0, 300).trim() || response.statusText;
  return text ? `HTTP ${response.status}: ${text}` : `HTTP ${response.status}`;
}

/**
 * POSTs statements in one request. `keepalive` lets the request outlive the page (`pagehide`);
 * the browser then allows at most 64 KB of such request bodies in flight (Fetch Standard
 * "keepalive"), so the caller keeps the batch under that.
 */
export async function postStatements(connection: LrsConnection, statements: readonly Statement[], options: { keepalive?: boolean; now?: number } = {}): Promise<SendOutcome> {
  const response = await call(connection, `${connection.endpoint}statements`, {
    method: 'POST',
    headers: headers(connection, { 'Content-Type': 'application/json' }),
    body: JSON.stringify(statements),
    ...(options.keepalive ? { keepalive: true } : {}),
  });
  if (typeof response === 'string') return { kind: 'retry', message: response };
  if (response.ok) return { kind: 'delivered' };
  if (response.status === 409) return { kind: 'conflict' };
  const message = await lrsMessage(response);
  if (response.status === 400 || response.status === 403) return { kind: 'rejected', status: response.status, message };
  if (response.status === 401) return { kind: 'unauthorized', message };
  const wait = retryAfterMs(response.headers.get('Retry-After'), options.now ?? Date.now());
  return { kind: 'retry', message, ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
}

/** Which document: State API (`activities/state`) or agent profile (`agents/profile`). */
export type DocumentAddress =
  | { kind: 'state'; activityId: string; agent: Agent; registration?: string; stateId: string }
  | { kind: 'agent-profile'; agent: Agent; profileId: string };

function documentUrl(connection: LrsConnection, address: DocumentAddress): string {
  const params = new URLSearchParams();
  if (address.kind === 'state') {
    params.set('stateId', address.stateId);
    params.set('activityId', address.activityId);
    params.set('agent', JSON.stringify(address.agent));
    if (address.registration) params.set('registration', address.registration);
    return `${connection.endpoint}activities/state?${params}`;
  }
  params.set('profileId', address.profileId);
  params.set('agent', JSON.stringify(address.agent));
  return `${connection.endpoint}agents/profile?${params}`;
}

/** A document as read: its JSON (undefined when there is none) and its ETag. */
export type DocumentRead = { ok: true; json: unknown; etag?: string } | { ok: false; status?: number; message: string };

/** GETs a JSON document; a 404 is "no document yet", not an error. */
export async function getDocument(connection: LrsConnection, address: DocumentAddress): Promise<DocumentRead> {
  const response = await call(connection, documentUrl(connection, address), { method: 'GET', headers: headers(connection), cache: 'no-store' });
  if (typeof response === 'string') return { ok: false, message: response };
  if (response.status === 404) return { ok: true, json: undefined };
  if (!response.ok) return { ok: false, status: response.status, message: await lrsMessage(response) };
  const etag = response.headers.get('ETag') ?? undefined;
  const text = await response.text();
  try {
    return { ok: true, json: text ? (JSON.parse(text) as unknown) : undefined, ...(etag ? { etag } : {}) };
  } catch {
    return { ok: true, json: undefined, ...(etag ? { etag } : {}) };
  }
}

/** What became of a document PUT. */
export type DocumentWrite = { kind: 'saved'; etag?: string } | { kind: 'changed' } | { kind: 'failed'; status?: number; message: string };

/**
 * When a PUT may replace the stored document (xAPI 1.0.3 Communication §3.1): only if it is still
 * the one with this ETag (If-Match), only if there is none yet (`create`: If-None-Match `*`), or
 * unconditionally (`overwrite`, for an LRS that gives no ETags).
 */
export type WriteCondition = { etag: string } | 'create' | 'overwrite';

/** PUTs a JSON document; a 412 means another tab wrote since this one read (`changed`). */
export async function putDocument(connection: LrsConnection, address: DocumentAddress, json: unknown, when: WriteCondition, options: { keepalive?: boolean } = {}): Promise<DocumentWrite> {
  const condition: Record<string, string> = when === 'create' ? { 'If-None-Match': '*' } : when === 'overwrite' ? {} : { 'If-Match': when.etag };
  const response = await call(connection, documentUrl(connection, address), {
    method: 'PUT',
    headers: headers(connection, { 'Content-Type': 'application/json', ...condition }),
    body: JSON.stringify(json),
    ...(options.keepalive ? { keepalive: true } : {}),
  });
  if (typeof response === 'string') return { kind: 'failed', message: response };
  if (response.status === 412) return { kind: 'changed' };
  if (!response.ok) return { kind: 'failed', status: response.status, message: await lrsMessage(response) };
  const next = response.headers.get('ETag') ?? undefined;
  return { kind: 'saved', ...(next ? { etag: next } : {}) };
}
