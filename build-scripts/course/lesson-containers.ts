/**
 * `::: name` lines that open no block. markdown-it-container turns only the names it knows
 * into blocks; any other (`::: importnt`) stays a paragraph and would reach learners as the
 * literal text "::: importnt", so it is an error with the closest known name.
 * @packageDocumentation
 */
import type { Token } from 'markdown-it';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { closestMatch } from './closest-match.ts';
import type { LessonLocator } from './lesson-locator.ts';
import { CONTAINERS } from './markdown-engine.ts';

/** A fence line with a name: three or more colons (markdown-it-container's marker), then a word. */
const FENCE_WITH_NAME = /^(:{3,})\s*([^\s{]+)/;

/** Checks the text of one inline token (a paragraph, list item or cell); `map` is its block's source lines. */
export function checkUnknownContainers(inline: Token, map: [number, number] | null, locate: LessonLocator): Diagnostic[] {
  if (!map) return [];
  return inline.content.split('\n').flatMap((line, n) => {
    const match = FENCE_WITH_NAME.exec(line);
    if (!match) return [];
    const name = match[2]!;
    const guess = closestMatch(name.toLowerCase(), CONTAINERS);
    const at = locate.at(map[0] + n, match[0], match[0].length);
    const hint = guess ? `did you mean "${guess}"?` : `the blocks are ${CONTAINERS.map((c) => `"::: ${c}"`).join(' and ')}; write "\\:::" for literal colons`;
    return [diagnostic('unknown-container', at, `"::: ${name}" is not a block lmspack knows, so it would be shown as literal text.`, hint)];
  });
}
