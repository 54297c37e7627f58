/**
 * One HTML policy wherever lesson HTML is made: headings, table cells, link text and titles are
 * held to the same rules as paragraphs, and nothing an author wrote is dropped or changed
 * without a located message.
 */
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { sanitizeLessonHtml } from '../../build-scripts/course/html-policy.ts';
import { applyEdit, copyCourse, MINIMAL_COURSE } from '../support/course-copy.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** The fixture lesson with `markdown` appended (or `find` replaced by it). */
async function loadLesson(markdown: string, find?: string) {
  const dir = await copyCourse(MINIMAL_COURSE);
  dirs.push(dir);
  const edit = find ? { find, replace: markdown } : { find: 'See [the cell]', replace: `${markdown}\n\nSee [the cell]` };
  await applyEdit(dir, { file: 'lessons/intro.md', ...edit });
  return loadCourse(dir);
}

const located = (d: { file: string; line: number; column: number; code: string; message: string }) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`;

// Appended text starts on line 18 of lessons/intro.md.
const CASES: { name: string; markdown: string; find?: string; expected: string[] }[] = [
  {
    name: 'an <img> in a ## heading (a request to the LMS with the learner\'s cookies)',
    find: '## The cell {#the-cell}',
    markdown: '## The cell <img src="../../../../admin/delete.php?id=1"> {#the-cell}',
    expected: ['lessons/intro.md:3:13 LMS015 Raw HTML <img> is not allowed; Markdown\'s checks would not apply to it.'],
  },
  {
    name: 'an <a> in a ### heading (would navigate the LMS frame away)',
    find: '### Parts {#parts}',
    markdown: '### Parts <a href="http://evil.example/">x</a> {#parts}',
    expected: ['lessons/intro.md:13:11 LMS015 Raw HTML <a> is not allowed; Markdown\'s checks would not apply to it.'],
  },
  {
    name: 'an <img> in a table cell',
    markdown: '| a | b |\n| - | - |\n| x | <img src="assets/cell.png" alt="c"> |',
    expected: ['lessons/intro.md:20:7 LMS015 Raw HTML <img> is not allowed; Markdown\'s checks would not apply to it.'],
  },
  {
    name: 'a javascript: link inside a heading',
    find: '### Parts {#parts}',
    markdown: '### Parts [x](javascript:alert(1)) {#parts}',
    expected: ['lessons/intro.md:13:15 LMS015 Link "javascript:alert(1)" uses "javascript:", which would be removed.'],
  },
  {
    name: 'an inline javascript: link',
    markdown: 'Go [here](javascript:alert(1)).',
    expected: ['lessons/intro.md:18:11 LMS015 Link "javascript:alert(1)" uses "javascript:", which would be removed.'],
  },
  {
    name: 'a reference-style javascript: link',
    markdown: 'Go [here][bad].\n\n[bad]: javascript:alert(1)',
    expected: ['lessons/intro.md:18:4 LMS015 Link "javascript:alert(1)" uses "javascript:", which would be removed.'],
  },
  {
    name: 'an entity-encoded javascript: link',
    markdown: 'Go [here](&#106;avascript:alert(1)).',
    expected: ['lessons/intro.md:18:9 LMS015 Link "javascript:alert(1)" uses "javascript:", which would be removed.'],
  },
  {
    name: 'a javascript: autolink',
    markdown: 'Go <javascript:alert(1)>.',
    expected: ['lessons/intro.md:18:5 LMS015 Link "javascript:alert(1)" uses "javascript:", which would be removed.'],
  },
  {
    name: 'a file: link',
    markdown: 'Read [the notes](file:///etc/passwd).',
    expected: ['lessons/intro.md:18:18 LMS015 Link "file:///etc/passwd" uses "file:", which would be removed.'],
  },
  {
    name: 'a data: image',
    markdown: '![a dot](data:image/png;base64,iVBORw0KGgo=)',
    expected: ['lessons/intro.md:18:1 LMS015 Image "data:image/png;base64,iVBORw0KGgo=" uses "data:", which would be removed.'],
  },
  {
    name: 'a protocol-relative image',
    markdown: '![a dot](//evil.example/a.png)',
    expected: ['lessons/intro.md:18:1 LMS017 Image "//evil.example/a.png" would be fetched from outside the package.'],
  },
  {
    name: 'a CDATA section',
    markdown: 'Some <![CDATA[ hidden ]]> text.',
    expected: ['lessons/intro.md:18:6 LMS015 A CDATA section would be removed from the package.'],
  },
  {
    name: 'HTML in the # title',
    find: '# About cells',
    markdown: '# About <b>cells</b>',
    expected: ['lessons/intro.md:1:9 LMS015 The lesson title is plain text: "<b>" would be shown as written.'],
  },
  {
    name: 'HTML in a callout title',
    find: '::: important',
    markdown: '::: important <em>Note</em>',
    expected: ['lessons/intro.md:9:15 LMS015 The title of a "::: important" block is plain text: "<em>" would be shown as written.'],
  },
  {
    name: 'HTML in a supplementary block title',
    markdown: '::: extra More <img src=x> {#more}\nText.\n:::',
    expected: ['lessons/intro.md:18:16 LMS015 The title of a "::: extra" block is plain text: "<img src=x>" would be shown as written.'],
  },
];

describe('lesson HTML is checked wherever it is made', () => {
  test.each(CASES)('$name is refused where it is written', async ({ markdown, find, expected }) => {
    const result = await loadLesson(markdown, find);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map(located)).toEqual(expected);
    expect(result.course).toBeUndefined();
  });

  test('allowed inline HTML in a heading is kept in the HTML and left out of the contents list', async () => {
    const result = await loadLesson('## H<sub>2</sub>O {#water}\n\nWater.');
    expect(result.diagnostics).toEqual([]);
    const lesson = result.course!.lessons[0]!;
    expect(lesson.sections.find((s) => s.id === 'water')?.title).toBe('H2O');
    expect(lesson.html).toContain('<h2 id="water">H<sub>2</sub>O</h2>');
  });

  test('table alignment is an attribute, not an inline style the CSP would refuse', async () => {
    const result = await loadLesson('| a | b |\n| :-: | --: |\n| 1 | 2 |');
    const html = result.course!.lessons[0]!.html;
    expect(html).toContain('<th align="center">a</th>');
    expect(html).toContain('<td align="right">2</td>');
    expect(html).not.toContain('style=');
  });
});

describe('the sanitizer enforces the same rules on its own', () => {
  test.each([
    ['an image outside assets/', '<p><img src="../../admin/delete.php" alt="x"></p>', '<p></p>'],
    ['an image on another server', '<p><img src="https://evil.example/a.png" alt="x"></p>', '<p></p>'],
    ['an image by a backslash path', '<p><img src="\\\\evil.example\\a.png" alt="x"></p>', '<p></p>'],
    ['an outside link without a new window', '<p><a href="https://example.org">x</a></p>', '<p><a href="https://example.org" target="_blank" rel="noopener noreferrer">x</a></p>'],
    ['a relative link outside assets/', '<p><a href="../../admin">x</a></p>', '<p><a>x</a></p>'],
    ['a javascript: link', '<p><a href="javascript:alert(1)">x</a></p>', '<p><a>x</a></p>'],
    ['a section route', '<p><a href="#/lesson/x" target="_blank">x</a></p>', '<p><a href="#/lesson/x">x</a></p>'],
    ['an inline style', '<table><tr><td style="color:red" align="left">x</td></tr></table>', '<table><tr><td align="left">x</td></tr></table>'],
    ['an asset image', '<p><img src="assets/cell.png" alt="x"></p>', '<p><img src="assets/cell.png" alt="x" /></p>'],
  ])('%s', (_name, html, expected) => {
    expect(sanitizeLessonHtml(html)).toBe(expected);
  });
});
