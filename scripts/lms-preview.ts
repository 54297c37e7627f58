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
 * Prints the URL; stop with Ctrl-C. Nothing leaves 127.0.0.1. Usage errors exit 2 with one line.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = 'usage: npm run preview:lms -- PACKAGE.zip [--port N]';

/** A usage error: printed as one line, exit code 2. */
class UsageError extends Error {}

function parse(): { zip: string; port: number } | 'help' {
  let parsed;
  try {
    parsed = parseArgs({ options: { port: { type: 'string' }, help: { type: 'boolean' }, debug: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message.split('. ')[0] : String(error)} (${USAGE})`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const zip = positionals[0];
  if (!zip || positionals.length > 1) throw new UsageError(USAGE);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
  if (!existsSync(zip) || !statSync(zip).isFile()) throw new UsageError(`${zip}: no such file`);
  return { zip, port };
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
    if (!(error instanceof NotAnLrsPackage)) throw new UsageError(`${zip}: not a readable zip (${error instanceof Error ? error.message : String(error)})`);
    if (!/SCORM/.test(error.message)) throw new UsageError(`${zip}: ${error.message}; only SCORM, xAPI and cmi5 packages can be previewed`);
  }
  if (pkg) {
    const preview = await startLrsPreview(pkg, port);
    process.stdout.write(`lms-preview: ${pkg.format === 'cmi5' ? 'cmi5' : 'xAPI'} package ${zip}, against Learning Locker's statements service on 127.0.0.1\n`);
    process.stdout.write(`lms-preview: open ${preview.url}\n`);
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
  process.stdout.write(`lms-preview: SCORM ${manifest.version} package ${zip}\n`);
  process.stdout.write(`lms-preview: open ${url}\n`);
  return harness.close;
}

async function main(): Promise<number> {
  const args = parse();
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'lmspack-preview-'));
  try {
    const close = await serve(args.zip, args.port, dir);
    process.stdout.write('lms-preview: stop with Ctrl-C\n');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await close();
    return 0;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (process.argv.includes('--debug')) throw error;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`lms-preview: ${message}${error instanceof UsageError ? '' : ' (rerun with --debug for details)'}\n`);
  process.exitCode = 2;
}
