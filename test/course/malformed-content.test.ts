import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { MALFORMED_CASES } from './malformed-cases.ts';
import { applyEdit, copyCourse, MINIMAL_COURSE } from '../support/course-copy.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('the loader reports malformed content at its file, line and column', () => {
  test('the unedited fixture course loads without any diagnostic', async () => {
    const result = await loadCourse(MINIMAL_COURSE);
    expect(result.diagnostics).toEqual([]);
    expect(result.course?.questions.map((q) => q.id)).toEqual(['unit', 'membrane', 'parts']);
  });

  test.each(MALFORMED_CASES)('$name', async ({ edits, expected }) => {
    const dir = await copyCourse(MINIMAL_COURSE);
    dirs.push(dir);
    for (const edit of edits) await applyEdit(dir, edit);
    const result = await loadCourse(dir);
    const found = result.diagnostics.find((d) => d.code === expected.code && d.file === expected.file && d.line === expected.line);
    expect(found, `diagnostics were:\n${result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join('\n')}`).toBeDefined();
    expect(found?.column).toBe(expected.column);
    expect(found?.message).toContain(expected.message);
    if (expected.hint) expect(found?.hint).toContain(expected.hint);
    if (found?.severity === 'error') expect(result.course).toBeUndefined();
    else expect(result.course).toBeDefined();
  });
});
