/**
 * A TEST document store: the xAPI State API (`activities/state`) and Agent Profile API
 * (`agents/profile`) in memory, because Learning Locker's statements service has neither.
 * Documents are keyed as xAPI 1.0.3 Communication §2.3 and §2.6 key them (activity, agent,
 * registration, stateId / profileId); every document has an ETag (a quoted SHA-1 of its bytes)
 * and writes honour `If-Match` / `If-None-Match` (Communication §3.1: 412 when they fail; for
 * agent profiles also 409 for an unconditional PUT over an existing document). POST merges JSON
 * objects top-level key by key (Communication §2.2 "JSON Procedure"), and answers 400 for
 * anything else.
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export type DocumentResource = 'state' | 'agentProfile';

export interface StoredDocument {
  contentType: string;
  body: Buffer;
  etag: string;
  updated: string;
}

export interface DocumentRequest {
  method: string;
  resource: DocumentResource;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface DocumentResponse {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

/** The inverse functional identifier of an agent as a stable string (xAPI Data §2.4.2.1). */
export function agentKey(agentJson: string | null): string | undefined {
  if (!agentJson) return undefined;
  let agent: unknown;
  try {
    agent = JSON.parse(agentJson);
  } catch {
    return undefined;
  }
  if (typeof agent !== 'object' || agent === null) return undefined;
  const a = agent as Record<string, unknown>;
  if (typeof a.mbox === 'string') return `mbox:${a.mbox}`;
  if (typeof a.mbox_sha1sum === 'string') return `sha1:${a.mbox_sha1sum}`;
  if (typeof a.openid === 'string') return `openid:${a.openid}`;
  const account = a.account as Record<string, unknown> | undefined;
  if (account && typeof account.homePage === 'string' && typeof account.name === 'string') return `account:${account.homePage}|${account.name}`;
  return undefined;
}

const etagOf = (body: Buffer): string => `"${createHash('sha1').update(body).digest('hex')}"`;

const json = (status: number, value: unknown): DocumentResponse => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
const text = (status: number, message: string): DocumentResponse => ({ status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: message });

function parseObject(body: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export class TestDocumentStore {
  private readonly documents = new Map<string, StoredDocument>();

  /** The document under a key made by {@link stateKey} or {@link profileKey}. */
  get(key: string): StoredDocument | undefined {
    return this.documents.get(key);
  }

  /** A state document as JSON, or undefined. */
  stateJson(activityId: string, agent: object, registration: string | undefined, stateId: string): unknown {
    const document = this.documents.get(stateKey(activityId, agentKey(JSON.stringify(agent))!, registration, stateId));
    return document ? JSON.parse(document.body.toString('utf8')) : undefined;
  }

  /** Writes a document directly (as the LMS does for LMS.LaunchData before launch). */
  put(key: string, value: unknown): void {
    const body = Buffer.from(JSON.stringify(value));
    this.documents.set(key, { contentType: 'application/json', body, etag: etagOf(body), updated: new Date().toISOString() });
  }

  /** Every state document of a registration: stateId → size in bytes and parsed JSON (or text). */
  statesOf(registration: string): { stateId: string; bytes: number; etag: string; value: unknown }[] {
    return [...this.documents.entries()]
      .filter(([key]) => key.startsWith('state\n') && key.split('\n')[3] === registration)
      .map(([key, document]) => {
        const raw = document.body.toString('utf8');
        let value: unknown = raw;
        try {
          value = JSON.parse(raw);
        } catch {
          // not JSON: shown as text
        }
        return { stateId: key.split('\n')[4]!, bytes: document.body.length, etag: document.etag, value };
      });
  }

  handle(request: DocumentRequest): DocumentResponse {
    const { query, resource } = request;
    const agent = agentKey(query.get('agent'));
    if (!agent) return text(400, 'agent must be a JSON Agent with one inverse functional identifier');
    if (resource === 'state') {
      const activityId = query.get('activityId');
      if (!activityId) return text(400, 'activityId is required');
      const stateId = query.get('stateId');
      const registration = query.get('registration') ?? undefined;
      if (!stateId) return this.many(request.method, stateKey(activityId, agent, registration, ''));
      return this.one(request, stateKey(activityId, agent, registration, stateId), false);
    }
    const profileId = query.get('profileId');
    if (!profileId) return this.many(request.method, profileKey(agent, ''));
    return this.one(request, profileKey(agent, profileId), true);
  }

  /** GET lists the ids under a prefix; DELETE removes them all (Communication §2.3 "multiple document"). */
  private many(method: string, prefix: string): DocumentResponse {
    const keys = [...this.documents.keys()].filter((key) => key.startsWith(prefix));
    if (method === 'GET') return json(200, keys.map((key) => key.slice(prefix.length)));
    if (method === 'DELETE') {
      for (const key of keys) this.documents.delete(key);
      return { status: 204 };
    }
    return text(400, 'stateId / profileId is required for this method');
  }

  private one(request: DocumentRequest, key: string, profile: boolean): DocumentResponse {
    const existing = this.documents.get(key);
    if (request.method === 'GET' || request.method === 'HEAD') {
      if (!existing) return text(404, 'no such document');
      return { status: 200, headers: { 'content-type': existing.contentType, etag: existing.etag, 'last-modified': new Date(existing.updated).toUTCString() }, body: request.method === 'HEAD' ? '' : existing.body };
    }
    const precondition = checkPreconditions(request.headers, existing, profile && request.method === 'PUT');
    if (precondition) return precondition;
    if (request.method === 'DELETE') {
      this.documents.delete(key);
      return { status: 204 };
    }
    const contentType = String(request.headers['content-type'] ?? 'application/octet-stream').split(';')[0]!.trim();
    let body = request.body;
    if (request.method === 'POST' && existing) {
      const stored = existing.contentType === 'application/json' ? parseObject(existing.body) : undefined;
      const posted = contentType === 'application/json' ? parseObject(body) : undefined;
      if (!stored || !posted) return text(400, 'POST merges only a JSON object into a stored JSON object');
      body = Buffer.from(JSON.stringify({ ...stored, ...posted }));
    } else if (request.method !== 'PUT' && request.method !== 'POST') {
      return text(405, `${request.method} is not allowed here`);
    }
    const etag = etagOf(body);
    this.documents.set(key, { contentType, body, etag, updated: new Date().toISOString() });
    return { status: 204, headers: { etag } };
  }
}

/** xAPI 1.0.3 Communication §3.1 "Concurrency". */
function checkPreconditions(headers: IncomingHttpHeaders, existing: StoredDocument | undefined, unconditionalPutIsConflict: boolean): DocumentResponse | undefined {
  const ifMatch = headers['if-match'];
  const ifNoneMatch = headers['if-none-match'];
  if (ifMatch !== undefined) {
    const tags = String(ifMatch).split(',').map((tag) => tag.trim());
    if (!existing || !(tags.includes('*') || tags.includes(existing.etag))) return text(412, `If-Match ${ifMatch} does not match the document's ETag ${existing?.etag ?? '(no document)'}`);
  }
  if (ifNoneMatch !== undefined && String(ifNoneMatch).trim() === '*' && existing) return text(412, 'If-None-Match: * but the document exists');
  if (unconditionalPutIsConflict && existing && ifMatch === undefined && ifNoneMatch === undefined) return text(409, 'the document exists: send If-Match with its ETag');
  return undefined;
}

export function stateKey(activityId: string, agent: string, registration: string | undefined, stateId: string): string {
  return ['state', activityId, agent, registration ?? '', stateId].join('\n');
}

export function profileKey(agent: string, profileId: string): string {
  return ['agentProfile', agent, profileId].join('\n');
}
