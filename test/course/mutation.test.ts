/**
 * Random damage to the seed course's YAML files (deleted keys, wrong types, truncation, odd
 * Unicode) must always come back as diagnostics, never as a crash.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { seededRandom } from '../../learning/shuffle.ts';
import { copyCourse, SEED_COURSE } from '../support/course-copy.ts';

const ODD = ['\u0000', '\u200b', '\ufeff', '\u202e', '🧠', 'ǅ', '\r', '\t', ': ', '- ', '#', '&anchor', '*anchor', '"', "'", '{', '[', '|', '>', '%', '@', '`', 'é', '\u0301', '\ud800'];
const WRONG = ['123', 'true', 'null', '[]', '{}', '[1, 2]', '~', '-1', '1e309', '"x"'];

function mutate(text: string, rnd: () => number): string {
  const lines = text.split('\n');
  const pick = () => Math.floor(rnd() * lines.length);
  switch (Math.floor(rnd() * 6)) {
    case 0: // delete a line (usually a key)
      lines.splice(pick(), 1);
      return lines.join('\n');
    case 1: {
      // replace a value with one of the wrong type
      const i = pick();
      lines[i] = (lines[i] ?? '').replace(/:\s.*$/, `: ${WRONG[Math.floor(rnd() * WRONG.length)]}`);
      return lines.join('\n');
    }
    case 2: // truncate the file
      return text.slice(0, Math.floor(rnd() * text.length));
    case 3: {
      // insert odd characters
      const at = Math.floor(rnd() * text.length);
      return text.slice(0, at) + ODD[Math.floor(rnd() * ODD.length)] + text.slice(at);
    }
    case 4: {
      // duplicate a line (duplicate keys and ids)
      const i = pick();
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    default: {
      // re-indent a line
      const i = pick();
      lines[i] = (rnd() < 0.5 ? ' ' : '') + (lines[i] ?? '').replace(/^ {1,2}/, '');
      return lines.join('\n');
    }
  }
}

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

test('300 random mutations of the seed YAML give diagnostics, never a crash', async () => {
  const dir = await copyCourse(SEED_COURSE);
  dirs.push(dir);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml'));
  const originals = new Map(await Promise.all(files.map(async (f) => [f, await readFile(path.join(dir, f), 'utf8')] as const)));
  let rejected = 0;
  for (let seed = 1; seed <= 300; seed++) {
    const rnd = seededRandom(seed); // a failure can be replayed from its seed
    const file = files[Math.floor(rnd() * files.length)]!;
    let text = originals.get(file)!;
    for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) text = mutate(text, rnd);
    await writeFile(path.join(dir, file), text);
    const result = await loadCourse(dir);
    const internal = result.diagnostics.filter((d) => d.name === 'internal-error');
    expect(internal, `seed ${seed} (${file}) crashed the loader`).toEqual([]);
    for (const d of result.diagnostics) {
      expect(d.line, `seed ${seed}: line of ${d.message}`).toBeGreaterThanOrEqual(1);
      expect(d.column, `seed ${seed}: column of ${d.message}`).toBeGreaterThanOrEqual(1);
    }
    if (result.diagnostics.some((d) => d.severity === 'error')) {
      rejected++;
      expect(result.course).toBeUndefined();
    }
    await writeFile(path.join(dir, file), originals.get(file)!);
  }
  // The mutations must actually damage the files most of the time, or the test proves little.
  expect(rejected).toBeGreaterThan(150);
});
