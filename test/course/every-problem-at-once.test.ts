/**
 * The author's loop: one run reports every problem with its fix. Each case edits the minimal
 * fixture course and states the complete diagnostic list it must produce (code, file, line,
 * column, message, hint), so an extra, cascading or missing diagnostic fails the test.
 */
import { rm } from 'node:fs/promises';
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
];

describe('one run reports every problem, each with its fix', () => {
  test.each(CASES)('$name', async ({ edits, expected }) => {
    const { found, loaded } = await diagnosticsAfter(edits);
    const withDir = found.map((d) => (d.hint ? { ...d, hint: d.hint.replace(/create \S+?\/lessons\//, 'create DIR/lessons/') } : d));
    expect(withDir).toEqual(expected);
    expect(loaded).toBe(expected.length === 0);
  });
});
