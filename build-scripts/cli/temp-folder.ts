/**
 * Temporary folders that never outlive the command that made them. A `finally` block covers
 * success and failure, but not a signal: Node ends the process on SIGINT (Ctrl-C), SIGTERM or
 * SIGHUP without unwinding, so the folder is also removed from a signal handler, after which the
 * signal is raised again and ends the process as it would have (exit status 128 + the signal).
 * @packageDocumentation
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Runs `use` with a new folder in the system's temporary folder, named `prefix` + random characters, and removes it afterwards. */
export async function withTempFolder<T>(prefix: string, use: (dir: string) => Promise<T>): Promise<T> {
  // Made synchronously, so the signal handlers are in place before any signal can be handled.
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const onSignal = (signal: NodeJS.Signals): void => {
    stopListening();
    rmSync(dir, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  const stopListening = (): void => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  try {
    return await use(dir);
  } finally {
    stopListening();
    await rm(dir, { recursive: true, force: true });
  }
}
