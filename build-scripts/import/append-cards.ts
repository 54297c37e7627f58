/**
 * Adds cards to the end of flashcards.yaml as text, so that everything already in the file
 * (cards, comments, blank lines, quoting) stays byte for byte as the author wrote it: the new
 * text is only ever appended. The yaml library finds where the list ends and how it is
 * indented, and writes each new card; the result is parsed again to prove it holds the old
 * cards followed by the new ones.
 * @packageDocumentation
 */
import { isMap, isSeq, parseDocument, Document, type YAMLSeq } from 'yaml';
import { flashcardSchema } from '../../format/content-schemas.ts';
import type { ImportedCard } from './deck-cards.ts';

export type Appended = { ok: true; text: string; added: string } | { ok: false; message: string };

/** Where the list of cards is and how its items are laid out. */
interface Layout {
  indent: string;
  blankLineBetween: boolean;
  existingCount: number;
}

/**
 * The new text of flashcards.yaml (`current` undefined when there is no file yet) and the part
 * added. `schemaDir` names the JSON Schema folder for the first line of a new file.
 */
export function appendCards(current: string | undefined, cards: readonly ImportedCard[], schemaDir?: string): Appended {
  const start = current === undefined || isBlankDocument(current) ? newFileStart(current, schemaDir) : undefined;
  const base = start ?? current!;
  const layout = findLayout(base);
  if (!layout.ok) return layout;
  const prefix = base.endsWith('\n') ? base : `${base}${base.includes('\r\n') ? '\r\n' : '\n'}`;
  const items = cards.map((card, i) => cardText(card, layout.layout.indent, layout.layout.blankLineBetween && (i > 0 || layout.layout.existingCount > 0)));
  // A file written with Windows line endings keeps them.
  const added = base.includes('\r\n') ? items.join('').replace(/\n/g, '\r\n') : items.join('');
  const text = prefix + added;
  const proof = prove(text, current === undefined ? [] : cardsIn(current), cards);
  return proof ?? { ok: true, text, added: text.slice((current ?? '').length) };
}

const isBlankDocument = (text: string): boolean => text.split('\n').every((line) => line.trim() === '' || line.trimStart().startsWith('#'));

function newFileStart(current: string | undefined, schemaDir: string | undefined): string {
  const head = current ?? (schemaDir === undefined ? '' : `# yaml-language-server: $schema=${schemaDir}flashcards.schema.json\n`);
  return `${head}${head === '' || head.endsWith('\n') ? '' : '\n'}cards:\n`;
}

function findLayout(text: string): { ok: true; layout: Layout } | { ok: false; message: string } {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { ok: false, message: `flashcards.yaml is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}` };
  const root = doc.contents;
  const last = isMap(root) ? root.items.at(-1) : undefined;
  const lastKey = last && typeof last.key === 'object' && last.key !== null && 'value' in last.key ? last.key.value : undefined;
  if (!isMap(root) || lastKey !== 'cards') return { ok: false, message: 'flashcards.yaml must end with its "cards:" list for cards to be added after the ones it has.' };
  const list = last!.value;
  if (list === null || (!isSeq(list) && isEmptyScalar(list))) return { ok: true, layout: { indent: '  ', blankLineBetween: false, existingCount: 0 } };
  if (!isSeq(list)) return { ok: false, message: '"cards:" in flashcards.yaml is not a list; write it as a list of "- " items to import into it.' };
  if (list.flow) return { ok: false, message: 'The "cards:" list in flashcards.yaml is written in flow style ([ … ]); write it as a list of "- " items to import into it.' };
  return { ok: true, layout: seqLayout(text, list) };
}

const isEmptyScalar = (node: unknown): boolean => typeof node === 'object' && node !== null && 'value' in node && (node as { value: unknown }).value === null;

function seqLayout(text: string, list: YAMLSeq): Layout {
  const [first, second] = list.items as { range?: [number, number, number] }[];
  const firstStart = first?.range?.[0] ?? 0;
  const lineStart = text.lastIndexOf('\n', firstStart - 1) + 1;
  const indent = /^ */.exec(text.slice(lineStart, firstStart))![0];
  // From the first card to the line the second starts on: a blank line at its end (comments aside) separates cards.
  const between = first?.range && second?.range ? text.slice(first.range[0], text.lastIndexOf('\n', second.range[0]) + 1) : '';
  return { indent, blankLineBetween: /\n[ \t]*\n(?:[ \t]*(?:#[^\n]*)?\n)*$/.test(between), existingCount: list.items.length };
}

/** One card as a list item: `id`, `front`, `back`, then `concepts` in flow style as the seed course writes them. */
function cardText(card: ImportedCard, indent: string, blankLineBefore: boolean): string {
  const doc = new Document({ id: card.id, front: card.front, back: card.back, ...(card.concepts.length > 0 ? { concepts: card.concepts } : {}) });
  const concepts = doc.get('concepts', true);
  if (isSeq(concepts)) concepts.flow = true;
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
  const lines = body.split('\n').map((line, i) => (i === 0 ? `${indent}- ${line}` : line === '' ? '' : `${indent}  ${line}`));
  return `${blankLineBefore ? '\n' : ''}${lines.join('\n')}\n`;
}

function cardsIn(text: string): unknown[] {
  const cards = parseDocument(text).toJS() as { cards?: unknown[] } | null;
  return Array.isArray(cards?.cards) ? cards.cards : [];
}

/** Refuses to write unless the new file reads back as the old cards, then exactly the new ones. */
function prove(text: string, before: unknown[], added: readonly ImportedCard[]): { ok: false; message: string } | undefined {
  const after = cardsIn(text);
  const expected = [...before, ...added.map((card) => ({ id: card.id, front: card.front, back: card.back, ...(card.concepts.length > 0 ? { concepts: card.concepts } : {}) }))];
  const same = JSON.stringify(after) === JSON.stringify(expected) && added.every((card, i) => flashcardSchema.safeParse(after[before.length + i]).success);
  return same ? undefined : { ok: false, message: 'lmspack could not write the cards so that flashcards.yaml reads them back unchanged; nothing was written. Please report this with the deck.' };
}
