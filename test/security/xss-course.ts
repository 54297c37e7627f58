/**
 * A course written by a hostile author: every text field of every YAML file and every Markdown
 * construct a lesson may contain carries a payload that, if it ever ran, would set
 * `window.__xss` to the name of the field it came from. Everything here must build (it is all
 * text to lmspack) and then stay inert in the player.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

/** The global a payload would set. */
export const XSS_GLOBAL = '__xss';

/** A payload for `field`: HTML, attribute breakout, template and URL forms at once. */
export function payload(field: string): string {
  const set = `window.${XSS_GLOBAL}='${field}'`;
  return `${field} <img src=x onerror="${set}"><script>${set}</script>"'><svg onload="${set}"> \${${set}} {{constructor.constructor("${set}")()}} javascript:${set}`;
}

/** The two shortest forms, for fields of at most 200 characters (titles, terms). */
export const shortPayload = (field: string): string => `<img src=x onerror="window.${XSS_GLOBAL}='${field}'"><script>window.${XSS_GLOBAL}='${field}'</script>`;

/** A 1×1 PNG, so images in the package really load. */
export const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Asset names with characters that must be percent-encoded in the lesson's HTML. */
export const RESERVED_NAMES = ['50%off.png', 'my file.png', 'a#b.png', 'café.png'];

const LESSON = (p: (field: string) => string) => `# Hostile &lt;img src=x onerror="window.${XSS_GLOBAL}='title'"&gt;

## Heading \\<img src=x onerror="window.${XSS_GLOBAL}='h2'"> {#first}

Paragraph with a code span \`${p('code-span')}\` and **strong \\<script>window.${XSS_GLOBAL}='strong'\\</script>**,
an escaped entity &lt;svg onload="window.${XSS_GLOBAL}='entity'"&gt; and a term: Payload concept.

[A link with a hostile title](https://example.org/ "${p('link-title').replace(/"/g, '&quot;')}")
and [a link whose text is \\<b onmouseover="window.${XSS_GLOBAL}='link-text'">x\\</b>](#second).

![${p('alt').replace(/[[\]]/g, '')}](../assets/cell.png)

${RESERVED_NAMES.map((name) => `![reserved ${name}](<../assets/${name.replace('#', '%23')}>)`).join('\n\n')}

| left | right |
| :--- | ---: |
| \\<iframe src="javascript:window.${XSS_GLOBAL}='cell'"> | \`${p('cell-code')}\` |

> Quote \\<img src=x onerror="window.${XSS_GLOBAL}='quote'">

\`\`\`html
${p('fenced-code')}
</pre><img src=x onerror="window.${XSS_GLOBAL}='pre-breakout'">
\`\`\`

    ${p('indented-code')}

::: important
Callout body \\<svg onload="window.${XSS_GLOBAL}='callout'">
:::

### Second {#second}

- list \\<img src=x onerror="window.${XSS_GLOBAL}='list'">
- <kbd>Ctrl</kbd> <abbr title="${p('abbr-title').replace(/"/g, '&quot;')}">abbr</abbr>

::: extra Supplementary &lt;img src=x onerror="window.${XSS_GLOBAL}='extra-title'"&gt; {#more}
Inside \\<img src=x onerror="window.${XSS_GLOBAL}='extra'">
:::
`;

/** Writes the course into a new temporary folder and returns it. */
export async function writeXssCourse(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lmspack-xss-'));
  await mkdir(path.join(dir, 'lessons'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'assets/cell.png'), PNG_1X1);
  for (const name of RESERVED_NAMES) await writeFile(path.join(dir, 'assets', name), PNG_1X1);
  await writeFile(path.join(dir, 'lessons/hostile.md'), LESSON(payload));
  const yaml = (file: string, data: unknown) => writeFile(path.join(dir, file), stringify(data, { lineWidth: 0 }));
  await yaml('course.yaml', {
    id: 'hostile',
    title: shortPayload('course-title'),
    description: payload('description'),
    language: 'en',
    version: '1.0.0',
    iri: 'https://example.org/courses/hostile',
    lessons: ['lessons/hostile.md'],
    quiz: { passingScore: 50, feedback: 'immediate' },
    completion: 'quiz-passed',
    theme: { font: `'"><img src=x onerror="window.${XSS_GLOBAL}=1">', url(https://evil.example/f.woff), sans-serif` },
    // The author's own words for the player: two the build writes into lesson HTML, one the player shows.
    terms: { important: payload('term-important'), optionalReading: payload('term-optional-reading'), quickPractice: payload('term-quick-practice') },
  });
  await yaml('flashcards.yaml', { cards: [{ id: 'card', front: payload('card-front'), back: `${payload('card-back')} <img src="https://example.org/cell.png" alt="">`, concepts: ['payload'] }] });
  await yaml('concepts.yaml', {
    groups: [{ id: 'group', title: payload('group-title'), concepts: [{ id: 'payload', term: 'Payload concept', aliases: [shortPayload('alias')], definition: payload('definition') }] }],
  });
  const common = (id: string) => ({ id, prompt: payload(`${id}-prompt`), explanation: payload(`${id}-explanation`), section: 'first', concepts: ['payload'], feedback: { correct: payload(`${id}-correct`), incorrect: payload(`${id}-incorrect`) } });
  await yaml('quiz.yaml', {
    questions: [
      { ...common('single'), type: 'single', choices: [{ id: 'a', text: payload('choice-a'), correct: true, feedback: payload('choice-feedback') }, { id: 'b', text: payload('choice-b') }] },
      { ...common('multiple'), type: 'multiple', choices: [{ id: 'a', text: payload('multi-a'), correct: true }, { id: 'b', text: payload('multi-b') }] },
      { ...common('truefalse'), type: 'true-false', answer: true },
      { ...common('fillin'), type: 'fill-in', accepted: [payload('accepted')] },
      { ...common('matching'), type: 'matching', pairs: [{ id: 'a', left: payload('left-a'), right: payload('right-a') }, { id: 'b', left: payload('left-b'), right: payload('right-b') }] },
      { ...common('ordering'), type: 'ordering', items: [{ id: 'a', text: payload('item-a') }, { id: 'b', text: payload('item-b') }] },
    ],
  });
  return dir;
}
