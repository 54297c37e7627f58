/**
 * `dist/<course-id>-flashcards.tsv`: the deck as the player's "Save flashcards" button offers
 * it, so an instructor can hand it out or import it into Anki without opening the course.
 * @packageDocumentation
 */
import { join } from 'node:path';
import { flashcardsFileName, flashcardsTsv } from '../../format/flashcard-tsv.ts';
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { writeTextAtomic } from '../write-text-atomic.ts';

/**
 * Writes the deck's TSV into `outDir` (through a temporary file renamed when complete, as the
 * zips are) and returns its path; a course without cards gets no file.
 */
export async function writeFlashcardsFile(course: ValidatedCourse, outDir: string): Promise<string | undefined> {
  if (course.flashcards.length === 0) return undefined;
  const file = join(outDir, flashcardsFileName(course.settings.id));
  await writeTextAtomic(file, flashcardsTsv(course.flashcards, course.settings.id));
  return file;
}
