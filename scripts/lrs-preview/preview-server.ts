/**
 * The xAPI / cmi5 preview: the package launched as an LMS would launch it, against the same real
 * LRS the end-to-end tests use (test/support/lrs: Learning Locker's statements service behind the
 * test gateway), with a panel showing the statement stream, the state documents and buttons that
 * start a new registration, relaunch, or make the LRS fail. Three origins, as in production: this
 * page (the "LMS"), the package server (test/support/lms-harness) and the LRS.
 * @packageDocumentation
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { startLmsHarness, type LmsHarness } from '../../test/support/lms-harness/server.ts';
import type { FaultRule } from '../../test/support/lrs/faults.ts';
import type { LrsPackage } from '../../test/support/lrs/lrs-packages.ts';
import { startTestLrs, testLearner, type TestLrs } from '../../test/support/lrs/test-lrs.ts';
import { statementLine } from './statement-summary.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The problems the panel's buttons switch on and off. */
export type PreviewFault = 'offline' | 'error500' | 'tokenExpired';

export interface PreviewSnapshot {
  title: string;
  format: LrsPackage['format'];
  registration: string;
  launchUrl: string;
  statements: ReturnType<typeof statementLine>[];
  state: { stateId: string; bytes: number; value: unknown }[];
  faults: Record<PreviewFault, boolean>;
  requests: { method: string; target: string; status: number | 'dropped' }[];
}

export interface LrsPreview {
  url: string;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** The page's script and the panel layout it imports, as the browser asks for them. */
const PAGE_MODULES = new Map([
  ['/preview.js', path.join(HERE, 'preview-page.ts')],
  ['/test/support/lms-harness/panel-layout.js', path.join(HERE, '../../test/support/lms-harness/panel-layout.ts')],
]);

async function browserModule(file: string): Promise<string> {
  const source = await readFile(file, 'utf8');
  return ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true, rewriteRelativeImportExtensions: true },
    fileName: path.basename(file),
  }).outputText;
}

/** What the preview does to the LRS: launches and faults. */
class PreviewSession {
  registration = randomUUID();
  launchUrl = '';
  private readonly rules = new Map<PreviewFault, FaultRule>();
  private tokenExpired = false;
  private readonly actor = testLearner();

  constructor(
    private readonly lrs: TestLrs,
    private readonly pkg: LrsPackage,
    private readonly packageUrl: string,
    private readonly returnUrl: string,
  ) {}

  /** A launch in the current registration (relaunch) or a new one. */
  async launch(fresh: boolean): Promise<string> {
    if (fresh) this.registration = randomUUID();
    this.setFault('tokenExpired', false); // a new launch brings new credentials
    if (this.pkg.format === 'xapi') {
      this.launchUrl = this.lrs.xapiLaunchUrl(this.packageUrl, { actor: this.actor, registration: this.registration });
    } else {
      const launch = await this.lrs.prepareCmi5Launch({
        packageUrl: this.packageUrl,
        auId: this.pkg.activityId,
        actor: this.actor,
        registration: this.registration,
        ...(this.pkg.moveOn ? { moveOn: this.pkg.moveOn } : {}),
        ...(this.pkg.masteryScore === undefined ? {} : { masteryScore: this.pkg.masteryScore }),
        returnURL: this.returnUrl,
      });
      this.launchUrl = launch.url;
    }
    return this.launchUrl;
  }

  setFault(fault: PreviewFault, on: boolean): void {
    const existing = this.rules.get(fault);
    if (existing) this.lrs.faults.remove(existing);
    this.rules.delete(fault);
    if (fault === 'tokenExpired') this.tokenExpired = on;
    if (!on) return;
    if (fault === 'offline') this.rules.set(fault, this.lrs.faults.add('any', { kind: 'down' }));
    if (fault === 'error500') this.rules.set(fault, this.lrs.faults.add('any', { kind: 'status', status: 500, message: 'Internal Server Error (preview: "LRS answers 500" is on)' }));
    if (fault === 'tokenExpired') {
      // cmi5: the session's token really expires. xAPI: the launch's credential is refused until the next launch.
      if (this.pkg.format === 'cmi5') this.lrs.expireCmi5Tokens();
      else this.rules.set(fault, this.lrs.faults.add('any', { kind: 'unauthorized', authorization: this.lrs.auth }));
    }
  }

  async snapshot(): Promise<PreviewSnapshot> {
    return {
      title: this.pkg.title,
      format: this.pkg.format,
      registration: this.registration,
      launchUrl: this.launchUrl,
      statements: (await this.lrs.statements(this.registration)).map(statementLine),
      state: this.lrs.store.statesOf(this.registration).map(({ stateId, bytes, value }) => ({ stateId, bytes, value })),
      faults: { offline: this.rules.has('offline'), error500: this.rules.has('error500'), tokenExpired: this.tokenExpired },
      requests: this.lrs
        .requests()
        .slice(-12)
        .map(({ method, target, status }) => ({ method, target, status })),
    };
  }
}

export async function startLrsPreview(pkg: LrsPackage, port = 0): Promise<LrsPreview> {
  const lrs = await startTestLrs();
  let content: LmsHarness | undefined;
  let server: Server | undefined;
  try {
    content = await startLmsHarness({ packages: { course: pkg.dir } });
    const pageHtml = await readFile(path.join(HERE, 'preview-page.html'), 'utf8');
    const scripts = new Map(await Promise.all([...PAGE_MODULES].map(async ([url, file]) => [url, await browserModule(file)] as const)));
    let session: PreviewSession | undefined;
    const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (pathname === '/') return send(res, 200, 'text/html; charset=utf-8', pageHtml);
      if (pathname === '/favicon.ico') return send(res, 204, 'text/plain', '');
      const script = scripts.get(pathname);
      if (script !== undefined) return send(res, 200, 'text/javascript; charset=utf-8', script);
      if (pathname === '/returned') return send(res, 200, 'text/html; charset=utf-8', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Returned</title></head><body style="font:16px system-ui;padding:2rem"><h1>Back in the LMS</h1><p>The course followed <code>returnURL</code> from LMS.LaunchData on exit.</p></body></html>');
      if (!session) return send(res, 503, 'text/plain; charset=utf-8', 'starting');
      if (pathname === '/api/session') return send(res, 200, 'application/json', JSON.stringify(await session.snapshot()));
      if (pathname === '/api/launch' && req.method === 'POST') {
        const { fresh } = JSON.parse(await readBody(req)) as { fresh: boolean };
        return send(res, 200, 'application/json', JSON.stringify({ launchUrl: await session.launch(fresh) }));
      }
      if (pathname === '/api/fault' && req.method === 'POST') {
        const { fault, on } = JSON.parse(await readBody(req)) as { fault: PreviewFault; on: boolean };
        session.setFault(fault, on);
        return send(res, 204, 'text/plain', '');
      }
      send(res, 404, 'text/plain; charset=utf-8', 'not found');
    };
    const http = createServer((req, res) => {
      handle(req, res).catch((error: unknown) => send(res, 500, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error)));
    });
    server = http;
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, '127.0.0.1', () => resolve());
    });
    const address = http.address();
    if (!address || typeof address === 'string') throw new Error('the preview has no port');
    const origin = `http://127.0.0.1:${address.port}`;
    session = new PreviewSession(lrs, pkg, `${content.origin}/package/course/${pkg.launch}`, `${origin}/returned`);
    await session.launch(false);
    const contentServer = content;
    return {
      url: `${origin}/`,
      async close() {
        http.closeAllConnections();
        await new Promise<void>((resolve) => http.close(() => resolve()));
        await contentServer.close();
        await lrs.close();
      },
    };
  } catch (error) {
    server?.close();
    await content?.close();
    await lrs.close();
    throw error;
  }
}
