/**
 * Runs the real `lmspack` command (bin/lmspack.js, as `npx lmspack` does) in a child process and
 * collects what it printed, for tests of the command line as an author meets it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO } from '../support/course-copy.ts';

export const BIN = path.join(REPO, 'bin/lmspack.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Replaces the environment's variables of the same name; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** Run as this user and group, e.g. to meet file permissions as an author would (not as root). */
  uid?: number;
  gid?: number;
  /** Called once the child runs, e.g. to signal it. */
  started?: (child: ChildProcess) => void;
}

/** The environment without colour switches, so a test sets exactly the ones it means. */
function environment(extra: CliOptions['env'] = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'LMSPACK_DEBUG']) delete env[name];
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export function lmspack(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, env: environment(options.env), uid: options.uid, gid: options.gid });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    options.started?.(child);
  });
}
