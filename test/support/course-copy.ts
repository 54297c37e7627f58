/**
 * Test helpers that copy a course folder to a temporary directory and edit its files, so each
 * test works on its own copy.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_COURSE = path.join(REPO, 'course');
export const MINIMAL_COURSE = path.join(REPO, 'test/fixtures/courses/minimal');

export interface Edit {
  file: string;
  /** Text to replace (must occur in the file); with `replace` undefined the file is deleted. */
  find?: string;
  replace?: string;
  /** Writes the file with this text (creating it), instead of editing it. */
  content?: string;
}

export async function copyCourse(from: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lmspack-course-'));
  await cp(from, dir, { recursive: true });
  return dir;
}

export async function applyEdit(dir: string, edit: Edit): Promise<void> {
  const file = path.join(dir, edit.file);
  if (edit.content !== undefined) {
    await writeFile(file, edit.content);
    return;
  }
  if (edit.replace === undefined && edit.find === undefined) {
    await rm(file);
    return;
  }
  const text = await readFile(file, 'utf8');
  if (edit.find === undefined || !text.includes(edit.find)) throw new Error(`test edit: "${edit.find}" not found in ${edit.file}`);
  await writeFile(file, text.replace(edit.find, edit.replace ?? ''));
}
