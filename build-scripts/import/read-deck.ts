/**
 * Reads the rows of a deck file (Anki's "Notes in Plain Text", a RemNote or spreadsheet CSV)
 * with csv-parse, the way Anki's importer reads them: quoted fields with doubled quotes and line
 * breaks inside, `#` lines as comments, rows of any length. Each cell remembers where it starts
 * in the file, so a problem is reported at its line and column.
 * @packageDocumentation
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { DeckHeaders, Separator } from './deck-headers.ts';

export interface DeckCell {
  text: string;
  /** Offset in the file of the cell's first character (its opening quote when quoted). */
  offset: number;
  quoted: boolean;
}

export interface DeckRow {
  /** 1-based line the row starts on. */
  line: number;
  cells: DeckCell[];
}

export type DeckRows = { ok: true; rows: DeckRow[] } | { ok: false; offset: number; message: string; hint: string };

/**
 * Without `#separator:`, a `.csv` file is comma-separated and a `.tsv` file tab-separated;
 * otherwise the first of tab, semicolon and comma that the first row holds.
 */
export function chooseSeparator(headers: DeckHeaders, extension: string, text: string): Separator {
  if (headers.separator) return headers.separator;
  if (extension === '.csv') return ',';
  if (extension === '.tsv') return '\t';
  const firstRow = text.split('\n')[headers.lineCount] ?? '';
  return (['\t', ';', ','] as const).find((c) => firstRow.includes(c)) ?? '\t';
}

/** Without `#html:`, fields are HTML when any holds a tag or an entity, as Anki guesses too. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);
}

export function readDeckRows(text: string, headers: DeckHeaders, separator: Separator): DeckRows {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  let lastLine = headers.lineCount;
  try {
    // Header lines are `#` comments to the parser; an old first line `tags: …` is made one in
    // place (same length, so every offset stays true).
    const parsed = text.startsWith('tags:') ? `#${text.slice(1)}` : text;
    const records = parse(parsed, {
      delimiter: separator,
      comment: '#',
      comment_no_infix: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
    const rows = records.map(({ record, info }) => {
      // Only quoted fields span lines, so the row starts as many lines up as its fields hold breaks.
      const line = info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
      return { line, cells: locateCells(text, lineStarts[line - 1] ?? 0, record, separator) };
    });
    return { ok: true, rows };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return unreadable(text, lineStarts, lastLine, error);
  }
}

/** Pairs each field with where it starts, by walking the row's text as the parser did. */
function locateCells(text: string, start: number, fields: string[], separator: string): DeckCell[] {
  const cells: DeckCell[] = [];
  let at = start;
  for (const field of fields) {
    const quoted = text[at] === '"';
    cells.push({ text: field, offset: at, quoted });
    at += rawLength(text, at, quoted, separator) + 1;
  }
  return cells;
}

function rawLength(text: string, start: number, quoted: boolean, separator: string): number {
  if (!quoted) {
    let end = start;
    while (end < text.length && text[end] !== separator && text[end] !== '\n') end++;
    return end - start;
  }
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"' && text[i + 1] === '"') i += 2;
    else if (text[i] === '"') return i + 1 - start;
    else i++;
  }
  return i - start;
}

/** Offset in the file of the character at `index` of the cell's text. */
export function offsetInCell(text: string, cell: DeckCell, index: number): number {
  if (!cell.quoted) return cell.offset + index;
  let i = cell.offset + 1;
  for (let seen = 0; seen < index; seen++) i += text[i] === '"' ? 2 : 1;
  return i;
}

function unreadable(text: string, lineStarts: number[], lastLine: number, error: CsvError): DeckRows {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    // The parser fails at the end of the file; the quote that never closes opened in the row after the last complete one.
    const from = lineStarts[lastLine] ?? 0;
    const quote = text.indexOf('"', from);
    return { ok: false, offset: quote >= 0 ? quote : from, message: 'This quoted field is never closed: the rest of the file would become one card.', hint: 'end the field with " and write a quote inside it as ""' };
  }
  const line = (error as CsvError & { lines?: number }).lines ?? lastLine + 1;
  return { ok: false, offset: lineStarts[line - 1] ?? 0, message: `The deck cannot be read: ${error.message}`, hint: 'export the deck again as "Notes in Plain Text" (Anki) or CSV (RemNote)' };
}
