/**
 * Where a command writes. The dispatcher hands every command the same pair of streams (the
 * process's, or a test's), so colour and progress decisions are made per stream in one place.
 * @packageDocumentation
 */
import { painter, wantsColor, type Paint } from '../diagnostics/paint.ts';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  /** Results: reports, tables, what was written. */
  stdout: OutputStream;
  /** Progress, diagnostics and errors. */
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** The paint for one of the io's streams: colour on a terminal without NO_COLOR only. */
export function paintFor(io: CliIo, stream: 'stdout' | 'stderr'): Paint {
  return painter(wantsColor(io[stream], io.env));
}

/** One line per stage of a long command, on stderr ("lmspack: building the player…"). No spinner: a log stays readable. */
export function progress(io: CliIo, stage: string): void {
  io.stderr.write(`${paintFor(io, 'stderr')('dim', `lmspack: ${stage}…`)}\n`);
}
