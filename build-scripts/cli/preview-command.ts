/**
 * `lmspack preview PACKAGE.zip [--port N]`: the LMS simulator. The simulator is its own script
 * (scripts/lms-preview.ts), which runs on import and owns its arguments and messages; this
 * command runs it in a child process through tsx's loader and hands back its exit code, so the
 * script can change without this seam changing.
 * @packageDocumentation
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../repo-root.ts';
import type { CliIo } from './cli-io.ts';

const SCRIPT = path.join(repoRoot, 'scripts/lms-preview.ts');

/** 128 + the signal's number, as a shell reports a process a signal ended. */
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

export async function runPreviewCommand(args: string[], io: CliIo): Promise<number> {
  const debug = io.env.LMSPACK_DEBUG === '1' ? ['--debug'] : [];
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), SCRIPT, ...args, ...debug], { stdio: 'inherit', env: io.env });
  // Ctrl-C reaches the script too (same process group) and it stops its servers before exiting:
  // wait for that instead of ending first; pass on a SIGTERM sent to this process alone.
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  process.on('SIGINT', forward).on('SIGTERM', forward);
  try {
    return await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve(code ?? (signal ? (SIGNAL_EXIT[signal] ?? 2) : 2)));
    });
  } finally {
    process.off('SIGINT', forward).off('SIGTERM', forward);
  }
}
