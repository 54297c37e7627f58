/**
 * The flashcards as a tab-separated file that Anki imports (File › Import, "Notes in Plain
 * Text"): one note per line with front, back and tags. The header lines tell Anki the
 * separator, that fields are plain text and which column holds the tags, so the import needs
 * no settings. The player offers this file ("Save flashcards"), the build writes it beside the
 * packages, and `lmspack import` reads it back: one definition for all three.
 * @packageDocumentation
 */
import type { Flashcard } from './validated-course.ts';

export const TSV_HEADER_LINES = ['#separator:tab', '#html:false', '#columns:Front\tBack\tTags', '#tags column:3'] as const;

/** Name of the file in `dist/` and of the player's download: `<course-id>-flashcards.tsv`. */
export function flashcardsFileName(courseId: string): string {
  return `${courseId}-flashcards.tsv`;
}

/**
 * A field as Anki's CSV reader (the Rust `csv` crate, quoting on, `#` as comment) reads it back
 * unchanged: quoted, with quotes doubled, when it holds a tab, a quote or a line break, or
 * starts with `#` (a line starting with `#` would be a comment). Text is never altered.
 */
export function tsvField(text: string): string {
  return /[\t"\r\n]|^#/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Anki tags are separated by spaces, so a tag cannot contain one. */
function tag(text: string): string {
  return text.replace(/\s+/g, '_');
}

/**
 * The TSV text. Every card is tagged with the course id and then its concept ids, so a learner
 * can find the deck's cards in Anki and `lmspack import` can give the cards their concepts back.
 */
export function flashcardsTsv(cards: readonly Pick<Flashcard, 'front' | 'back' | 'concepts'>[], courseId: string): string {
  const lines: string[] = [...TSV_HEADER_LINES];
  for (const card of cards) {
    const tags = [courseId, ...(card.concepts ?? [])].map(tag).join(' ');
    lines.push([tsvField(card.front), tsvField(card.back), tags].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
