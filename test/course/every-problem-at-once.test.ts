/**
 * The author's loop: one run reports every problem with its fix. Each case edits the minimal
 * fixture course and states the complete diagnostic list it must produce (code, file, line,
 * column, message, hint), so an extra, cascading or missing diagnostic fails the test.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { applyEdit, copyCourse, MINIMAL_COURSE, type Edit } from '../support/course-copy.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

interface Expected {
  code: string;
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
}

async function diagnosticsAfter(edits: readonly Edit[]): Promise<{ found: Expected[]; loaded: boolean }> {
  const dir = await copyCourse(MINIMAL_COURSE);
  dirs.push(dir);
  for (const edit of edits) await applyEdit(dir, edit);
  const result = await loadCourse(dir);
  const found = result.diagnostics.map(({ code, file, line, column, message, hint }) => ({ code, file, line, column, message, ...(hint === undefined ? {} : { hint }) }));
  return { found, loaded: result.course !== undefined };
}

interface Case {
  name: string;
  edits: Edit[];
  expected: Expected[];
}

const promtTypo: Edit = { file: 'quiz.yaml', find: '    prompt: What is the smallest', replace: '    promt: What is the smallest' };
const promtDiagnostic: Expected = {
  code: 'LMS003',
  file: 'quiz.yaml',
  line: 4,
  column: 5,
  message: 'Unknown field "promt" in "questions[0]", and the required field "prompt" is missing.',
  hint: 'did you mean "prompt"?',
};


const INTRO = readFileSync(path.join(MINIMAL_COURSE, 'lessons/intro.md'), 'utf8');

/** `count` more choices after the fixture's first one (which stays the right one), two lines each from line 9. */
const moreChoices = (count: number, id: (i: number) => string = (i) => `c${i + 2}`): Edit => ({
  file: 'quiz.yaml',
  find: '      - id: atom\n        text: The atom\n',
  replace: Array.from({ length: count }, (_, i) => `      - id: ${id(i)}\n        text: Choice ${i + 2}\n`).join(''),
});

/** An ordering question after the last one, its `items:` on line 33 and item k on line 33 + k. */
const orderingQuestion = (count: number, id: (i: number) => string): Edit => ({
  file: 'quiz.yaml',
  find: '    explanation: See "Parts".\n',
  replace: `    explanation: See "Parts".\n  - id: steps\n    type: ordering\n    prompt: Put the steps in order.\n    items:\n${Array.from({ length: count }, (_, i) => `      - { id: ${id(i)}, text: Step ${i + 1} }\n`).join('')}    explanation: In this order.\n`,
});

const CASES: Case[] = [
  {
    name: 'a shape error and cross-file errors in other entries are reported in one run',
    edits: [
      promtTypo,
      { file: 'quiz.yaml', find: "    explanation: See \"The cell\".\n  - id: parts", replace: "    explanation: See \"The cell\".\n    concepts: [membrain]\n  - id: parts" },
      { file: 'quiz.yaml', find: '    explanation: See "Parts".', replace: '    explanation: See "Parts".\n    section: the-cel' },
      { file: 'flashcards.yaml', find: 'concepts: [cell]', replace: 'concepts: [cel]' },
    ],
    expected: [
      { code: 'LMS011', file: 'flashcards.yaml', line: 5, column: 16, message: 'Unknown concept "cel".', hint: 'did you mean "cell"?' },
      promtDiagnostic,
      { code: 'LMS011', file: 'quiz.yaml', line: 19, column: 16, message: 'Unknown concept "membrain".', hint: 'did you mean "membrane"?' },
      { code: 'LMS012', file: 'quiz.yaml', line: 31, column: 14, message: 'Unknown section "the-cel".', hint: 'did you mean "the-cell"?' },
    ],
  },
  {
    name: 'an unknown concept and section in the same question as a misspelt field are reported too',
    edits: [promtTypo, { file: 'quiz.yaml', find: 'concepts: [cell]', replace: 'concepts: [cell, cel]' }, { file: 'quiz.yaml', find: 'section: the-cell', replace: 'section: the-cel' }],
    expected: [
      promtDiagnostic,
      { code: 'LMS012', file: 'quiz.yaml', line: 12, column: 14, message: 'Unknown section "the-cel".', hint: 'did you mean "the-cell"?' },
      { code: 'LMS011', file: 'quiz.yaml', line: 13, column: 22, message: 'Unknown concept "cel".', hint: 'did you mean "cell"?' },
    ],
  },
  {
    name: 'a concept reference that is no id is reported once, by its shape',
    edits: [{ file: 'flashcards.yaml', find: 'concepts: [cell]', replace: 'concepts: [Cell]' }],
    expected: [
      {
        code: 'LMS006',
        file: 'flashcards.yaml',
        line: 5,
        column: 16,
        message: 'Field "cards[0].concepts[0]" must be lowercase letters, digits, "-", "_" or ".", starting with a letter or digit.',
        hint: 'use "cell"',
      },
    ],
  },
  {
    name: 'one broken concept does not make references to its group unknown',
    edits: [{ file: 'concepts.yaml', find: '        definition: What keeps the inside of a cell in.', replace: '        definiton: What keeps the inside of a cell in.' }],
    expected: [
      {
        code: 'LMS003',
        file: 'concepts.yaml',
        line: 10,
        column: 9,
        message: 'Unknown field "definiton" in "groups[0].concepts[1]", and the required field "definition" is missing.',
        hint: 'did you mean "definition"?',
      },
    ],
  },
  {
    name: 'concepts.yaml that is not YAML hides no reference problem behind false alarms',
    edits: [{ file: 'concepts.yaml', find: '    title: Basics', replace: '    title: Basics: the cell' }],
    expected: [
      {
        code: 'LMS001',
        file: 'concepts.yaml',
        line: 3,
        column: 12,
        message: 'YAML syntax: Nested mappings are not allowed in compact mappings',
        hint: 'put text that contains ": " in quotes',
      },
    ],
  },
  {
    name: 'a missing lesson does not make references to its sections unknown',
    edits: [
      { file: 'course.yaml', find: '  - lessons/intro.md', replace: '  - lessons/intro.md\n  - lessons/division.md' },
      { file: 'quiz.yaml', find: '    explanation: See "Parts".', replace: '    explanation: See "Parts".\n    section: division' },
    ],
    expected: [{ code: 'LMS002', file: 'course.yaml', line: 10, column: 5, message: 'Lesson file "lessons/division.md" does not exist.', hint: 'create DIR/lessons/division.md, or fix the name in course.yaml' }],
  },
  {
    name: 'a misspelt ::: block is an error with the closest block name',
    edits: [{ file: 'lessons/intro.md', find: '::: important', replace: '::: importnt' }],
    expected: [
      {
        code: 'LMS022',
        file: 'lessons/intro.md',
        line: 9,
        column: 1,
        message: '"::: importnt" is not a block lmspack knows, so it would be shown as literal text.',
        hint: 'did you mean "important"?',
      },
    ],
  },
  {
    name: 'an unknown ::: block with no close name lists the blocks',
    edits: [{ file: 'lessons/intro.md', find: '::: important', replace: '- a list item\n  :::: warning' }],
    expected: [
      {
        code: 'LMS022',
        file: 'lessons/intro.md',
        line: 10,
        column: 3,
        message: '"::: warning" is not a block lmspack knows, so it would be shown as literal text.',
        hint: 'the blocks are "::: important" and "::: extra"; write "\\:::" for literal colons',
      },
    ],
  },
  {
    name: 'a link to an unknown heading suggests the closest id',
    edits: [{ file: 'lessons/intro.md', find: '(#the-cell)', replace: '(#the-cells)' }],
    expected: [{ code: 'LMS012', file: 'lessons/intro.md', line: 18, column: 16, message: 'Link to "#the-cells", but no heading has that id.', hint: 'did you mean "the-cell"?' }],
  },
  {
    name: 'a misspelt lesson file name suggests the lesson beside it',
    edits: [{ file: 'course.yaml', find: '  - lessons/intro.md', replace: '  - lessons/intr.md' }],
    expected: [{ code: 'LMS002', file: 'course.yaml', line: 9, column: 5, message: 'Lesson file "lessons/intr.md" does not exist.', hint: 'did you mean "lessons/intro.md"?' }],
  },
  {
    name: 'a misspelt image name suggests the file beside it, as the lesson would write it',
    edits: [{ file: 'lessons/intro.md', find: '../assets/cell.png', replace: '../assets/cel.png' }],
    expected: [{ code: 'LMS013', file: 'lessons/intro.md', line: 7, column: 1, message: 'Image "../assets/cel.png" does not exist (looked for assets/cel.png).', hint: 'did you mean "../assets/cell.png"?' }],
  },
  {
    name: 'an unknown concept with no close id lists a few known ids',
    edits: [{ file: 'flashcards.yaml', find: 'concepts: [cell]', replace: 'concepts: [mitochondrion]' }],
    expected: [{ code: 'LMS011', file: 'flashcards.yaml', line: 5, column: 16, message: 'Unknown concept "mitochondrion".', hint: 'known ids include "membrane", "cell"' }],
  },
  {
    name: 'a misspelt required field is one diagnostic',
    edits: [promtTypo],
    expected: [promtDiagnostic],
  },
  {
    name: 'a misspelt optional field is unknown, with the field it resembles',
    edits: [{ file: 'quiz.yaml', find: '    section: the-cell', replace: '    sectoin: the-cell' }],
    expected: [{ code: 'LMS003', file: 'quiz.yaml', line: 12, column: 5, message: 'Unknown field "sectoin" in "questions[0]".', hint: 'did you mean "section"?' }],
  },
  {
    name: 'a misspelt question type field is one diagnostic',
    edits: [{ file: 'quiz.yaml', find: '    type: single', replace: '    tpye: single' }],
    expected: [
      {
        code: 'LMS003',
        file: 'quiz.yaml',
        line: 3,
        column: 5,
        message: 'Unknown field "tpye" in "questions[0]", and the required field "type" is missing.',
        hint: 'did you mean "type"?',
      },
    ],
  },
  {
    name: 'an id against the rule suggests a valid one',
    edits: [{ file: 'quiz.yaml', find: '  - id: unit', replace: '  - id: Unit One' }],
    expected: [
      {
        code: 'LMS006',
        file: 'quiz.yaml',
        line: 2,
        column: 9,
        message: 'Field "questions[0].id" must be lowercase letters, digits, "-", "_" or ".", starting with a letter or digit.',
        hint: 'use "unit-one"',
      },
    ],
  },
  {
    name: 'an id that is too long suggests it cut to length',
    edits: [{ file: 'flashcards.yaml', find: '  - id: smallest', replace: `  - id: ${'smallest-'.repeat(8)}unit` }],
    expected: [
      {
        code: 'LMS006',
        file: 'flashcards.yaml',
        line: 2,
        column: 9,
        message: 'Field "cards[0].id" must be at most 64 characters.',
        hint: `use "${'smallest-'.repeat(6)}smallest"`,
      },
    ],
  },
  {
    name: 'a section id against the rule suggests a valid one',
    edits: [{ file: 'lessons/intro.md', find: '{#parts}', replace: '{#Parts_Of_A_Cell}' }],
    expected: [
      {
        code: 'LMS006',
        file: 'lessons/intro.md',
        line: 13,
        column: 11,
        message: 'Section id "Parts_Of_A_Cell" is not a valid id: ids are lowercase letters, digits, "-", "_" or ".", starting with a letter or digit.',
        hint: 'write {#parts_of_a_cell}',
      },
    ],
  },
  {
    name: 'choice, pair and item ids follow the same rule as every other id: hyphens and a leading digit',
    edits: [
      { file: 'quiz.yaml', find: '      - id: cell\n', replace: '      - id: the-cell\n' },
      { file: 'quiz.yaml', find: '      - id: atom\n', replace: '      - id: 1-atom\n' },
      { file: 'quiz.yaml', find: '      - id: nucleus\n', replace: '      - id: cell-nucleus\n' },
      { file: 'concepts.yaml', find: '      - id: membrane\n', replace: '      - id: 2nd.membrane_layer\n' },
    ],
    expected: [],
  },
  {
    name: 'two choice ids that reach SCORM 2004 as one are refused, naming both',
    edits: [
      { file: 'quiz.yaml', find: '      - id: cell\n', replace: '      - id: rub-is-faster\n' },
      { file: 'quiz.yaml', find: '      - id: atom\n', replace: '      - id: rub_is_faster\n' },
    ],
    expected: [
      {
        code: 'LMS023',
        file: 'quiz.yaml',
        line: 9,
        column: 13,
        message: 'Choice ids "rub-is-faster" (quiz.yaml:6) and "rub_is_faster" (quiz.yaml:9) of question "unit" both reach the LMS as "rub_is_faster" in SCORM 2004 response patterns, so it could not tell them apart.',
        hint: 'rename one of them; "-" becomes "_" there',
      },
    ],
  },
  {
    name: 'two question ids that reach SCORM 1.2 as one are refused, naming both',
    edits: [
      { file: 'quiz.yaml', find: '  - id: unit\n', replace: '  - id: cell.unit\n' },
      { file: 'quiz.yaml', find: '  - id: parts\n', replace: '  - id: cell__unit\n' },
    ],
    expected: [
      {
        code: 'LMS023',
        file: 'quiz.yaml',
        line: 19,
        column: 9,
        message: 'Question ids "cell.unit" (quiz.yaml:2) and "cell__unit" (quiz.yaml:19) both reach the LMS as "cell__unit" in SCORM 1.2 interaction ids, so it could not tell them apart.',
        hint: 'rename one of them; "." becomes "__" there',
      },
    ],
  },
  {
    name: 'two concept ids that reach SCORM 2004 objectives as one are refused, naming both',
    edits: [
      { file: 'concepts.yaml', find: '      - id: cell\n', replace: '      - id: cell-\n' },
      { file: 'concepts.yaml', find: '      - id: membrane\n', replace: '      - id: cell-0\n' },
      { file: 'flashcards.yaml', find: 'concepts: [cell]', replace: 'concepts: [cell-]' },
      { file: 'quiz.yaml', find: 'concepts: [cell]', replace: 'concepts: [cell-]' },
    ],
    expected: [
      {
        code: 'LMS023',
        file: 'concepts.yaml',
        line: 8,
        column: 13,
        message: 'Concept ids "cell-" (concepts.yaml:5) and "cell-0" (concepts.yaml:8) both reach the LMS as "concept.cell-0" in SCORM 2004 objective ids, so it could not tell them apart.',
        hint: 'rename one of them; a "0" is added to an id that ends in "-", "_" or "."',
      },
    ],
  },
  {
    name: 'a single-choice question with 37 choices loads, with a warning: SCORM 1.2 records them by id',
    edits: [moreChoices(36)],
    expected: [
      {
        code: 'LMS105',
        file: 'quiz.yaml',
        line: 5,
        column: 5,
        message:
          'Question "unit" has 37 choices, more than SCORM 1.2\'s 36 one-character codes, so SCORM 1.2 records its answers by choice id instead, which Moodle and scorm-again store but SCORM 1.2 does not provide for: a stricter LMS may refuse them (error 405).',
        hint: 'use at most 36 choices if the course goes to another SCORM 1.2 LMS; SCORM 2004, xAPI and cmi5 are not affected',
      },
    ],
  },
  {
    name: 'past 36 choices, two ids that reach SCORM 1.2 responses as one are refused, naming both',
    edits: [moreChoices(36, (i) => (i === 0 ? 'part.one' : i === 1 ? 'part__one' : `c${i + 2}`))],
    expected: [
      {
        code: 'LMS105',
        file: 'quiz.yaml',
        line: 5,
        column: 5,
        message:
          'Question "unit" has 37 choices, more than SCORM 1.2\'s 36 one-character codes, so SCORM 1.2 records its answers by choice id instead, which Moodle and scorm-again store but SCORM 1.2 does not provide for: a stricter LMS may refuse them (error 405).',
        hint: 'use at most 36 choices if the course goes to another SCORM 1.2 LMS; SCORM 2004, xAPI and cmi5 are not affected',
      },
      {
        code: 'LMS023',
        file: 'quiz.yaml',
        line: 11,
        column: 13,
        message: 'Choice ids "part.one" (quiz.yaml:9) and "part__one" (quiz.yaml:11) of question "unit" both reach the LMS as "part__one" in SCORM 1.2 responses (past 36 options a question\'s options go by id there), so it could not tell them apart.',
        hint: 'rename one of them; "." becomes "__" there',
      },
    ],
  },
  {
    name: 'an ordering question with 37 items is refused: SCORM 2004 need not record more than 36 in one answer',
    edits: [orderingQuestion(37, (i) => `s${i + 1}`)],
    expected: [
      {
        code: 'LMS024',
        file: 'quiz.yaml',
        line: 33,
        column: 5,
        message: 'Question "steps" has 37 items, and one answer names all of them; a SCORM 2004 LMS need accept only 36 in one answer (scorm-again and Moodle refuse more), so such an answer would not be recorded.',
        hint: 'use at most 36 items, for example by splitting the question in two',
      },
    ],
  },
  {
    name: 'with long ids, the same question would also be cut short in SCORM 1.2',
    edits: [orderingQuestion(37, (i) => `step-number-${String(i + 1).padStart(2, '0')}`)],
    expected: [
      {
        code: 'LMS024',
        file: 'quiz.yaml',
        line: 33,
        column: 5,
        message:
          'Question "steps" has 37 items, and one answer names all of them; a SCORM 2004 LMS need accept only 36 in one answer (scorm-again and Moodle refuse more), so such an answer would not be recorded. In SCORM 1.2 it would go by id (the 36 one-character codes run out) and take 554 characters, which the LMS cuts at 255.',
        hint: 'use at most 36 items, for example by splitting the question in two',
      },
    ],
  },
  {
    name: 'a lesson file name that breaks the id rule is a warning with the file name to use',
    edits: [
      { file: 'lessons/Week 1 — Intro.md', content: INTRO },
      { file: 'lessons/intro.md' },
      { file: 'course.yaml', find: '  - lessons/intro.md', replace: '  - lessons/Week 1 — Intro.md' },
    ],
    expected: [
      {
        code: 'LMS104',
        file: 'course.yaml',
        line: 9,
        column: 5,
        message: 'Lesson "lessons/Week 1 — Intro.md" gets its id "Week 1 — Intro" from its file name, and that is not a valid id: ids are lowercase letters, digits, "-", "_" or ".", starting with a letter or digit.',
        hint: 'rename the file to "lessons/week-1-intro.md" (and change it in course.yaml)',
      },
    ],
  },
  {
    name: 'two lesson files that give one id are refused: a link to the second would open the first',
    edits: [
      { file: 'intro.md', content: '# More about cells\n\n## Division {#division}\n\nCells divide.\n' },
      { file: 'course.yaml', find: '  - lessons/intro.md', replace: '  - lessons/intro.md\n  - intro.md' },
    ],
    expected: [
      {
        code: 'LMS007',
        file: 'course.yaml',
        line: 10,
        column: 5,
        message: 'Lessons "lessons/intro.md" and "intro.md" both get the id "intro" from their file names, so a link to the second would open the first.',
        hint: 'rename one of the files (a lesson id is its path without "lessons/" and ".md")',
      },
    ],
  },
  {
    name: 'a misspelt choices field still gets its answer check, at the misspelt key',
    edits: [
      { file: 'quiz.yaml', find: '    choices:\n      - id: cell', replace: '    choises:\n      - id: cell' },
      { file: 'quiz.yaml', find: '        correct: true\n', replace: '' },
    ],
    expected: [
      { code: 'LMS003', file: 'quiz.yaml', line: 5, column: 5, message: 'Unknown field "choises" in "questions[0]", and the required field "choices" is missing.', hint: 'did you mean "choices"?' },
      { code: 'LMS008', file: 'quiz.yaml', line: 6, column: 7, message: 'A single-choice question needs exactly one correct choice; this one has 0.', hint: 'mark the right choice with "correct: true"' },
    ],
  },
  {
    name: 'a question with an unknown field still gets its answer check',
    edits: [
      { file: 'quiz.yaml', find: '    prompt: What is the smallest unit of life?\n', replace: '    prompt: What is the smallest unit of life?\n    hint: Think small.\n' },
      { file: 'quiz.yaml', find: '        text: The atom\n', replace: '        text: The atom\n        correct: true\n' },
    ],
    expected: [
      { code: 'LMS003', file: 'quiz.yaml', line: 5, column: 5, message: 'Unknown field "hint" in "questions[0]".', hint: 'allowed fields: id, prompt, explanation, section, concepts, weight, type, choices, feedback' },
      { code: 'LMS008', file: 'quiz.yaml', line: 7, column: 7, message: 'A single-choice question needs exactly one correct choice; this one has 2.', hint: 'keep "correct: true" on one choice, or make it type: multiple' },
    ],
  },
  {
    name: 'a matching question with an unknown field still gets its pair check',
    edits: [
      { file: 'quiz.yaml', find: '    prompt: Match the parts.\n', replace: '    prompt: Match the parts.\n    shuffle: true\n' },
      { file: 'quiz.yaml', find: '        right: Holds the DNA', replace: '        right: Keeps the inside in' },
    ],
    expected: [
      { code: 'LMS003', file: 'quiz.yaml', line: 22, column: 5, message: 'Unknown field "shuffle" in "questions[2]".', hint: 'allowed fields: id, prompt, explanation, section, concepts, weight, type, pairs, feedback' },
      { code: 'LMS009', file: 'quiz.yaml', line: 29, column: 16, message: 'Pairs 1 and 2 have the same right side "Keeps the inside in".', hint: 'every item must match exactly one other; merge or reword the pairs' },
    ],
  },
  {
    name: 'a misspelt accepted field is one diagnostic',
    edits: [{ file: 'quiz.yaml', find: '    accepted: [a membrane, membrane]', replace: '    acepted: [a membrane, membrane]' }],
    expected: [
      { code: 'LMS003', file: 'quiz.yaml', line: 17, column: 5, message: 'Unknown field "acepted" in "questions[1]", and the required field "accepted" is missing.', hint: 'did you mean "accepted"?' },
    ],
  },
  {
    name: 'a misspelt correct flag is not also counted as a choice without one',
    edits: [{ file: 'quiz.yaml', find: '        correct: true\n', replace: '        corect: true\n' }],
    expected: [{ code: 'LMS003', file: 'quiz.yaml', line: 8, column: 9, message: 'Unknown field "corect" in "questions[0].choices[0]".', hint: 'did you mean "correct"?' }],
  },
];

describe('one run reports every problem, each with its fix', () => {
  test.each(CASES)('$name', async ({ edits, expected }) => {
    const { found, loaded } = await diagnosticsAfter(edits);
    const withDir = found.map((d) => (d.hint ? { ...d, hint: d.hint.replace(/create \S+?\/lessons\//, 'create DIR/lessons/') } : d));
    expect(withDir).toEqual(expected);
    // Warnings (LMS1xx) let the course through; errors stop it.
    expect(loaded).toBe(expected.every((d) => d.code.startsWith('LMS1')));
  });
});
