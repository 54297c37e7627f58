/**
 * Figures in the README that the size block (written and checked by `npm run bench -- --sizes
 * --no-growth`, between the bench:sizes markers) does not cover: the table `lmspack build`
 * prints, held to a real build of the seed course; and the sizes quoted in the prose around the
 * block, held to bench/sizes.json, which the same bench run writes.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatBytes } from '../../build-scripts/package/result-table.ts';
import { lmspack } from '../cli/run-cli.ts';
import { REPO, SEED_COURSE } from '../support/course-copy.ts';

const readme = await readFile(path.join(REPO, 'README.md'), 'utf8');

/** The README's copy of the build's package table (the fenced block starting with its header). */
function readmeBuildTable(): string {
  const match = /```\n(format +file +size +of which XSD\/DTD +files\n[^`]*?)\n```/.exec(readme);
  if (!match?.[1]) throw new Error('README.md has no copy of the table lmspack build prints');
  return match[1];
}

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe("the README's build figures", () => {
  test('the package table is what lmspack build prints for the seed course, whatever NODE_ENV an author has set', async () => {
    // Run from a folder whose dist/ is the output, so the file column reads dist/… as in the README.
    const cwd = await mkdtemp(path.join(tmpdir(), 'lmspack-readme-'));
    dirs.push(cwd);
    const result = await lmspack(['build', '--course', SEED_COURSE, '--out', 'dist'], { cwd, env: { NODE_ENV: 'development' } });
    expect(result.code).toBe(0);
    const printed = /^(format +file +size[^\n]*\n(?:[^\n]+\n)+)/m.exec(result.stdout)?.[1]?.trimEnd();
    expect(readmeBuildTable()).toBe(printed);
  });

  test('the sizes quoted around the size block are those of bench/sizes.json', async () => {
    interface SeedSize {
      format: string;
      zipBytes: number;
      budgetedBytes: number;
      trackerBytes: number;
      chunks: { name: string; bytes: number; gzipBytes: number }[];
    }
    const sizes = JSON.parse(await readFile(path.join(REPO, 'bench/sizes.json'), 'utf8')) as { seed: SeedSize[]; savedState: { scorm2004Chars: number } };
    const seed = (format: string): SeedSize => sizes.seed.find((entry) => entry.format === format)!;
    const chunk = (name: string) => seed('scorm12').chunks.find((entry) => entry.name === name)!;
    const kb = formatBytes;
    const bytes = (n: number): string => `${n.toLocaleString('en-US')} B`;
    const player = chunk('app/player.js');
    const quoted = [
      `| ${bytes(seed('scorm12').budgetedBytes)} and ${bytes(seed('scorm2004').budgetedBytes)}: **over** |`,
      `their tracker (${bytes(seed('xapi').trackerBytes)} and ${bytes(seed('cmi5').trackerBytes)}) | ${bytes(seed('xapi').zipBytes)} and ${bytes(seed('cmi5').zipBytes)}: **over** |`,
      `| saved state for 2,000 reviewed cards ≤ 64,000 characters | ${sizes.savedState.scorm2004Chars.toLocaleString('en-US')}: met |`,
      `the entry is \`app/index.js\` (${kb(chunk('app/index.js').bytes)})`,
      `\`app/player.js\` (${kb(player.bytes)}, ${kb(player.gzipBytes)} gzipped:`,
      `(\`app/quiz.js\`, ${kb(chunk('app/quiz.js').gzipBytes)} gzipped)`,
      `(\`app/save-mirror.js\`, ${kb(chunk('app/save-mirror.js').bytes)} minified, ${kb(chunk('app/save-mirror.js').gzipBytes)} gzipped)`,
    ];
    expect(quoted.filter((text) => !readme.includes(text))).toEqual([]);
  });
});

test("the README's course.yaml is the seed course's", async () => {
  const example = /### course\.yaml\n\n```yaml\n([\s\S]*?)^```$/m.exec(readme)?.[1];
  expect(example).toBe(await readFile(path.join(SEED_COURSE, 'course.yaml'), 'utf8'));
});
