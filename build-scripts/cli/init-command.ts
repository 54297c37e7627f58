/**
 * `lmspack init DIR`: starts a course from `templates/course/`, a small course with one example
 * of everything the format supports and comments that explain it. The course id comes from the
 * folder name, and the JSON Schemas are written beside the files for the editor.
 * @packageDocumentation
 */
import { cp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deriveId } from '../../format/ids.ts';
import { generateJsonSchemas } from '../course/json-schemas.ts';
import { repoRoot } from '../repo-root.ts';
import type { CliIo } from './cli-io.ts';
import { UsageError } from './usage-error.ts';

const TEMPLATE_DIR = path.join(repoRoot, 'templates/course');
/** The template's course id, replaced in course.yaml by the one made from the folder name. */
const TEMPLATE_ID = 'hand-hygiene-basics';
/** Folder, inside the new course, of the JSON Schemas its YAML files name on their first line. */
const SCHEMA_DIR = 'schemas';
/** Entries a new folder may already have: a fresh `git init`, or Finder's metadata. */
const IGNORABLE = new Set(['.git', '.DS_Store']);

export async function runInitCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'init needs a folder: lmspack init DIR' : `init takes one folder, not ${positionals.length}`);
  const dir = path.resolve(positionals[0]!);
  await assertEmptyOrNew(dir, positionals[0]!);
  const id = await createCourse(dir);
  const shown = path.relative(process.cwd(), dir) || '.';
  io.stdout.write(
    `lmspack: created the course "${id}" in ${shown}/:\n${(await listFiles(dir)).map((f) => `  ${f}`).join('\n')}\n\n` +
      `Next: edit the files (each explains itself), then\n  npx lmspack build --course ${shown}\n`,
  );
  return 0;
}

async function assertEmptyOrNew(dir: string, shown: string): Promise<void> {
  let entries: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new UsageError(`${shown} is a file; pass a new or empty folder`);
    entries = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const existing = entries.filter((e) => !IGNORABLE.has(e));
  if (existing.length > 0) throw new UsageError(`${shown} is not empty (it holds ${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}); init never overwrites files: pass a new or empty folder`);
}

/** Copies the template, gives the course its id and writes the schemas; returns the id. */
async function createCourse(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await cp(TEMPLATE_DIR, dir, { recursive: true, errorOnExist: true, force: false });
  const id = deriveId(path.basename(dir), 'entity');
  const settings = path.join(dir, 'course.yaml');
  await writeFile(settings, (await readFile(settings, 'utf8')).replaceAll(TEMPLATE_ID, id));
  await mkdir(path.join(dir, SCHEMA_DIR), { recursive: true });
  for (const [name, text] of Object.entries(generateJsonSchemas())) await writeFile(path.join(dir, SCHEMA_DIR, name), text);
  return id;
}

async function listFiles(dir: string, under = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, under), { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => !IGNORABLE.has(e.name))
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((e) => (e.isDirectory() ? listFiles(dir, path.posix.join(under, e.name)) : [path.posix.join(under, e.name)])),
  );
  return nested.flat();
}
