/**
 * Zips past the checker's limits. A zip bomb — 300 entries of 20 MiB of the letter "a" named .css, about 6 MB zipped — checked
 * in a child process, so that its time and peak memory are measured for real: it must be
 * reported within 10 s and 500 MB, exit 1, and never be inflated.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkPackage } from '../../build-scripts/check/check-package.ts';
import { sizeFindings, ZIP_LIMITS } from '../../build-scripts/check/zip-limits.ts';
import { media } from './corpus/corpus-case.ts';
import { deflated, writeCorpusZip } from './corpus/zip-builder.ts';
import { checkInChild } from './measure/run-child.ts';

const MiB = 1024 * 1024;
let dir: string;
let bomb: string;
let ratio: number;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lmspack-bomb-'));
  bomb = join(dir, 'bomb.zip');
  const body = deflated('', Buffer.alloc(20 * MiB, 'a'));
  ratio = Math.round((20 * MiB) / body.deflated.length);
  const entries = Array.from({ length: 300 }, (_, index) => ({ ...body, name: `styles/part-${index}.css` }));
  await writeCorpusZip(bomb, [{ name: 'imsmanifest.xml', data: '<manifest/>' }, ...entries]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a 6 MB zip bomb is reported in seconds and bounded memory, never inflated', async () => {
  expect((await stat(bomb)).size).toBeLessThan(7 * MiB);
  const { stdout, measurement } = await checkInChild([bomb, '--json']);
  const report = JSON.parse(stdout) as { findings: { code: string; message: string; path?: string }[] };
  expect(report.findings).toEqual([
    { code: 'zip-limit-exceeded', severity: 'error', message: 'The zip is past a safety limit: 5.9 GiB uncompressed in all (the limit is 2 GiB). Its contents were not checked.' },
    {
      code: 'zip-limit-exceeded',
      severity: 'error',
      message: `The zip is past a safety limit: 300 entries expand more than 100×, the first styles/part-0.css (${ratio}×). Its contents were not checked.`,
      path: 'styles/part-0.css',
    },
  ]);
  expect(measurement.exitCode).toBe(1);
  expect(measurement.ms).toBeLessThan(10_000);
  expect(measurement.maxRssBytes).toBeLessThan(500 * MiB);
}, 60_000);

test('an entry that inflates past the size the zip declares is refused while reading, not trusted', async () => {
  const lying = { ...deflated('', Buffer.alloc(4 * MiB, 'a')), name: 'index.css', size: 1000 };
  const file = join(dir, 'lying.zip');
  await writeCorpusZip(file, [{ name: 'imsmanifest.xml', data: '<manifest/>' }, lying]);
  const report = await checkPackage(file, { standardsDir: null });
  expect(report.findings.map((item) => [item.code, item.message])).toEqual([['unreadable-zip', 'The file cannot be read as a zip: too many bytes in the stream. expected 1000. got at least 16384.']]);
});

test('a zip with more entries than the limit is reported before any entry is read', async () => {
  const file = join(dir, 'many.zip');
  await writeCorpusZip(file, Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, index) => ({ name: `f/${index}.txt`, data: '' })));
  const report = await checkPackage(file, { standardsDir: null });
  expect(report.findings.map((item) => item.message)).toEqual([`The zip is past a safety limit: ${ZIP_LIMITS.entries + 1} entries (the limit is ${ZIP_LIMITS.entries}). Its contents were not checked.`]);
});

test('one entry past the per-entry limit is named', () => {
  const entries = [{ name: 'video/intro.mp4', uncompressedSize: ZIP_LIMITS.entryBytes + 1, compressedSize: ZIP_LIMITS.entryBytes }];
  expect(sizeFindings(entries).map((item) => [item.message, item.path])).toEqual([
    ['The zip is past a safety limit: 1 entry over 1 GiB, the first video/intro.mp4 (1 GiB). Its contents were not checked.', 'video/intro.mp4'],
  ]);
});

test('a web file past the scanning limit is named as not scanned, not silently passed', async () => {
  const file = join(dir, 'huge-script.zip');
  const entries = [{ name: 'tincan.xml', data: '<tincan xmlns="http://projecttincan.com/tincan.xsd"><activities><activity id="https://example.org/a" type="http://adlnet.gov/expapi/activities/course"><name>A</name><launch lang="en-US">index.html</launch></activity></activities></tincan>' }];
  await writeCorpusZip(file, [...entries, { name: 'index.html', data: '<p>x</p>' }, { name: 'app/huge.js', data: media(7, ZIP_LIMITS.scannedBytes + 1) }]);
  const report = await checkPackage(file, { standardsDir: null });
  expect(report.findings.map((item) => [item.code, item.path, item.message])).toEqual([['file-not-scanned', 'app/huge.js', 'The file is larger than 20 MiB and was not scanned for outside requests.']]);
});
