/**
 * `npm run preview:lms -- PACKAGE.zip [--port N]`: plays a SCORM 1.2 or 2004 package in the
 * test LMS the end-to-end tests use (scorm-again in the parent frame, launched as Moodle
 * launches it), so an author can click through it by hand. A panel beside the course shows the
 * data model the LMS has stored and every API call; its buttons make the LMS refuse saving,
 * relaunch with the stored data (entry "resume"), or start a new attempt.
 *
 * Prints the URL; stop with Ctrl-C. Nothing leaves 127.0.0.1.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { unzipPackage } from '../test/support/lms-harness/course-packages.ts';
import { firstLaunchData } from '../test/support/lms-harness/launch-data.ts';
import { startLmsHarness } from '../test/support/lms-harness/server.ts';

const USAGE = 'usage: npm run preview:lms -- PACKAGE.zip [--port N]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { port: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const zip = positionals[0];
  if (!zip || positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    process.stderr.write(`lms-preview: --port must be a port number, not "${values.port}"\n`);
    return 2;
  }

  const dir = await mkdtemp(path.join(tmpdir(), 'lmspack-preview-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  let unzipped;
  try {
    unzipped = await unzipPackage(path.resolve(zip), dir);
  } catch (error) {
    await cleanup();
    process.stderr.write(`lms-preview: ${zip}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.stderr.write('lms-preview: only SCORM 1.2 and 2004 packages can be previewed (they carry imsmanifest.xml).\n');
    return 1;
  }
  const { manifest, launch } = unzipped;
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
  process.stdout.write('lms-preview: stop with Ctrl-C\n');

  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await harness.close();
  await cleanup();
  return 0;
}

process.exitCode = await main();
