/**
 * `npm run preview:lms -- PACKAGE.zip [--port N]`: plays a package the way an LMS would, so an
 * author can click through it by hand and see what reaches the LMS or LRS.
 *
 * - SCORM 1.2 / 2004: in the test LMS the end-to-end tests use (scorm-again in the parent frame,
 *   launched as Moodle launches it); a panel shows the stored data model and every API call, with
 *   buttons to refuse saving, relaunch with the stored data, or start a new attempt.
 * - xAPI / cmi5: against the real LRS the tests use (scripts/lrs-preview), launched with the
 *   Rustici launch URL or as a cmi5 LMS launches an AU; a panel shows the statement stream, the
 *   state documents and buttons for a new registration, relaunch, and LRS failures.
 *
 * Prints the URL; stop with Ctrl-C. Nothing leaves 127.0.0.1. Usage errors exit 2 with one line
 * and the usage; other failures exit 2 with one line, and the stack only with `--debug`.
 * `runLmsPreview` is the same command for a dispatcher that runs it in its own process.
 */
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

/** How the author calls it: `npm run preview:lms` runs `lmspack preview` too, which runs this script. */
const COMMAND = 'lmspack preview';
const PREFIX = `${COMMAND}:`;

/** A mistake in how the preview was called: one line, then the usage; exit code 2. */
class UsageError extends Error {}
/** A file the preview cannot play: one line naming it; exit code 2. */
class InputError extends Error {}

interface PreviewArgs {
  zip: string;
  port: number;
}

/** The usage line, worded as the dispatcher words every command's (build-scripts/cli/dispatch.ts). */
const USAGE = `usage: ${COMMAND} PACKAGE.zip [--port N]  (${COMMAND} --help for more)`;

function parse(args: string[]): PreviewArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains itself in a first sentence, then repeats the option list.
    throw new UsageError(error instanceof Error ? (error.message.split(/\.\s/)[0] ?? error.message) : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('no package given');
  if (positionals.length > 1) throw new UsageError(`one package at a time, not ${positionals.length} (${positionals.join(', ')})`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || port > 65_535) throw new UsageError(`--port must be a port number from 0 to 65535, not "${values.port}"`);
  return { zip: positionals[0]!, port };
}

/** Says what is wrong with the file before anything unzips it. */
async function checkZipFile(zip: string): Promise<void> {
  const info = await stat(zip).catch(() => undefined);
  if (!info) throw new InputError(`${zip}: no such file`);
  if (info.isDirectory()) throw new InputError(`${zip}: is a folder; give the .zip of a package (npm run build writes them to dist/)`);
  const file = await open(zip, 'r');
  const head = Buffer.alloc(4);
  try {
    await file.read(head, 0, 4, 0);
  } finally {
    await file.close();
  }
  // Every zip starts with a local file header or, when empty, the end-of-central-directory record (APPNOTE.TXT §4.3.7, §4.3.16).
  if (head.readUInt32LE(0) !== 0x04034b50 && head.readUInt32LE(0) !== 0x06054b50) throw new InputError(`${zip}: not a zip file`);
}

/** Serves a package until Ctrl-C; returns a cleanup. */
async function serve(zip: string, port: number, dir: string): Promise<() => Promise<void>> {
  // Loaded only now, so that a usage error answers at once.
  const [{ unzipPackage }, { firstLaunchData }, { startLmsHarness }, { NotAnLrsPackage, unzipLrsPackage }, { startLrsPreview }] = await Promise.all([
    import('../test/support/lms-harness/course-packages.ts'),
    import('../test/support/lms-harness/launch-data.ts'),
    import('../test/support/lms-harness/server.ts'),
    import('../test/support/lrs/lrs-packages.ts'),
    import('./lrs-preview/preview-server.ts'),
  ]);
  let pkg;
  try {
    pkg = await unzipLrsPackage(path.resolve(zip), dir);
  } catch (error) {
    if (!(error instanceof NotAnLrsPackage)) throw new InputError(`${zip}: cannot be unzipped (${error instanceof Error ? error.message : String(error)})`);
    if (!/imsmanifest\.xml/.test(error.message)) {
      const problem = /neither/.test(error.message) ? 'there is no imsmanifest.xml, tincan.xml or cmi5.xml at the root of the zip' : error.message;
      throw new InputError(`${zip}: not a SCORM, xAPI or cmi5 package: ${problem}`);
    }
  }
  if (pkg) {
    const preview = await startLrsPreview(pkg, port);
    process.stdout.write(`${PREFIX} ${pkg.format === 'cmi5' ? 'cmi5' : 'xAPI'} package ${zip}, against Learning Locker's statements service on 127.0.0.1\n`);
    process.stdout.write(`${PREFIX} open ${preview.url}\n`);
    return preview.close;
  }
  const { manifest, launch } = await unzipPackage(path.resolve(zip), dir);
  const harness = await startLmsHarness({ packages: { course: dir }, port });
  const { url } = harness.launchUrl({
    version: manifest.version,
    launchPath: `/package/course/${launch}`,
    initial: firstLaunchData(manifest, { preloadObjectives: true }),
    panel: true,
    title: path.basename(zip),
    manifest,
  });
  process.stdout.write(`${PREFIX} SCORM ${manifest.version} package ${zip}\n`);
  process.stdout.write(`${PREFIX} open ${url}\n`);
  return harness.close;
}

async function preview(args: PreviewArgs): Promise<void> {
  await checkZipFile(args.zip);
  const dir = await mkdtemp(path.join(tmpdir(), 'lmspack-preview-'));
  try {
    const close = await serve(args.zip, args.port, dir);
    process.stdout.write(`${PREFIX} stop with Ctrl-C\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the preview with command-line `args` (without the program name) until Ctrl-C; returns the
 * exit code: 0 after a clean stop, 2 for a usage error, a file it cannot play, or a failure of
 * its own.
 */
export async function runLmsPreview(args: string[]): Promise<number> {
  try {
    const parsed = parse(args);
    if (parsed === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    await preview(parsed);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) process.stderr.write(`${PREFIX} ${error.message}\n${USAGE}\n`);
    else if (error instanceof InputError) process.stderr.write(`${PREFIX} ${error.message}\n`);
    else if (args.includes('--debug')) process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    else process.stderr.write(`${PREFIX} ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (rerun with --debug for details)\n`);
    return 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) process.exitCode = await runLmsPreview(process.argv.slice(2));
