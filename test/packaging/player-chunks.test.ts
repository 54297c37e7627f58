/**
 * How the real Vite build splits the player, as a first paint needs it: the launch page shows
 * the course's title bar by itself; its scripts are the entry and one player chunk, which holds
 * the course language's term table; the views a first paint does not need are chunks of their
 * own, reached only through dynamic imports (so are the learner languages' tables a course lists:
 * test/packaging/interface-languages.test.ts).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fillAppShell } from '../../build-scripts/app-shell.ts';
import { buildApp } from '../../build-scripts/build-app.ts';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { readViteManifest, type ViteManifest } from '../../build-scripts/package/vite-manifest.ts';
import { SEED_COURSE } from '../support/course-copy.ts';

let outDir: string;
let html: string;
let manifest: ViteManifest;

beforeAll(async () => {
  const loaded = await loadCourse(SEED_COURSE);
  if (!loaded.course) throw new Error('the seed course did not load');
  outDir = await mkdtemp(path.join(tmpdir(), 'lmspack-chunks-'));
  await buildApp({ course: loaded.course, courseDir: SEED_COURSE, outDir });
  html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  manifest = (await readViteManifest(outDir))!;
}, 120_000);
afterAll(async () => rm(outDir, { recursive: true, force: true }));

/** Output files the entry loads before it runs: its own and what it imports statically. */
function staticFiles(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const next of chunk.imports ?? []) staticFiles(next, seen);
  return seen;
}

const unhashed = (file: string): string => file.replace(/-[\w-]{8}\.js$/, '.js');

describe('the player build', () => {
  test('the launch page draws the title bar itself, escaped as the <title> is', () => {
    expect(html).toContain('<p class="shell-title">Introduction to the Therapeutic Relationship</p>');
    expect(fillAppShell('<title>A &amp; B &lt;i&gt;</title><p class="shell-title"></p>')).toBe('<title>A &amp; B &lt;i&gt;</title><p class="shell-title">A &amp; B &lt;i&gt;</p>');
  });

  test('before it runs, the entry needs one more file: the player chunk (Lit, the overview, the lesson view, the course)', () => {
    const scripts = [...html.matchAll(/<(?:script|link rel="modulepreload")[^>]*(?:src|href)="\.\/([^"]+)"/g)].map((match) => unhashed(match[1] ?? ''));
    expect(scripts.sort()).toEqual(['app/index.js', 'app/player.js']);
    expect([...staticFiles('index.html')].map(unhashed).sort()).toEqual(['app/index.js', 'app/player.js']);
  });

  test('the quiz, flashcards and glossary are chunks loaded on demand; no term table is a chunk of its own', () => {
    const entry = staticFiles('index.html');
    const lazy = ['components/quiz/quiz.ts', 'components/flashcard-deck/flashcard-deck.ts', 'components/concept-glossary/concept-glossary.ts'];
    for (const source of lazy) {
      const chunk = manifest[source];
      expect(chunk?.isDynamicEntry, source).toBe(true);
      expect(entry.has(chunk?.file ?? ''), source).toBe(false);
    }
    // The quiz's results screen comes with the quiz, not with the player.
    expect(manifest['components/quiz/quiz.ts']?.file).toMatch(/^app\/quiz-/);
    // The seed course's table (English) is in the player chunk; it lists no other language.
    expect(Object.keys(manifest).filter((source) => source.startsWith('format/'))).toEqual([]);
  });
});

test('a build inside a test runner (NODE_ENV=test) is still the production build learners get', async () => {
  expect(process.env.NODE_ENV).toBe('test');
  const player = Object.values(manifest).find((chunk) => chunk.file.startsWith('app/player-'))!;
  const code = await readFile(path.join(outDir, player.file), 'utf8');
  // Lit's development build announces itself with this warning; the production build has no such text.
  expect(code.includes('Lit is in dev mode')).toBe(false);
});
