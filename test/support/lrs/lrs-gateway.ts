/**
 * The test LRS's front door on 127.0.0.1 and a free port: what the course is given as its
 * endpoint. Under `/xAPI/` it forwards statements to Learning Locker's statements service
 * (statements-service.ts) and serves the State and Agent Profile APIs from the TEST document
 * store (document-store.ts); `/cmi5/fetch/ID` are the cmi5 fetch URLs (cmi5-fetch.ts). Every
 * course request passes the fault injector (faults.ts) and is logged; it checks the
 * `Authorization` header (the basic-auth client, or a live cmi5 token) and answers 401
 * otherwise, and answers CORS preflights (the package and the LRS are different origins, as in
 * a real LMS). `/lrs-client` answers the statements service's client lookups (it is not for the
 * course).
 * @packageDocumentation
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Cmi5FetchUrls } from './cmi5-fetch.ts';
import type { DocumentResource, TestDocumentStore } from './document-store.ts';
import type { Fault, FaultInjector, SentStatement } from './faults.ts';

/** One request the course made, as the gateway answered it. */
export interface GatewayRequest {
  seq: number;
  at: number;
  method: string;
  target: 'statements' | 'state' | 'agentProfile' | 'fetch' | 'about' | 'other';
  /** Path and query as requested. */
  url: string;
  status: number | 'dropped';
  fault?: Fault['kind'];
  /** Statement ids in the body of a statements POST/PUT, in order. */
  statementIds: string[];
  /** Request headers the tests check. */
  version?: string;
  ifMatch?: string;
}

export interface GatewayOptions {
  store: TestDocumentStore;
  fetchUrls: Cmi5FetchUrls;
  faults: FaultInjector;
  /** The Authorization value of the LRS's basic-auth client. */
  clientAuthorization: string;
  /** The client record the statements service gets for an accepted credential. */
  clientRecord: object;
}

export interface LrsGateway {
  origin: string;
  /** Where the statements service is; set once it runs (it needs the gateway's `/lrs-client` first). */
  setUpstream(origin: string): void;
  requests(): GatewayRequest[];
  close(): Promise<void>;
}

const CORS_HEADERS = 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match';

function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-allow-methods': 'GET, PUT, POST, DELETE, HEAD, OPTIONS',
    'access-control-allow-headers': CORS_HEADERS,
    'access-control-expose-headers': 'ETag, Last-Modified, Retry-After, X-Experience-API-Version, X-Experience-API-Consistent-Through',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The statements in a statements POST/PUT body, in order. */
function statementsOf(method: string, body: Buffer): SentStatement[] {
  if (method !== 'POST' && method !== 'PUT') return [];
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return (Array.isArray(parsed) ? parsed : [parsed]).filter((item): item is SentStatement => typeof item === 'object' && item !== null);
  } catch {
    return [];
  }
}

function targetOf(pathname: string): GatewayRequest['target'] {
  if (pathname === '/xAPI/statements') return 'statements';
  if (pathname === '/xAPI/activities/state') return 'state';
  if (pathname === '/xAPI/agents/profile') return 'agentProfile';
  if (pathname === '/xAPI/about') return 'about';
  if (pathname.startsWith('/cmi5/fetch/')) return 'fetch';
  return 'other';
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

const textAnswer = (status: number, message: string, headers: Record<string, string> = {}): Answer => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'x-experience-api-version': '1.0.3', ...headers },
  body: message,
});

/** Forwards a request to the statements service and returns its answer. */
function forward(upstream: string, req: IncomingMessage, url: string, body: Buffer): Promise<Answer> {
  const headers: IncomingHttpHeaders = { ...req.headers, host: new URL(upstream).host };
  delete headers.origin; // CORS is the gateway's business.
  delete headers.connection;
  return new Promise((resolve, reject) => {
    const out = httpRequest(`${upstream}${url}`, { method: req.method, headers }, (res) => {
      readBody(res).then((answer) => {
        const passed: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value === undefined || name.startsWith('access-control-') || name === 'connection' || name === 'keep-alive' || name === 'transfer-encoding') continue;
          passed[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({ status: res.statusCode ?? 502, headers: passed, body: answer });
      }, reject);
    });
    out.on('error', reject);
    out.end(body);
  });
}

/** The answer a fault gives instead of the real one; undefined when the request still goes through (slow). */
function faultAnswer(fault: Fault): Answer | 'drop' | undefined {
  switch (fault.kind) {
    case 'down':
      return 'drop';
    case 'status':
      return textAnswer(fault.status, fault.message ?? `the test LRS answers ${fault.status} (fault injected)`);
    case 'rate-limit':
      return textAnswer(429, 'Too many requests (fault injected)', { 'retry-after': String(fault.retryAfterSeconds) });
    case 'reject-statement':
      return {
        status: 400,
        headers: { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3' },
        body: JSON.stringify({ message: `Problem in statement ${fault.statementId}: rejected by the test LRS (fault injected)`, warnings: [`statement ${fault.statementId}`] }),
      };
    case 'unauthorized':
      return textAnswer(401, 'The credentials have expired (fault injected)', { 'www-authenticate': 'Basic realm="test LRS"' });
    case 'slow':
      return undefined;
  }
}

export async function startLrsGateway(options: GatewayOptions): Promise<LrsGateway> {
  const { store, fetchUrls, faults } = options;
  let upstream = '';
  const log: GatewayRequest[] = [];
  const accepts = (authorization: string): boolean => authorization === options.clientAuthorization || fetchUrls.accepts(authorization);

  async function answer(req: IncomingMessage, url: URL, body: Buffer, entry: GatewayRequest, statements: SentStatement[]): Promise<Answer | 'drop'> {
    const authorization = req.headers.authorization ?? '';
    if (entry.target === 'other') return textAnswer(404, 'not found');
    if (entry.target !== 'about') {
      const fault = faults.pick({ target: entry.target, authorization, statements });
      if (fault) entry.fault = fault.kind;
      const early = fault && faultAnswer(fault);
      if (early) return early;
      const slow = fault?.kind === 'slow' ? fault.ms : 0;
      const real = await realAnswer(req, url, body, entry.target, authorization);
      if (slow) await new Promise((resolve) => setTimeout(resolve, slow));
      return real;
    }
    return forward(upstream, req, url.pathname + url.search, body);
  }

  async function realAnswer(req: IncomingMessage, url: URL, body: Buffer, target: GatewayRequest['target'], authorization: string): Promise<Answer> {
    if (target === 'fetch') {
      const result = fetchUrls.answer(url.pathname.slice('/cmi5/fetch/'.length), req.method ?? 'GET');
      return { status: result.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(result.body) };
    }
    if (!accepts(authorization)) return textAnswer(401, 'Unknown or expired credentials', { 'www-authenticate': 'Basic realm="test LRS"' });
    if (target === 'statements') return forward(upstream, req, url.pathname + url.search, body);
    // xAPI 1.0.3 Communication §3.3: every request carries the version header.
    if (!req.headers['x-experience-api-version']) return textAnswer(400, 'X-Experience-API-Version header missing');
    const result = store.handle({ method: req.method ?? 'GET', resource: target as DocumentResource, query: url.searchParams, headers: req.headers, body });
    return { status: result.status, headers: { 'x-experience-api-version': '1.0.3', ...(result.headers ?? {}) }, body: result.body ?? '' };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/lrs-client') {
      const known = accepts(req.headers.authorization ?? '');
      res.writeHead(known ? 200 : 404, { 'content-type': 'application/json' });
      res.end(known ? JSON.stringify(options.clientRecord) : '{}');
      return;
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, corsHeaders(req));
      res.end();
      return;
    }
    const body = await readBody(req);
    const statements = url.pathname === '/xAPI/statements' ? statementsOf(req.method ?? 'GET', body) : [];
    const entry: GatewayRequest = {
      seq: log.length,
      at: Date.now(),
      method: req.method ?? 'GET',
      target: targetOf(url.pathname),
      url: url.pathname + url.search,
      status: 0,
      statementIds: req.method === 'PUT' && url.searchParams.get('statementId') ? [url.searchParams.get('statementId')!] : statements.map((statement) => statement.id ?? '(no id)'),
      ...(req.headers['x-experience-api-version'] ? { version: String(req.headers['x-experience-api-version']) } : {}),
      ...(req.headers['if-match'] ? { ifMatch: String(req.headers['if-match']) } : {}),
    };
    log.push(entry);
    const result = await answer(req, url, body, entry, statements);
    if (result === 'drop') {
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    entry.status = result.status;
    if (res.destroyed) return;
    res.writeHead(result.status, { ...result.headers, ...corsHeaders(req) });
    res.end(result.body);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', ...corsHeaders(req) });
        res.end(`test LRS gateway: ${error instanceof Error ? error.message : String(error)}`);
      } else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the LRS gateway has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    setUpstream(origin) {
      upstream = origin;
    },
    requests: () => log.map((entry) => ({ ...entry, statementIds: [...entry.statementIds] })),
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
