/** Starts {@link ./check-in-child.ts} as a child process and collects its report and measurement. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMeasurement } from './check-in-child.ts';

const CHILD = fileURLToPath(new URL('./check-in-child.ts', import.meta.url));

/** Checks `args` (files and flags) in a fresh Node process; resolves with its stdout and measurement. */
export function checkInChild(args: string[]): Promise<{ stdout: string; measurement: ChildMeasurement }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', CHILD, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const last = stderr.trim().split('\n').pop() ?? '';
      try {
        resolve({ stdout, measurement: JSON.parse(last) as ChildMeasurement });
      } catch {
        reject(new Error(`the child check failed: ${error?.message ?? ''}\n${stderr}`));
      }
    });
  });
}
