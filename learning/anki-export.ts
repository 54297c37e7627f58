/**
 * The flashcards as a tab-separated file Anki imports (File › Import): one note per line with
 * front, back and tags. Header lines tell Anki the separator, that fields are plain text and
 * which column holds the tags, so the import needs no settings.
 * @packageDocumentation
 */
import type { Flashcard } from '../format/validated-course.ts';

/** Tabs and line breaks would split a field; Anki's plain-text mode has no escaping for them. */
function field(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}

/** Anki tags are space-separated and cannot contain spaces. */
function tag(text: string): string {
  return text.replace(/\s+/g, '_');
}

/**
 * The TSV text. Every card is tagged with the course id and its concept ids, so a learner can
 * find the deck's cards in Anki.
 */
export function flashcardsTsv(cards: readonly Flashcard[], courseId: string): string {
  const lines = ['#separator:tab', '#html:false', '#columns:Front\tBack\tTags', '#tags column:3'];
  for (const card of cards) {
    const tags = [courseId, ...(card.concepts ?? [])].map(tag).join(' ');
    lines.push([field(card.front), field(card.back), tags].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
