/**
 * The `lmspack` command as an author meets it: the real bin in a child process. Help and
 * version, the exit code of every command for a bad flag, a missing file, a content problem and
 * a clean run, output without escape codes unless it goes to a terminal, and never a stack trace
 * without --debug.
 */
import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMMANDS } from '../../build-scripts/cli/commands.ts';
import { applyEdit, copyCourse, MINIMAL_COURSE, REPO } from '../support/course-copy.ts';
import { BIN, lmspack, type CliRun } from './run-cli.ts';

const pkg = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
// eslint-disable-next-line no-control-regex
const ESCAPE = /\x1b\[/;

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lmspack-cli-'));
  dirs.push(dir);
  return dir;
}

/** Checks what every run without --debug must satisfy, and returns it. */
function noStack(run: CliRun): CliRun {
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stdout).not.toMatch(STACK_LINE);
  return run;
}
const run = async (args: string[], options: Parameters<typeof lmspack>[1] = {}) => noStack(await lmspack(args, options));

/** A clean build of the minimal course, shared by the tests that need packages. */
let built: { out: string; run: CliRun };
beforeAll(async () => {
  const out = path.join(await scratch(), 'dist');
  built = { out, run: await run(['build', '--course', MINIMAL_COURSE, '--out', out]) };
});

describe('lmspack --help and --version', () => {
  test('package.json names the bin', () => {
    expect(pkg.bin).toEqual({ lmspack: 'bin/lmspack.js' });
    expect(path.join(REPO, pkg.bin.lmspack ?? '')).toBe(BIN);
  });

  test('--help lists every command with its summary and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('usage: lmspack <command> [options]\n')).toBe(true);
    for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`^  ${command.name} +${command.summary.replace(/[()]/g, '\\$&')}$`, 'm'));
    expect(result.stdout).toContain('--debug');
    expect(result.stdout).toContain('NO_COLOR');
  });

  test('no command prints the help to stderr and exits 2', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith('usage: lmspack <command> [options]\n')).toBe(true);
  });

  test.each(COMMANDS.map((command) => [command.name, command] as const))('%s --help shows its usage, flags and examples and exits 0', async (name, command) => {
    const result = await run([name, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`usage: lmspack ${name} ${command.usage}`);
    for (const [flag] of command.options) expect(result.stdout).toContain(`  ${flag}  `);
    expect(command.examples.length).toBeGreaterThanOrEqual(1);
    for (const [example] of command.examples) expect(result.stdout).toContain(`  ${example}  `);
    expect((await run(['help', name])).stdout).toBe(result.stdout);
  });

  test('--version prints the version from package.json', async () => {
    const result = await run(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `lmspack ${pkg.version}\n`, stderr: '' });
  });

  test('an unknown command suggests the closest and exits 2', async () => {
    const result = await run(['bulid']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('lmspack: unknown command "bulid"; did you mean "build"? (lmspack --help lists the commands)\n');
  });
});

describe('exit codes', () => {
  test.each(['build', 'check', 'dev', 'schemas', 'preview'])('%s: an unknown flag is one line and the usage, exit 2', async (name) => {
    const result = await run([name, '--colour', 'x']);
    expect(result.code).toBe(2);
    const usage = COMMANDS.find((command) => command.name === name)!.usage;
    expect(result.stderr).toBe(`lmspack ${name}: Unknown option '--colour'\nusage: lmspack ${name} ${usage}  (lmspack ${name} --help for more)\n`);
  });

  test.each([
    [['build', '--course', 'no-such-course'], `lmspack build: no course folder at ${path.join(REPO, 'no-such-course')}`],
    [['dev', '--course', 'no-such-course'], `lmspack dev: no course folder at ${path.join(REPO, 'no-such-course')}`],
    [['check', 'no-such.zip'], 'lmspack check: no-such.zip: no such file'],
    [['check'], 'lmspack check: name a package to check'],
    [['build', '--format', 'scorm3'], 'lmspack build: unknown format "scorm3"; use one or more of scorm12,scorm2004,xapi,cmi5'],
    [['dev', '--port', 'eighty'], 'lmspack dev: --port must be a port number (1-65535), not "eighty"'],
  ])('%j: a usage error, exit 2', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message);
  });

  // The simulator (scripts/lms-preview.ts) words its own errors, as the dispatcher does.
  test('preview of a missing file: one line naming it, exit 2', async () => {
    const result = await run(['preview', 'no-such.zip']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('lmspack preview: no-such.zip: no such file\n');
  });

  test('build: a clean course exits 0, the progress one line per stage on stderr and the tables on stdout', () => {
    expect(built.run.code).toBe(0);
    expect(built.run.stderr.split('\n')).toEqual([
      `lmspack: loading ${path.relative(REPO, MINIMAL_COURSE)}…`,
      'lmspack: preparing 1 asset…',
      expect.stringContaining('warning: assets/cell.png could not be read as an image'),
      'lmspack: building the player…',
      'lmspack: packaging scorm12…',
      'lmspack: packaging scorm2004…',
      'lmspack: packaging xapi…',
      'lmspack: packaging cmi5…',
      '',
    ]);
    expect(built.run.stdout).toMatch(/^format +file +size +of which XSD\/DTD +files$/m);
    // The interface tables the packages carry: the minimal course lists no other language.
    expect(built.run.stdout).toMatch(/^  interface  en$/m);
  });

  test('build: a course with errors exits 1 and names them', async () => {
    const course = await copyCourse(MINIMAL_COURSE);
    dirs.push(course);
    await applyEdit(course, { file: 'quiz.yaml', find: 'section: the-cell', replace: 'section: the-cel' });
    const result = await run(['build', '--course', course, '--out', path.join(course, 'dist')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error LMS012');
    expect(result.stderr).toContain('  see README.md#lms012');
  });

  test('check: a clean package exits 0, a broken one 1', async () => {
    const zips = (await readdir(built.out)).filter((name) => name.endsWith('.zip')).map((name) => path.join(built.out, name));
    expect(zips).toHaveLength(4);
    expect((await run(['check', ...zips])).code).toBe(0);
    const notAZip = path.join(await scratch(), 'course.zip');
    await writeFile(notAZip, 'not a zip');
    const broken = await run(['check', notAZip]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('  unreadable-zip\n');
    expect(broken.stdout).toContain('    see README.md#check-unreadable-zip\n');
  });

  test('schemas: writes the schemas and exits 0', async () => {
    const out = await scratch();
    const result = await run(['schemas', '--out', out]);
    expect(result.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual((await readdir(path.join(REPO, 'schemas'))).filter((name) => name.endsWith('.json')).sort());
  });
});

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

/** Runs a server command until it prints a URL, fetches that, then stops it with Ctrl-C. */
async function serveAndStop(args: string[]): Promise<{ run: CliRun; status: number }> {
  let status = 0;
  const result = await lmspack(args, {
    started: (child: ChildProcess) => {
      let seen = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        seen += chunk.toString('utf8');
        // eslint-disable-next-line no-control-regex
        const url = /(http:\/\/(?:localhost|127\.0\.0\.1):\d+\/\S*)/.exec(seen.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
        if (url && status === 0) {
          status = -1;
          void fetch(url).then(
            (response) => ((status = response.status), child.kill('SIGINT')),
            () => child.kill('SIGINT'),
          );
        }
      });
    },
  });
  return { run: noStack(result), status };
}

describe('servers', () => {
  test('dev serves the player and exits 0 on Ctrl-C', async () => {
    const { run: result, status } = await serveAndStop(['dev', '--course', MINIMAL_COURSE, '--port', '0'.replace('0', '5391')]);
    expect(status).toBe(200);
    expect(result.code).toBe(0);
  });

  test('preview plays a package and exits 0 on Ctrl-C', async () => {
    const { run: result, status } = await serveAndStop(['preview', path.join(built.out, 'cells-scorm12.zip')]);
    expect(status).toBe(200);
    expect(result.code).toBe(0);
  });
});

describe('colour and stack traces', () => {
  async function brokenCourse(): Promise<string> {
    const course = await copyCourse(MINIMAL_COURSE);
    dirs.push(course);
    await applyEdit(course, { file: 'course.yaml', find: 'passingScore: 50', replace: 'passingScore: fifty' });
    return course;
  }

  test('output to a pipe has no escape codes, with or without NO_COLOR', async () => {
    const course = await brokenCourse();
    for (const env of [{}, { NO_COLOR: '1' }]) {
      const result = await run(['build', '--course', course, '--out', path.join(course, 'dist')], { env });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('error LMS005');
      expect(result.stderr).not.toMatch(ESCAPE);
      expect(result.stdout).not.toMatch(ESCAPE);
    }
  });

  /** Runs the CLI on a pseudo-terminal (util-linux `script`), as in an author's terminal. */
  async function onTerminal(args: string[], env: Record<string, string>): Promise<string> {
    const command = [process.execPath, BIN, ...args].map((part) => `'${part}'`).join(' ');
    const { stdout } = await promisify(execFile)('script', ['-qec', command, '/dev/null'], { cwd: REPO, env: { ...process.env, NO_COLOR: '', ...env } }).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout }),
    );
    return stdout;
  }

  test('a terminal gets colour, unless NO_COLOR is set', async () => {
    const course = await brokenCourse();
    const args = ['build', '--course', course, '--out', path.join(course, 'dist')];
    expect(await onTerminal(args, {})).toContain('\x1b[31merror\x1b[39m LMS005');
    const plain = await onTerminal(args, { NO_COLOR: '1' });
    expect(plain).toContain('error LMS005');
    expect(plain).not.toMatch(ESCAPE);
  });

  test('--debug shows the stack of a failure; without it the failure is one line', async () => {
    const file = path.join(await scratch(), 'a-file');
    await writeFile(file, '');
    const args = ['build', '--course', MINIMAL_COURSE, '--out', path.join(file, 'dist'), '--format', 'xapi'];
    const plain = await run(args);
    expect(plain.code).toBe(2);
    expect(plain.stderr.split('\n').at(-2)).toMatch(/^lmspack build: failed: ENOTDIR: not a directory, mkdir '.+' \(rerun with --debug for details\)$/);
    const debug = await lmspack([...args, '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(STACK_LINE);
    expect(debug.stderr).toContain('Error: ENOTDIR');
  });

  test('--debug shows the stack of a usage error too', async () => {
    const debug = await lmspack(['check', '--bogus', '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(STACK_LINE);
  });
});
