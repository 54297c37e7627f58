/**
 * Malformed variants of the fixture course in test/fixtures/courses/minimal, each with the one
 * diagnostic it must produce. Shared by the loader test and the JSON Schema test.
 */
import type { Edit } from '../support/course-copy.ts';

export interface MalformedCase {
  name: string;
  edits: Edit[];
  expected: { code: string; file: string; line: number; column: number; message: string; hint?: string };
  /** True when the problem is one a JSON Schema can see (shape and types, not references). */
  schemaLevel?: boolean;
}

export const MALFORMED_CASES: MalformedCase[] = [
  {
    name: 'a misspelt field is unknown, with a suggestion',
    edits: [{ file: 'quiz.yaml', find: '    prompt: What is the smallest', replace: '    promt: What is the smallest' }],
    expected: { code: 'LMS003', file: 'quiz.yaml', line: 4, column: 5, message: 'Unknown field "promt"', hint: 'did you mean "prompt"?' },
    schemaLevel: true,
  },
  {
    name: 'a misspelt nested setting is unknown, with a suggestion',
    edits: [{ file: 'course.yaml', find: '  passingScore: 50', replace: '  passingscore: 50' }],
    expected: { code: 'LMS003', file: 'course.yaml', line: 11, column: 3, message: 'Unknown field "passingscore" in "quiz"', hint: 'did you mean "passingScore"?' },
    schemaLevel: true,
  },
  {
    name: 'a missing required field is named',
    edits: [{ file: 'course.yaml', find: 'title: Cells\n', replace: '' }],
    expected: { code: 'LMS004', file: 'course.yaml', line: 2, column: 1, message: 'Missing field "title"' },
    schemaLevel: true,
  },
  {
    name: 'a number given as text is the wrong type',
    edits: [{ file: 'course.yaml', find: 'passingScore: 50', replace: 'passingScore: fifty' }],
    expected: { code: 'LMS005', file: 'course.yaml', line: 11, column: 17, message: 'should be a number, not the text "fifty"' },
    schemaLevel: true,
  },
  {
    name: 'an unknown completion rule suggests the closest one',
    edits: [{ file: 'course.yaml', find: 'completion: quiz-passed', replace: 'completion: quiz-pass' }],
    expected: { code: 'LMS006', file: 'course.yaml', line: 13, column: 13, message: 'cannot be "quiz-pass"', hint: 'did you mean "quiz-passed"?' },
    schemaLevel: true,
  },
  {
    name: 'an unknown question type suggests the closest one',
    edits: [{ file: 'quiz.yaml', find: 'type: single', replace: 'type: singel' }],
    expected: { code: 'LMS006', file: 'quiz.yaml', line: 3, column: 11, message: 'Unknown type "singel"', hint: 'did you mean "single"?' },
    schemaLevel: true,
  },
  {
    name: 'YAML with broken indentation is a syntax error',
    edits: [{ file: 'quiz.yaml', find: '    explanation: See "Parts".', replace: '   explanation: See "Parts".' }],
    expected: { code: 'LMS001', file: 'quiz.yaml', line: 29, column: 1, message: 'YAML syntax' },
  },
  {
    name: 'two flashcards with one id are a duplicate',
    edits: [{ file: 'flashcards.yaml', find: '    concepts: [cell]\n', replace: '    concepts: [cell]\n  - id: smallest\n    front: Another\n    back: Card\n' }],
    expected: { code: 'LMS007', file: 'flashcards.yaml', line: 6, column: 9, message: 'Duplicate flashcard id "smallest" (first used on line 2)' },
  },
  {
    name: 'a single-choice question with two correct choices is refused',
    edits: [{ file: 'quiz.yaml', find: '        text: The atom', replace: '        text: The atom\n        correct: true' }],
    expected: { code: 'LMS008', file: 'quiz.yaml', line: 6, column: 7, message: 'exactly one correct choice; this one has 2' },
  },
  {
    name: 'a single-choice question with no correct choice is refused',
    edits: [{ file: 'quiz.yaml', find: '        correct: true\n', replace: '' }],
    expected: { code: 'LMS008', file: 'quiz.yaml', line: 6, column: 7, message: 'this one has 0' },
  },
  {
    name: 'a matching pair without its right side is unbalanced',
    edits: [{ file: 'quiz.yaml', find: '        right: Holds the DNA\n', replace: '' }],
    expected: { code: 'LMS009', file: 'quiz.yaml', line: 26, column: 9, message: 'has a left side but no right side' },
    schemaLevel: true,
  },
  {
    name: 'two matching pairs with the same right side are unbalanced',
    edits: [{ file: 'quiz.yaml', find: 'right: Holds the DNA', replace: 'right: Keeps the inside in' }],
    expected: { code: 'LMS009', file: 'quiz.yaml', line: 28, column: 16, message: 'Pairs 1 and 2 have the same right side' },
  },
  {
    name: 'a fill-in question with no accepted answer is refused',
    edits: [{ file: 'quiz.yaml', find: 'accepted: [a membrane, membrane]', replace: 'accepted: []' }],
    expected: { code: 'LMS010', file: 'quiz.yaml', line: 17, column: 15, message: 'needs at least one accepted answer' },
    schemaLevel: true,
  },
  {
    name: 'a flashcard naming an unknown concept is refused',
    edits: [{ file: 'flashcards.yaml', find: 'concepts: [cell]', replace: 'concepts: [cel]' }],
    expected: { code: 'LMS011', file: 'flashcards.yaml', line: 5, column: 16, message: 'Unknown concept "cel"', hint: 'did you mean "cell"?' },
  },
  {
    name: 'a question pointing at an unknown section is refused',
    edits: [{ file: 'quiz.yaml', find: 'section: the-cell', replace: 'section: the-cel' }],
    expected: { code: 'LMS012', file: 'quiz.yaml', line: 12, column: 14, message: 'Unknown section "the-cel"' },
  },
  {
    name: 'an image that does not exist is a missing asset',
    edits: [{ file: 'lessons/intro.md', find: '../assets/cell.png', replace: '../assets/cel.png' }],
    expected: { code: 'LMS013', file: 'lessons/intro.md', line: 7, column: 1, message: 'does not exist (looked for assets/cel.png)' },
  },
  {
    name: 'an image outside the course folder is refused',
    edits: [{ file: 'lessons/intro.md', find: '../assets/cell.png', replace: '../../../secret.png' }],
    expected: { code: 'LMS014', file: 'lessons/intro.md', line: 7, column: 1, message: 'points outside the course folder' },
  },
  {
    name: 'a script tag is raw HTML the sanitizer would strip',
    edits: [{ file: 'lessons/intro.md', find: 'Every cell has a membrane.', replace: 'Every cell has a membrane. <script>alert(1)</script>' }],
    expected: { code: 'LMS015', file: 'lessons/intro.md', line: 5, column: 65, message: 'Raw HTML <script> would be removed' },
  },
  {
    name: 'an image without alt text is refused',
    edits: [{ file: 'lessons/intro.md', find: '![A cell with its membrane]', replace: '![]' }],
    expected: { code: 'LMS016', file: 'lessons/intro.md', line: 7, column: 1, message: 'has no alt text' },
  },
  {
    name: 'an image on another server is refused',
    edits: [{ file: 'lessons/intro.md', find: '../assets/cell.png', replace: 'https://example.org/cell.png' }],
    expected: { code: 'LMS017', file: 'lessons/intro.md', line: 7, column: 1, message: 'would be fetched from outside the package' },
  },
  {
    name: 'a lesson without a title heading is refused',
    edits: [{ file: 'lessons/intro.md', find: '# About cells\n\n', replace: '' }],
    expected: { code: 'LMS018', file: 'lessons/intro.md', line: 1, column: 1, message: 'must start with its title' },
  },
  {
    name: 'drawing more questions than the pool has is refused',
    edits: [{ file: 'course.yaml', find: 'draw: 2', replace: 'draw: 5' }],
    expected: { code: 'LMS019', file: 'course.yaml', line: 12, column: 9, message: 'quiz.draw is 5, but quiz.yaml has only 3 questions' },
  },
  {
    name: 'an interface language lmspack has no table for is named, with the tables it has and the one meant',
    edits: [{ file: 'course.yaml', find: 'language: en\n', replace: 'language: en\ninterfaceLanguages: [fr, ger]\n' }],
    expected: { code: 'LMS025', file: 'course.yaml', line: 6, column: 26, message: 'lmspack has no interface table for "ger" in interfaceLanguages; it has en, es, fr, de, pt-BR, ar, it.', hint: 'did you mean "de"?' },
  },
  {
    name: 'interface languages written as one tag instead of a list',
    edits: [{ file: 'course.yaml', find: 'language: en\n', replace: 'language: en\ninterfaceLanguages: fr\n' }],
    expected: { code: 'LMS006', file: 'course.yaml', line: 6, column: 21, message: 'must be a list of BCP 47 language tags such as [fr, de], or all' },
    schemaLevel: true,
  },
  {
    name: 'a lesson file that does not exist is named where it is listed',
    edits: [{ file: 'course.yaml', find: '  - lessons/intro.md', replace: '  - lessons/intro2.md' }],
    expected: { code: 'LMS002', file: 'course.yaml', line: 9, column: 5, message: 'Lesson file "lessons/intro2.md" does not exist' },
  },
  {
    name: 'a section id used in two lessons is a duplicate, reported at the second heading',
    edits: [
      { file: 'course.yaml', find: '  - lessons/intro.md', replace: '  - lessons/intro.md\n  - lessons/more.md' },
      { file: 'lessons/more.md', content: '# More about cells\n\n## Division {#division}\n\nCells divide.\n\n## Again {#parts}\n\nText.\n' },
    ],
    expected: { code: 'LMS007', file: 'lessons/more.md', line: 7, column: 10, message: 'Section id "parts" is also used in lessons/intro.md' },
  },
  {
    name: 'a section id used twice in one lesson is a duplicate, reported at the second heading',
    edits: [{ file: 'lessons/intro.md', find: 'See [the cell]', replace: '## Again {#the-cell}\n\nSee [the cell]' }],
    expected: { code: 'LMS007', file: 'lessons/intro.md', line: 18, column: 10, message: 'Section id "the-cell" is used twice in this lesson (first on line 3)' },
  },
  {
    name: 'a course folder without course.yaml says so',
    edits: [{ file: 'course.yaml' }],
    expected: { code: 'LMS002', file: 'course.yaml', line: 1, column: 1, message: 'The course folder has no course.yaml' },
  },
  {
    name: 'a quiz-based completion rule without a quiz is refused',
    edits: [{ file: 'quiz.yaml' }],
    expected: { code: 'LMS020', file: 'course.yaml', line: 13, column: 13, message: 'needs a quiz' },
  },
  {
    name: 'a flashcard without an id gets a derived one and a warning',
    edits: [{ file: 'flashcards.yaml', find: '  - id: smallest\n    front:', replace: '  - front:' }],
    expected: { code: 'LMS101', file: 'flashcards.yaml', line: 2, column: 5, message: 'using "what-is-the-smallest-unit-of-life"' },
  },
];
