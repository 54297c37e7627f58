/**
 * Learning Locker's xAPI statements service (npm `xapi-statements` 5.0.1), run as a separate
 * Node process: in-memory statements (`MODELS_REPO=memory`), attachments in a temporary folder,
 * no Redis (`EVENTS_REPO=test`), and client lookup over HTTP (`AUTH_REPO=fetch`): for every
 * request the service asks `clientInfoUrl` who the `Authorization` header belongs to, the way
 * the full Learning Locker asks its own API. It listens on 127.0.0.1 and a free port
 * (loopback-listen.cjs). Its routes are `/xAPI/statements`, `/xAPI/about` and `/xAPI/activities`;
 * it has no State API, agent profiles or cmi5 fetch URL (lrs-gateway.ts adds those).
 * @packageDocumentation
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
/** The service's entry (`dist/index.js`; `main` in its package.json). */
const SERVICE_ENTRY = require.resolve('xapi-statements');
const START_TIMEOUT_MS = 30_000;

export interface StatementsService {
  /** `http://127.0.0.1:PORT` of the service (no trailing slash). */
  origin: string;
  /** The xAPI endpoint, `origin + '/xAPI/'`. */
  endpoint: string;
  /** What the service wrote to stderr (its error log), for failure messages. */
  errors(): string;
  stop(): Promise<void>;
}

/** Starts the service; `clientInfoUrl` answers its client lookups (see lrs-gateway.ts `/lrs-client`). */
export async function startStatementsService(clientInfoUrl: string): Promise<StatementsService> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lmspack-lrs-'));
  let stderr = '';
  const child: ChildProcess = fork(SERVICE_ENTRY, [], {
    cwd: dir, // the service reads `.env` from its working folder: there is none here.
    execArgv: ['--no-warnings', '-r', path.join(HERE, 'loopback-listen.cjs')],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: {
      PATH: process.env.PATH ?? '',
      EXPRESS_PORT: '0',
      AUTH_REPO: 'fetch',
      LL_CLIENT_INFO_ENDPOINT: clientInfoUrl,
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      FS_LOCAL_STORAGE_DIR: path.join(dir, 'storage'),
      EXPRESS_MORGAN_DIRECTORY: path.join(dir, 'access-logs'),
      WINSTON_CONSOLE_LEVEL: 'error',
      // Store each batch before answering, so a statement is readable once its POST returned.
      SERVICE_AWAIT_UPDATES: 'true',
    },
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stopChild = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };

  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the statements service did not start in ${START_TIMEOUT_MS} ms:\n${stderr}`)), START_TIMEOUT_MS);
      child.on('message', (message: unknown) => {
        if (typeof message === 'object' && message !== null && 'lrsPort' in message && typeof message.lrsPort === 'number') {
          clearTimeout(timer);
          resolve(message.lrsPort);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the statements service exited with code ${code} before listening:\n${stderr}`));
      });
    });
  } catch (error) {
    await stopChild();
    throw error;
  }
  const origin = `http://127.0.0.1:${port}`;
  return { origin, endpoint: `${origin}/xAPI/`, errors: () => stderr, stop: stopChild };
}
