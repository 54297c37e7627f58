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
    const at = (d: { file: string; line: number; code: string }) => `${d.file}:${d.line} ${d.code}`;
    const found = result.diagnostics.filter((d) => at(d) === at(expected));
    expect(found.map(at), `diagnostics were:\n${result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join('\n')}`).toEqual([at(expected)]);
    const [diagnostic] = found;
    expect(diagnostic!.column).toBe(expected.column);
    expect(diagnostic!.message).toContain(expected.message);
    if (expected.hint) expect(diagnostic!.hint).toContain(expected.hint);
    // An error stops the course; a warning lets the very course through, ids filled in.
    if (diagnostic!.severity === 'error') expect(result.course).toBeUndefined();
    else expect(result.course?.settings.id).toBe('cells');
  });
});
