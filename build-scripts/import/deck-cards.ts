/**
 * Turns a deck's rows into flashcards.yaml cards: text converted from HTML where the deck holds
 * HTML, tags that name a concept kept as the card's concepts, a stable id derived from the
 * front, and every row that cannot become a card reported at its line and column. Nothing is
 * dropped without a diagnostic: duplicates, extra columns, unknown tags and lost formatting are
 * warnings; a row that cannot become a card is an error, and an error stops the whole import.
 * @packageDocumentation
 */
import { deriveId } from '../../format/ids.ts';
import { diagnostic, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';
import type { DiagnosticName } from '../diagnostics/diagnostic-codes.ts';
import { LineIndex } from '../diagnostics/line-index.ts';
import type { DeckColumns } from './deck-columns.ts';
import { htmlFieldToText } from './html-to-text.ts';
import type { ImportTarget } from './import-target.ts';
import { offsetInCell, type DeckCell, type DeckRow } from './read-deck.ts';

export interface ImportedCard {
  id: string;
  front: string;
  back: string;
  concepts: string[];
  /** Line of the deck it came from. */
  line: number;
}

export interface DeckInput {
  /** The deck's path as messages show it. */
  file: string;
  text: string;
  rows: readonly DeckRow[];
  columns: DeckColumns;
  html: boolean;
  globalTags: readonly string[];
  target: ImportTarget;
}

/** A warning said once for many rows: where it first happened and how often. */
interface Tally {
  at: SourceLocation;
  count: number;
}

/** Anki text that has no meaning outside Anki: sound files and cloze deletions. */
const ANKI_ONLY = [
  { pattern: /\[sound:[^\]]*\]/, what: 'an Anki sound file', hint: 'lmspack cards are text only; remove the sound, or describe it in words' },
  { pattern: /\{\{c\d+::/, what: 'a cloze deletion', hint: 'lmspack cards have a front and a back; rewrite the cloze as a question and its answer' },
];

export class DeckConversion {
  readonly cards: ImportedCard[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly lines: LineIndex;
  private readonly fronts = new Map<string, string>();
  private readonly ids: Set<string>;
  private readonly skippedColumns = new Map<number, Tally>();
  private readonly skippedTags = new Map<string, Tally>();
  private formatting?: Tally;

  constructor(private readonly input: DeckInput) {
    this.lines = new LineIndex(input.text);
    this.ids = new Set(input.target.existing.map((card) => card.id));
    for (const card of input.target.existing) this.fronts.set(frontKey(card.front), `flashcards.yaml (card "${card.id}")`);
  }

  /** Converts every row, then adds the warnings that summarise many rows. */
  run(): this {
    const rows = this.input.columns.headerRow ? this.input.rows.slice(1) : this.input.rows;
    for (const row of rows) if (row.cells.some((cell) => cell.text.trim() !== '')) this.convertRow(row);
    this.summarise();
    return this;
  }

  private convertRow(row: DeckRow): void {
    const { columns } = this.input;
    const front = this.cellText(row, columns.front, 'front');
    const back = this.cellText(row, columns.back, 'back');
    this.tallySkippedColumns(row);
    const concepts = this.concepts(row);
    if (front === undefined || back === undefined) return;
    const key = frontKey(front);
    const earlier = this.fronts.get(key);
    if (earlier) {
      this.report('deck-duplicate', row.cells[columns.front]!.offset, `The front "${clip(front)}" is already in ${earlier}; this row is skipped.`, 'edit the front in one of them if they are different cards, then import again');
      return;
    }
    this.fronts.set(key, `this deck, line ${row.line}`);
    this.cards.push({ id: this.newId(front), front, back, concepts, line: row.line });
  }

  /** The text of one side, or undefined (with an error) when it cannot be a card's side. */
  private cellText(row: DeckRow, index: number, side: 'front' | 'back'): string | undefined {
    const cell = row.cells[index];
    if (!cell || cell.text.trim() === '') {
      const offset = cell?.offset ?? row.cells.at(-1)!.offset;
      this.report('deck-card-incomplete', offset, `This row has no ${side} (column ${index + 1}).`, `every card needs a front and a back; fill in the ${side} or delete the row`);
      return undefined;
    }
    const converted = this.input.html ? htmlFieldToText(cell.text) : { ok: true as const, text: cell.text.trim(), formattingDropped: false };
    if (!converted.ok) {
      this.report('deck-not-plain-text', offsetInCell(this.input.text, cell, converted.offset), `The ${side} holds <${converted.element}>, which a plain-text card cannot show.`, refusalHint(converted.element));
      return undefined;
    }
    if (this.refuseAnkiOnly(cell, side)) return undefined;
    if (converted.formattingDropped) this.formatting = tally(this.formatting, this.at(cell.offset));
    return converted.text === '' ? this.incomplete(cell, side) : converted.text;
  }

  private incomplete(cell: DeckCell, side: string): undefined {
    this.report('deck-card-incomplete', cell.offset, `The ${side} is empty once its HTML is removed.`, `write the ${side} as text`);
    return undefined;
  }

  private refuseAnkiOnly(cell: DeckCell, side: string): boolean {
    for (const { pattern, what, hint } of ANKI_ONLY) {
      const match = pattern.exec(cell.text);
      if (match) {
        this.report('deck-not-plain-text', offsetInCell(this.input.text, cell, match.index), `The ${side} holds ${what} (${match[0]}).`, hint);
        return true;
      }
    }
    return false;
  }

  private tallySkippedColumns(row: DeckRow): void {
    for (const index of this.input.columns.skipped.keys()) {
      const cell = row.cells[index];
      if (cell && cell.text.trim() !== '') this.skippedColumns.set(index, tally(this.skippedColumns.get(index), this.at(cell.offset)));
    }
  }

  /** The tags that name a concept, in order; the course's own tag (once) is expected and dropped. */
  private concepts(row: DeckRow): string[] {
    const { columns, globalTags, target } = this.input;
    const cell = columns.tags === undefined ? undefined : row.cells[columns.tags];
    const tags = [...(cell?.text.split(/\s+/).filter(Boolean) ?? []), ...globalTags];
    const concepts: string[] = [];
    // lmspack's export puts the course id first; a course id that is also a concept id comes again after it.
    let courseTagSeen = false;
    for (const tag of tags) {
      const id = tag.toLowerCase();
      if (id === target.courseId && !courseTagSeen) {
        courseTagSeen = true;
        continue;
      }
      if (target.conceptIds.has(id)) {
        if (!concepts.includes(id)) concepts.push(id);
      } else this.skippedTags.set(tag, tally(this.skippedTags.get(tag), this.at(cell?.offset ?? 0)));
    }
    return concepts;
  }

  /** The id derived from the front, with `-2`, `-3`… when a card already has it. */
  private newId(front: string): string {
    const base = deriveId(front, 'entity');
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  private summarise(): void {
    const { meta } = this.input.columns;
    const firstRow = this.input.rows[0];
    if (meta.size > 0 && firstRow) {
      const first = Math.min(...meta.keys());
      const list = [...meta].map(([index, name]) => `${name} (column ${index + 1})`).join(', ');
      this.diagnostics.push(diagnostic('deck-column-skipped', this.at(firstRow.cells[first]?.offset ?? 0), `Anki's own columns are not imported: ${list}.`, 'lmspack keeps no Anki note id, note type or deck; the cards go into this course'));
    }
    for (const [index, { at, count }] of this.skippedColumns) {
      const name = this.input.columns.skipped.get(index)!;
      this.diagnostics.push(diagnostic('deck-column-skipped', at, `${name} is not imported: ${rows(count)} ${count === 1 ? 'holds' : 'hold'} text there, and an lmspack card has only a front and a back.`, 'move what matters into the back before exporting, or leave it out on purpose'));
    }
    for (const [tag, { at, count }] of this.skippedTags) {
      this.diagnostics.push(diagnostic('deck-tag-skipped', at, `Tag "${tag}" (${rows(count)}) names no concept in concepts.yaml, so it is not kept.`, 'add a concept with this id to concepts.yaml and import again to link the cards to it'));
    }
    if (this.formatting) {
      this.diagnostics.push(diagnostic('deck-formatting-dropped', this.formatting.at, `Bold, italic, colour and other formatting in ${this.formatting.count === 1 ? '1 field' : `${this.formatting.count} fields`} is dropped; the text is kept.`, 'lmspack cards are plain text; a link keeps its address in brackets'));
    }
  }

  private at(offset: number, length = 1): SourceLocation {
    return { file: this.input.file, ...this.lines.position(offset), length };
  }

  private report(name: DiagnosticName, offset: number, message: string, hint: string): void {
    this.diagnostics.push(diagnostic(name, this.at(offset), message, hint));
  }
}

function refusalHint(element: string): string {
  if (['img', 'audio', 'video', 'svg', 'picture', 'object', 'embed', 'canvas'].includes(element)) return 'put images in the lesson (assets/), not in cards; remove it from the deck or describe it in words';
  if (['table', 'tr', 'td', 'th', 'tbody', 'thead'].includes(element)) return 'write the table as lines of text in the field';
  return 'remove it from the field; cards are plain text';
}

/** Fronts are the same card when they differ only in case and spacing. */
const frontKey = (front: string): string => front.replace(/\s+/g, ' ').trim().toLowerCase();
const clip = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(/\n/g, ' ');
const rows = (count: number): string => (count === 1 ? '1 row' : `${count} rows`);
const tally = (previous: Tally | undefined, at: SourceLocation): Tally => (previous ? { ...previous, count: previous.count + 1 } : { at, count: 1 });
