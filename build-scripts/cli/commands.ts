/**
 * The commands of `lmspack`: what each does, its usage line, flags and examples (the text of
 * `lmspack <command> --help`), and how to run it. Each command's module is imported only when
 * it runs, so `lmspack check` does not load Vite and `--help` loads nothing.
 * @packageDocumentation
 */
import type { CliIo } from './cli-io.ts';

/** Runs a command with the arguments after its name; resolves to the exit code (0 or 1; usage errors are thrown). */
export type RunCommand = (args: string[], io: CliIo) => Promise<number>;

export interface CommandSpec {
  name: string;
  /** One line for `lmspack --help`. */
  summary: string;
  /** Arguments after `lmspack <name>`, for the usage line. */
  usage: string;
  options: readonly (readonly [flag: string, meaning: string])[];
  /** What the help says beyond the summary, when a command needs more than one line. */
  details?: string;
  examples: readonly (readonly [command: string, meaning: string])[];
  run: RunCommand;
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'build',
    summary: 'check a course and build its SCORM 1.2, SCORM 2004, xAPI and cmi5 packages',
    usage: '[--course DIR] [--out DIR] [--format LIST]',
    options: [
      ['--course DIR', "the course folder, the one holding course.yaml (default: this repository's course/)"],
      ['--out DIR', "where the zips are written (default: this repository's dist/)"],
      ['--format LIST', 'comma-separated subset of scorm12,scorm2004,xapi,cmi5 (default: all four)'],
    ],
    examples: [
      ['lmspack build', 'build course/ into dist/'],
      ['lmspack build --course my-course --out my-course/dist', 'build another course'],
      ['lmspack build --format scorm12,cmi5', 'only the SCORM 1.2 and cmi5 packages'],
    ],
    run: async (args, io) => (await import('./build-command.ts')).runBuildCommand(args, io),
  },
  {
    name: 'check',
    summary: "inspect any SCORM, xAPI or cmi5 package, lmspack's or another tool's",
    usage: 'FILE.zip... [--json] [--strict]',
    options: [
      ['--json', 'print every finding as JSON instead of the grouped report'],
      ['--strict', "also fail on warnings (what lmspack holds its own packages to)"],
    ],
    examples: [
      ['lmspack check dist/therapeutic-relationship-scorm2004.zip', 'a readable report'],
      ['lmspack check other-tool-export.zip --json', 'every finding, for tools'],
      ['lmspack check dist/*.zip --strict', 'several packages; warnings fail too'],
    ],
    run: async (args, io) => (await import('../check/check-command.ts')).runCheckCommand(args, io),
  },
  {
    name: 'dev',
    summary: 'serve the player with a course, reloading when a course file changes',
    usage: '[--course DIR] [--port N] [--host HOST]',
    options: [
      ['--course DIR', "the course folder (default: this repository's course/)"],
      ['--port N', "the port to serve on (default: Vite's, 5173 or the next free one)"],
      ['--host HOST', 'the address to listen on, e.g. 0.0.0.0 for other devices (default: localhost)'],
    ],
    examples: [
      ['lmspack dev', 'serve course/ at http://localhost:5173/'],
      ['lmspack dev --course my-course --port 8080', 'another course, on a port of your choice'],
    ],
    run: async (args, io) => (await import('./dev-command.ts')).runDevCommand(args, io),
  },
  {
    name: 'preview',
    summary: 'play a package as an LMS would, showing what reaches the LMS or LRS',
    usage: 'PACKAGE.zip [--port N]',
    options: [['--port N', 'the port to serve on (default: a free one)']],
    examples: [
      ['lmspack preview dist/therapeutic-relationship-scorm2004.zip', 'in a test LMS, with its data model beside the course'],
      ['lmspack preview dist/therapeutic-relationship-xapi.zip', 'against a local LRS, with the statements beside the course'],
    ],
    run: async (args, io) => (await import('./preview-command.ts')).runPreviewCommand(args, io),
  },
  {
    name: 'init',
    summary: 'start a new course folder with one example of everything',
    usage: 'DIR',
    options: [],
    details: `Creates DIR with a new course: two lessons (sections, a callout, an image with alt text, an
optional block, a table), key concepts, flashcards and one quiz question of each of the six
types, with comments that explain every file. The course id is made from DIR's name. DIR must
be new or empty: init never overwrites a file.`,
    examples: [
      ['lmspack init my-course', 'create my-course/'],
      ['lmspack build --course my-course', 'then build it'],
    ],
    run: async (args, io) => (await import('./init-command.ts')).runInitCommand(args, io),
  },
  {
    name: 'import',
    summary: "add the cards of an Anki or RemNote export to a course's flashcards.yaml",
    usage: 'DECK.(txt|tsv|csv) --course DIR [--dry-run]',
    options: [
      ['--course DIR', 'the course folder (the one holding course.yaml)'],
      ['--dry-run', 'print the cards that would be added; change nothing'],
    ],
    details: `Adds the cards of a flashcard deck to DIR/flashcards.yaml, after the cards it has (nothing in
the file is changed). DECK is an Anki export ("Notes in Plain Text", .txt or .tsv, with its
#separator/#html/#tags column header lines) or a CSV/TSV of front and back (RemNote, a
spreadsheet; a first row "Front,Back,Tags" names the columns). Tags that name a concept in
concepts.yaml become the card's concepts. Duplicates, extra columns, other tags and dropped
formatting are reported; images, sounds, cloze deletions and other HTML a text card cannot
show stop the import with file:line:column, and then no file changes.`,
    examples: [
      ['lmspack import my-deck.txt --course my-course --dry-run', 'see what would be added'],
      ['lmspack import my-deck.txt --course my-course', 'append the cards of an Anki export'],
      ['lmspack import remnote-export.csv --course my-course', 'a RemNote or spreadsheet CSV'],
    ],
    run: async (args, io) => (await import('./import-command.ts')).runImportCommand(args, io),
  },
  {
    name: 'schemas',
    summary: 'regenerate the JSON Schemas editors use for the course files',
    usage: '[--out DIR]',
    options: [['--out DIR', "where the schemas are written (default: this repository's schemas/)"]],
    examples: [['lmspack schemas', 'rewrite schemas/*.schema.json']],
    run: async (args, io) => (await import('./schemas-command.ts')).runSchemasCommand(args, io),
  },
];
