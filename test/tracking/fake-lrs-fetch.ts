/**
 * A scripted LRS for unit tests of the xAPI and cmi5 trackers: a `fetch` that answers statement
 * POSTs with the statuses a test queues (then 200) and stores statements by id as an LRS does; a
 * State API and agent-profile store with ETags and If-Match / If-None-Match (xAPI 1.0.3
 * Communication §2.3, §3.1); and a cmi5 fetch URL that hands out one token (cmi5 §8.2).
 */
import type { Statement } from '../../tracking/xapi/statement.ts';

export interface ScriptedAnswer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Fail at the network level instead of answering. */
  network?: boolean;
}

interface StoredDocument {
  body: string;
  etag: string;
}

export class FakeLrsFetch {
  readonly requests: { url: string; init: RequestInit; statements: Statement[] }[] = [];
  readonly stored = new Map<string, Statement>();
  readonly documents = new Map<string, StoredDocument>();
  private readonly script: ScriptedAnswer[] = [];
  private etags = 0;
  private fetchCalls = 0;

  /** Answers for the next statement POSTs, in order. */
  answer(...answers: ScriptedAnswer[]): this {
    this.script.push(...answers);
    return this;
  }

  /** Statement ids in the order the LRS stored them. */
  get storedIds(): string[] {
    return [...this.stored.keys()];
  }

  /** The short verbs of the stored statements, in order. */
  get verbs(): string[] {
    return [...this.stored.values()].map((statement) => statement.verb.id.split('/').pop()!);
  }

  /** Puts a document as the LMS would (LMS.LaunchData, learner preferences). */
  putDocument(resource: 'activities/state' | 'agents/profile', id: string, value: unknown): void {
    this.documents.set(`${resource}:${id}`, { body: JSON.stringify(value), etag: `"e${++this.etags}"` });
  }

  /** The JSON of a stored document. */
  document(resource: 'activities/state' | 'agents/profile', id: string): unknown {
    const stored = this.documents.get(`${resource}:${id}`);
    return stored ? JSON.parse(stored.body) : undefined;
  }

  readonly fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const path = new URL(url).pathname;
    if (path.endsWith('/fetch')) return this.token();
    if (path.endsWith('/activities/state') || path.endsWith('/agents/profile')) return this.documentRequest(url, init);
    return this.statements(url, init);
  };

  private token(): Response {
    this.fetchCalls += 1;
    return Response.json(this.fetchCalls === 1 ? { 'auth-token': 'dG9rZW4=' } : { 'error-code': '1', 'error-text': 'already used' });
  }

  private async statements(url: string, init: RequestInit): Promise<Response> {
    const statements = init.body ? (JSON.parse(String(init.body)) as Statement[]) : [];
    this.requests.push({ url, init, statements });
    const next = this.script.shift() ?? { status: 200 };
    if (next.network) throw new TypeError('Failed to fetch');
    if (next.status === 200) for (const statement of statements) if (!this.stored.has(statement.id)) this.stored.set(statement.id, statement);
    const body = next.status === 200 ? JSON.stringify(statements.map((statement) => statement.id)) : (next.body ?? '');
    return new Response(body, { status: next.status, headers: next.headers ?? {} });
  }

  private documentRequest(url: string, init: RequestInit): Response {
    const parsed = new URL(url);
    const resource = parsed.pathname.endsWith('/activities/state') ? 'activities/state' : 'agents/profile';
    const id = parsed.searchParams.get('stateId') ?? parsed.searchParams.get('profileId') ?? '';
    const key = `${resource}:${id}`;
    const existing = this.documents.get(key);
    this.requests.push({ url, init, statements: [] });
    if ((init.method ?? 'GET') === 'GET') return existing ? new Response(existing.body, { status: 200, headers: { ETag: existing.etag } }) : new Response('', { status: 404 });
    const headers = (init.headers ?? {}) as Record<string, string>;
    if (headers['If-Match'] !== undefined && headers['If-Match'] !== existing?.etag) return new Response('', { status: 412 });
    if (headers['If-None-Match'] === '*' && existing) return new Response('', { status: 412 });
    const etag = `"e${++this.etags}"`;
    this.documents.set(key, { body: String(init.body), etag });
    return new Response(null, { status: 204, headers: { ETag: etag } });
  }
}
