/**
 * The benchmark's own parts: package sizes read from real zips (control documents and trackers
 * accounted exactly), the budgets' limits, the generated course, and the saved-state figures.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { writeZipAtomic } from '../../build-scripts/package/zip-writer.ts';
import { sizeBudgets } from '../../scripts/bench/budgets.ts';
import { COURSE_SCALES, generateCourse } from '../../scripts/bench/generate-course.ts';
import { measurePackages, type PackageSize } from '../../scripts/bench/package-sizes.ts';
import type { SizeResults } from '../../scripts/bench/results.ts';
import { measureSavedState, reviewedState } from '../../scripts/bench/saved-state.ts';
import { decodeLearnerState, encodeLearnerState } from '../../tracking/core/learner-state-codec.ts';
import { SEED_COURSE } from '../support/course-copy.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lmspack-bench-test-'));
  dirs.push(dir);
  return dir;
}

const text = (length: number, seed: string): Buffer => Buffer.from(Array.from({ length }, (_, i) => `${seed}${(i * 7919) % 1013}`).join(' '));
const PLAYER = [
  { name: 'index.html', data: text(200, 'html') },
  { name: 'app/index-AbCd1234.js', data: text(3000, 'js') },
];
const TRACKER = { name: 'app/scorm12-Zz9_-x0Y.js', data: text(800, 'tracker') };
const SCHEMA = { name: 'imscp_rootv1p1p2.xsd', data: text(1500, 'xsd') };

describe('package sizes', () => {
  test('the control documents and the tracker cost exactly what their entries add to the zip', async () => {
    const dir = await tempDir();
    const zip = async (name: string, entries: { name: string; data: Buffer }[]): Promise<string> => {
      const file = path.join(dir, name);
      await writeZipAtomic(file, entries);
      return file;
    };
    const plain = await zip('plain.zip', PLAYER);
    const withTracker = await zip('tracker.zip', [...PLAYER, TRACKER]);
    const withBoth = await zip('both.zip', [...PLAYER, TRACKER, SCHEMA]);
    const [xapi, scorm12] = (await measurePackages({ xapi: plain, scorm12: withBoth })) as [PackageSize, PackageSize];
    const size = async (file: string): Promise<number> => (await stat(file)).size;
    expect(scorm12.zipBytes).toBe(await size(withBoth));
    expect(scorm12.budgetedBytes).toBe(await size(withTracker));
    expect(scorm12.controlDocumentBytes).toBe((await size(withBoth)) - (await size(withTracker)));
    expect(scorm12.trackerBytes).toBe((await size(withTracker)) - (await size(plain)));
    expect(xapi).toMatchObject({ zipBytes: await size(plain), controlDocumentBytes: 0, trackerBytes: 0, files: 2 });
    expect(scorm12.chunks.map((c) => c.name)).toEqual(['app/index.js', 'app/scorm12.js']);
    expect(scorm12.chunks[0]).toMatchObject({ bytes: PLAYER[1]?.data.length });
  });
});

describe('budgets', () => {
  const results = (bytes: number, tracker: number, state: number): SizeResults => ({
    machine: { cpu: '', cores: 2, node: '', chromium: '', os: '', date: '' },
    seed: [
      { format: 'scorm12', zipBytes: bytes + 900, unzippedBytes: 0, files: 0, controlDocumentBytes: 900, budgetedBytes: bytes, trackerBytes: tracker, chunks: [] },
      { format: 'xapi', zipBytes: bytes + tracker, unzippedBytes: 0, files: 0, controlDocumentBytes: 0, budgetedBytes: bytes + tracker, trackerBytes: tracker, chunks: [] },
    ],
    savedState: { cards: 2000, scorm2004Chars: state, scorm2004Trimmed: false, scorm12Chars: 4000, scorm12CardsKept: 30, jsonChars: 0 },
  });

  test('SCORM zips may reach 40,000 bytes without their control documents; xAPI zips 40,000 plus their tracker', () => {
    expect(sizeBudgets(results(40_000, 5_000, 64_000)).map((b) => b.ok)).toEqual([true, true, true]);
    expect(sizeBudgets(results(40_001, 5_000, 64_001)).map((b) => [b.actual, b.limit, b.ok])).toEqual([
      [40_001, 40_000, false],
      [45_001, 45_000, false],
      [64_001, 64_000, false],
    ]);
  });
});

describe('generated courses', () => {
  test('the 1x course loads without errors and holds what its scale says', async () => {
    const dir = await tempDir();
    const scale = COURSE_SCALES[0];
    if (!scale) throw new Error('no scales');
    await generateCourse(SEED_COURSE, dir, scale);
    const loaded = await loadCourse(dir);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const course = loaded.course;
    expect({
      lessons: course?.lessons.length,
      cards: course?.flashcards.length,
      questions: course?.questions.length,
      concepts: course?.conceptGroups.flatMap((g) => g.concepts).length,
      images: course?.assets.length,
    }).toEqual({ lessons: scale.lessons, cards: scale.cards, questions: scale.questions, concepts: scale.concepts, images: scale.images });
  }, 120_000);
});

describe('saved state', () => {
  test('2,000 reviewed cards: SCORM 2004 keeps them all, SCORM 1.2 the newest that fit in 4,096 characters', () => {
    const state = reviewedState(2000, ['what-is-it-l0']);
    const size = measureSavedState(state);
    expect(size.cards).toBe(2000);
    expect(size.scorm2004Trimmed).toBe(false);
    expect(decodeLearnerState(encodeLearnerState(state, 64_000).data)).toEqual({ ok: true, state });
    expect(size.scorm12Chars).toBeLessThanOrEqual(4096);
    expect(size.scorm12CardsKept).toBeLessThan(2000);
    expect(size.jsonChars).toBe(JSON.stringify(state).length);
  });
});
