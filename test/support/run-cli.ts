/** Runs the real `lmspack` command (build-scripts/cli.ts through tsx) as an author would, without colour. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO } from './course-copy.ts';

const run = promisify(execFile);
const TSX = path.join(REPO, 'node_modules/.bin/tsx');
const CLI = path.join(REPO, 'build-scripts/cli.ts');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function lmspack(args: string[], cwd = REPO, timeout = 30_000): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, timeout });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
