/**
 * Every code the loader or the checker reports links to its row in the README
 * (`see README.md#lms011`, `see README.md#check-unlisted-file`): each code has exactly one
 * anchor there, in a row that states the code's severity, and the README lists no code the
 * tables do not have.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { CHECK_CODES, finding, type CheckCode } from '../../build-scripts/check/check-codes.ts';
import { findingProblem } from '../../build-scripts/check/render-report.ts';
import { diagnostic } from '../../build-scripts/diagnostics/diagnostic.ts';
import { DIAGNOSTIC_CODES, type DiagnosticName } from '../../build-scripts/diagnostics/diagnostic-codes.ts';
import { diagnosticProblem } from '../../build-scripts/diagnostics/format-diagnostics.ts';
import type { Problem } from '../../build-scripts/diagnostics/problem.ts';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
const anchors = [...readme.matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1]!);

/** The README's table row that holds `anchor`. */
function rowOf(anchor: string): string | undefined {
  return readme.split('\n').find((line) => line.startsWith('|') && line.includes(`<a id="${anchor}"></a>`));
}

const loaderProblems: Problem[] = (Object.keys(DIAGNOSTIC_CODES) as DiagnosticName[]).map((name) => diagnosticProblem(diagnostic(name, { file: 'x', line: 1, column: 1 }, 'm')));
const checkerProblems: Problem[] = (Object.keys(CHECK_CODES) as CheckCode[]).map((code) => findingProblem(finding(code, {} as never)));

test.each([...loaderProblems, ...checkerProblems].map((problem) => [problem.code, problem] as const))('%s has one README row, with its severity', (_code, problem) => {
  expect(anchors.filter((anchor) => anchor === problem.anchor)).toEqual([problem.anchor]);
  const row = rowOf(problem.anchor);
  expect(row).toBeDefined();
  expect(row!.split('|')[2]!.trim().split(' ')[0]).toBe(problem.severity);
});

test('the README has a row for no code outside the tables', () => {
  const known = new Set([...loaderProblems, ...checkerProblems].map((problem) => problem.anchor));
  const codeAnchors = anchors.filter((anchor) => /^(lms\d+|check-.+)$/.test(anchor));
  expect(codeAnchors.filter((anchor) => !known.has(anchor))).toEqual([]);
});
