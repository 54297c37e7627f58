/**
 * The test LMS's HTTP server, on 127.0.0.1 and a free port. It serves:
 *
 * - `/?launch=ID` — the LMS page (`lms-page.html`), which launches the SCO configured as ID;
 * - `/harness/*.js` — the page's script, the launch-data and panel-layout modules, TypeScript transpiled on request;
 * - `/scorm-again.js` — scorm-again's browser build (`dist/scorm-again.js`, which defines
 *   `window.Scorm12API` and `window.Scorm2004API`, as scorm-again's README describes);
 * - `/package/NAME/…` — the files of an unzipped package;
 * - `/nest?src=…` — an empty page holding an iframe, for a SCO two frames below the API;
 * - `GET /launch/ID`, `POST /launch` — launch configurations (the page fetches its own; the
 *   preview page posts a new one to relaunch);
 * - `POST /log/ID`, `GET /log/ID` — the page's records of a launch, sent as beacons so that
 *   calls made from a pagehide handler survive the page.
 *
 * Everything is one origin, as when Moodle serves a package from its own pluginfile.php.
 * @packageDocumentation
 */
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { ApiCall, CmiData, LaunchConfig, ManifestDefaults, MirrorMessage } from './launch-data.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
/** scorm-again's IIFE browser build (the package's `require`/`default` export). */
const SCORM_AGAIN = require.resolve('scorm-again');
/** The harness's own modules the browser may load. */
const BROWSER_MODULES = new Set(['lms-page', 'launch-data', 'panel-layout']);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A launch configuration as the server keeps it (with the manifest facts, for the preview's Relaunch button). */
export type StoredLaunch = LaunchConfig & { manifest?: ManifestDefaults };

/** What the page reported for one launch, kept by the server (it outlives the page). */
export interface LaunchLog {
  /** Indexed by `seq`; holes where a beacon has not arrived (yet). */
  calls: (ApiCall | null)[];
  stored?: CmiData;
  commits: number;
}

/** A running test LMS. */
export interface LmsHarness {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  origin: string;
  /** Registers a launch and returns the URL of the LMS page that runs it. */
  launchUrl(config: StoredLaunch): { id: string; url: string };
  /** Serves another unzipped package under `/package/NAME/`. */
  addPackage(name: string, dir: string): void;
  close(): Promise<void>;
}

/** Options of {@link startLmsHarness}. */
export interface LmsHarnessOptions {
  /** Package name → folder of its unzipped files, served at `/package/NAME/`. */
  packages?: Record<string, string>;
  /** Port to listen on. @default 0 (any free port) */
  port?: number;
}

const transpiled = new Map<string, string>();

async function browserModule(name: string): Promise<string> {
  const cached = transpiled.get(name);
  if (cached) return cached;
  const source = await readFile(path.join(HERE, `${name}.ts`), 'utf8');
  const output = ts.transpileModule(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
      rewriteRelativeImportExtensions: true,
    },
    fileName: `${name}.ts`,
  }).outputText;
  transpiled.set(name, output);
  return output;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the test LMS. */
export async function startLmsHarness(options: LmsHarnessOptions = {}): Promise<LmsHarness> {
  const packages = new Map(Object.entries(options.packages ?? {}).map(([name, dir]) => [name, path.resolve(dir)]));
  const launches = new Map<string, StoredLaunch>();
  const logs = new Map<string, LaunchLog>();
  const pageHtml = await readFile(path.join(HERE, 'lms-page.html'), 'utf8');

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    if (req.method === 'POST' && pathname === '/launch') {
      const config = JSON.parse(await readBody(req)) as StoredLaunch;
      const id = randomUUID();
      launches.set(id, config);
      send(res, 200, TYPES['.json']!, JSON.stringify({ id }));
      return;
    }
    const log = /^\/log\/([\w-]+)$/.exec(pathname)?.[1];
    if (log && req.method === 'POST') {
      const message = JSON.parse(await readBody(req)) as MirrorMessage;
      const entry = logs.get(log) ?? { calls: [], commits: 0 };
      if (message.type === 'call') entry.calls[message.call.seq] = message.call;
      else if (message.commits >= entry.commits) Object.assign(entry, { stored: message.data, commits: message.commits });
      logs.set(log, entry);
      return send(res, 204, TYPES['.txt']!, '');
    }
    if (log) return send(res, 200, TYPES['.json']!, JSON.stringify(logs.get(log) ?? { calls: [], commits: 0 }));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, TYPES['.txt']!, 'method not allowed');
    if (pathname === '/' || pathname === '/index.html') return send(res, 200, TYPES['.html']!, pageHtml);
    if (pathname === '/favicon.ico') return send(res, 204, TYPES['.txt']!, '');
    if (pathname === '/scorm-again.js') return send(res, 200, TYPES['.js']!, await readFile(SCORM_AGAIN));
    const harnessModule = /^\/harness\/([a-z-]+)\.js$/.exec(pathname)?.[1];
    if (harnessModule && BROWSER_MODULES.has(harnessModule)) return send(res, 200, TYPES['.js']!, await browserModule(harnessModule));
    const launch = /^\/launch\/([\w-]+)$/.exec(pathname)?.[1];
    if (launch) {
      const config = launches.get(launch);
      return config ? send(res, 200, TYPES['.json']!, JSON.stringify(config)) : send(res, 404, TYPES['.txt']!, 'no such launch');
    }
    if (pathname === '/nest') {
      const src = url.searchParams.get('src') ?? '';
      if (!src.startsWith('/package/')) return send(res, 400, TYPES['.txt']!, 'src must be a package path');
      const escaped = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      return send(
        res,
        200,
        TYPES['.html']!,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Nested frame</title><style>html,body,iframe{height:100%;width:100%;margin:0;border:0;display:block}</style></head><body><iframe id="sco" title="Course" src="${escaped}"></iframe></body></html>`,
      );
    }
    const packageFile = /^\/package\/([^/]+)\/(.*)$/.exec(pathname);
    if (packageFile) {
      const root = packages.get(packageFile[1]!);
      const file = path.resolve(root ?? '/nonexistent', packageFile[2] || 'index.html');
      if (!root || !file.startsWith(root + path.sep)) return send(res, 404, TYPES['.txt']!, 'not found');
      try {
        if (!(await stat(file)).isFile()) return send(res, 404, TYPES['.txt']!, 'not found');
        return send(res, 200, TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', await readFile(file));
      } catch {
        return send(res, 404, TYPES['.txt']!, 'not found');
      }
    }
    send(res, 404, TYPES['.txt']!, 'not found');
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, TYPES['.txt']!, String(error));
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test LMS has no port');
  const origin = `http://127.0.0.1:${address.port}`;

  return {
    origin,
    launchUrl(config) {
      const id = randomUUID();
      launches.set(id, config);
      return { id, url: `${origin}/?launch=${id}` };
    },
    addPackage(name, dir) {
      packages.set(name, path.resolve(dir));
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
