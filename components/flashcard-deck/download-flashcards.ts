import type { Flashcard } from '../../format/validated-course.ts';
import { flashcardsFileName, flashcardsTsv } from '../../format/flashcard-tsv.ts';

/**
 * Saves the deck as an Anki-importable TSV file. The file is made in the page (a blob URL), so
 * saving needs no request, inside or outside the package.
 */
export function downloadFlashcards(cards: readonly Flashcard[], courseId: string): void {
  const blob = new Blob([flashcardsTsv(cards, courseId)], { type: 'text/tab-separated-values;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = flashcardsFileName(courseId);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium reads the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
