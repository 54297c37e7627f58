/**
 * `lmspack import`, as a function from a deck file and a course folder to what would change:
 * read the deck, turn its rows into cards, and append them to flashcards.yaml's text. Writing
 * the file is left to the caller, so a dry run and a real run share every step.
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeCourseText } from '../course/course-text.ts';
import { diagnostic, isError, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { LineIndex } from '../diagnostics/line-index.ts';
import { appendCards } from './append-cards.ts';
import { DeckConversion, type ImportedCard } from './deck-cards.ts';
import { deckColumns } from './deck-columns.ts';
import { readDeckHeaders } from './deck-headers.ts';
import { readImportTarget, type ImportTarget } from './import-target.ts';
import { chooseSeparator, looksLikeHtml, readDeckRows } from './read-deck.ts';

export interface ImportPlan {
  /** The deck's text, for code frames. */
  deckText: string;
  diagnostics: Diagnostic[];
  cards: ImportedCard[];
  /** Present when there are cards to add and no error: the file to write and its new text. */
  write?: { file: string; text: string; added: string };
}

/** A problem with the course folder or flashcards.yaml itself, not with the deck. */
export class ImportTargetError extends Error {
  override readonly name = 'ImportTargetError';
}

export async function planImport(deckPath: string, courseDir: string, displayPath: string): Promise<ImportPlan> {
  const target = await readImportTarget(courseDir);
  if (!target.ok) throw new ImportTargetError(target.message);
  const decoded = decodeCourseText(await readFile(deckPath));
  if (!decoded.ok) {
    const at = { file: displayPath, line: decoded.line, column: decoded.column };
    return { deckText: '', cards: [], diagnostics: [diagnostic('deck-unreadable', at, `The deck holds ${decoded.problem}.`, 'export it again as UTF-8 text')] };
  }
  const { diagnostics, cards } = convertDeck(decoded.text, path.extname(deckPath).toLowerCase(), displayPath, target.target);
  const plan = { deckText: decoded.text, diagnostics, cards };
  if (cards.length === 0 || diagnostics.some(isError)) return plan;
  const appended = appendCards(target.target.flashcardsText, cards, target.target.schemaDir);
  if (!appended.ok) throw new ImportTargetError(appended.message);
  return { ...plan, write: { file: target.target.flashcardsPath, text: appended.text, added: appended.added } };
}

function convertDeck(text: string, extension: string, file: string, target: ImportTarget): { diagnostics: Diagnostic[]; cards: ImportedCard[] } {
  const lines = new LineIndex(text);
  const headers = readDeckHeaders(text);
  const headerProblems = headers.problems.map((p) => diagnostic('deck-unreadable', { file, line: p.line, column: 1 }, p.message, p.hint));
  const separator = chooseSeparator(headers, extension, text);
  const read = readDeckRows(text, headers, separator);
  if (!read.ok) return { diagnostics: [...headerProblems, diagnostic('deck-unreadable', { file, ...lines.position(read.offset) }, read.message, read.hint)], cards: [] };
  const body = text.split('\n').slice(headers.lineCount).join('\n');
  const conversion = new DeckConversion({
    file,
    text,
    rows: read.rows,
    columns: deckColumns(headers, separator, read.rows),
    html: headers.html ?? looksLikeHtml(body),
    globalTags: headers.globalTags,
    target,
  }).run();
  return { diagnostics: [...headerProblems, ...conversion.diagnostics], cards: conversion.cards };
}
