/**
 * lmspack's one dispatcher: finds the command, prints help and usage, runs the command with the
 * output streams, and maps every outcome to an exit code — 0 success, 1 problems in the course
 * or package (the command's answer), 2 a usage error or a failure of lmspack itself. Failures
 * are one line; the stack only with `--debug`.
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { closest } from 'fastest-levenshtein';
import { showControlCharacters } from '../diagnostics/terminal-text.ts';
import { repoRoot } from '../repo-root.ts';
import { paintFor, type CliIo } from './cli-io.ts';
import { COMMANDS, type CommandSpec } from './commands.ts';
import { UsageError } from './usage-error.ts';

const HELP_FLAGS = new Set(['--help', '-h']);

function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function columns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

export function mainHelp(): string {
  return [
    'usage: lmspack <command> [options]',
    '',
    'Turns a course written as plain text into SCORM 1.2, SCORM 2004, xAPI and cmi5 packages.',
    '',
    'commands:',
    ...columns(COMMANDS.map((c) => [c.name, c.summary])),
    '',
    'options for every command:',
    ...columns([
      ['--help, -h', 'what a command does, its options and examples (lmspack build --help)'],
      ['--debug', 'show the stack trace of a failure'],
      ['--version', "print lmspack's version"],
    ]),
    '',
    'exit codes: 0 success, 1 problems in the course or package, 2 a usage error or a failure of lmspack.',
    'Colour only on a terminal, never with NO_COLOR set.',
    '',
  ].join('\n');
}

const usageLine = (spec: CommandSpec): string => `usage: lmspack ${spec.name} ${spec.usage}`;

export function commandHelp(spec: CommandSpec): string {
  const lines = [usageLine(spec), '', `${spec.summary[0]?.toUpperCase()}${spec.summary.slice(1)}.`, ''];
  if (spec.details) lines.push(spec.details, '');
  if (spec.options.length > 0) lines.push('options:', ...columns(spec.options), '');
  lines.push('examples:', ...columns(spec.examples), '');
  return lines.join('\n');
}

/** node:util parseArgs reports a bad flag as a TypeError with an `ERR_PARSE_ARGS_*` code. */
function isArgumentError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS');
}

/** The first line of a message, safe to print. */
function oneLine(message: string): string {
  return showControlCharacters(message.split('\n')[0] ?? '');
}

/** parseArgs follows its message with advice about `--` that does not apply here: keep the first sentence. */
function firstSentence(message: string): string {
  const [first = message] = message.split(/\. (?=[A-Z])/);
  return first.replace(/\.$/, '');
}

/** Prints a failure of command `name` (empty: of lmspack itself) as one line, the stack with `debug`; returns exit code 2. */
export function reportFailure(name: string, error: unknown, io: CliIo, debug: boolean): number {
  const paint = paintFor(io, 'stderr');
  const spec = COMMANDS.find((c) => c.name === name);
  const prefix = paint('red', name ? `lmspack ${name}:` : 'lmspack:');
  if (error instanceof UsageError || isArgumentError(error)) {
    const usage = spec ? `${usageLine(spec)}  (lmspack ${name} --help for more)` : 'usage: lmspack <command> [options]  (lmspack --help for more)';
    io.stderr.write(`${prefix} ${oneLine(error instanceof UsageError ? error.message : firstSentence(error.message))}\n${usage}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${prefix} failed: ${oneLine(message)}${debug ? '' : ' (rerun with --debug for details)'}\n`);
  }
  if (debug) io.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  return 2;
}

function unknownCommand(name: string, io: CliIo): number {
  const suggestion = closest(name, COMMANDS.map((c) => c.name));
  io.stderr.write(`lmspack: unknown command "${showControlCharacters(name)}"; did you mean "${suggestion}"? (lmspack --help lists the commands)\n`);
  return 2;
}

/** Runs `lmspack <argv>` and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  if (debug) io.env.LMSPACK_DEBUG = '1';
  const [name, ...args] = argv.filter((arg) => arg !== '--debug');
  if (name === undefined) {
    io.stderr.write(mainHelp());
    return 2;
  }
  if (HELP_FLAGS.has(name) || name === 'help') {
    const spec = COMMANDS.find((c) => c.name === args[0]);
    io.stdout.write(spec ? commandHelp(spec) : mainHelp());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`lmspack ${version()}\n`);
    return 0;
  }
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec) return name.startsWith('-') ? reportFailure('', new UsageError(`unknown option ${name}`), io, debug) : unknownCommand(name, io);
  if (args.some((arg) => HELP_FLAGS.has(arg))) {
    io.stdout.write(commandHelp(spec));
    return 0;
  }
  try {
    return await spec.run(args, io);
  } catch (error) {
    return reportFailure(name, error, io, debug);
  }
}
