import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { ZIP_LIMITS } from '../../build-scripts/check/zip-limits.ts';
import { codeTable } from './code-table.ts';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');

test("the README's code table says, for every checker code, its severity, the LMS behaviour it rests on and its source", () => {
  const start = readme.indexOf('| code | severity | the LMS behaviour');
  expect(start).toBeGreaterThan(-1);
  const end = readme.indexOf('\n\n', start);
  expect(readme.slice(start, end)).toBe(codeTable());
});

test("the README names the checker's zip limits", () => {
  expect(readme).toContain(`| entries in the zip | ${ZIP_LIMITS.entries.toLocaleString('en-US')} |`);
  expect(readme).toContain(`| compression ratio of one entry of ${ZIP_LIMITS.ratioFloorBytes / 1024 / 1024} MiB or more | ${ZIP_LIMITS.ratio}× |`);
});
