/**
 * Which column of a deck is the front, the back and the tags. Anki names its meta columns in
 * header lines and its field names in `#columns:`; a RemNote or spreadsheet CSV may start with
 * a row of names instead (`Front,Back,Tags`, `Question,Answer`). The front is the first column
 * that is not a meta column, the back the second; any other column is reported, not imported.
 * @packageDocumentation
 */
import type { DeckHeaders, Separator } from './deck-headers.ts';
import type { DeckRow } from './read-deck.ts';

export interface DeckColumns {
  /** 0-based indices. */
  front: number;
  back: number;
  tags?: number;
  /** Columns whose text is not imported, with the name a message calls them by. */
  skipped: Map<number, string>;
  /** Anki's own columns (guid, note type, deck), by 0-based index: not card text, so not imported. */
  meta: Map<number, string>;
  /** Whether the first row named the columns (and is no card). */
  headerRow: boolean;
}

const FRONT_NAMES = new Set(['front', 'question']);
const BACK_NAMES = new Set(['back', 'answer']);

export function deckColumns(headers: DeckHeaders, separator: Separator, rows: readonly DeckRow[]): DeckColumns {
  const firstRow = rows[0]?.cells.map((cell) => cell.text.trim()) ?? [];
  const headerRow = headers.columnsLine === undefined && isNameRow(firstRow);
  const names = headers.columnsLine !== undefined ? headers.columnsLine.split(separator).map((name) => name.trim()) : headerRow ? firstRow : [];
  let tags = headers.tagsColumn !== undefined ? headers.tagsColumn - 1 : undefined;
  if (tags === undefined && headerRow) {
    const named = firstRow.findIndex((name) => name.toLowerCase() === 'tags');
    if (named >= 0) tags = named;
  }
  const width = Math.max(names.length, ...rows.map((row) => row.cells.length));
  const content: number[] = [];
  const skipped = new Map<number, string>();
  const metaColumns = new Map<number, string>();
  for (let i = 0; i < width; i++) {
    const meta = headers.metaColumns.get(i + 1);
    if (i === tags) continue;
    if (meta) metaColumns.set(i, meta);
    else if (content.length === 2) skipped.set(i, `column ${i + 1}${names[i] ? ` "${names[i]}"` : ''}`);
    else content.push(i);
  }
  return { front: content[0] ?? 0, back: content[1] ?? 1, ...(tags !== undefined ? { tags } : {}), skipped, meta: metaColumns, headerRow };
}

function isNameRow(cells: readonly string[]): boolean {
  const [first, second] = cells.map((cell) => cell.toLowerCase());
  return first !== undefined && second !== undefined && FRONT_NAMES.has(first) && BACK_NAMES.has(second);
}
