/**
 * Finds a lesson's sections: `##`/`###` headings and `::: extra` blocks. Gives each its id
 * (the author's `{#id}`, or one derived from the text with a warning) and writes the id into
 * the token so the rendered HTML carries it.
 * @packageDocumentation
 */
import type { Token } from 'markdown-it';
import { deriveId, ID_RULE, isId, MAX_ID_LENGTH, suggestId } from '../../format/ids.ts';
import type { LessonSection } from '../../format/validated-course.ts';
import { diagnostic, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';
import type { LessonLocator } from './lesson-locator.ts';
import { ID_SUFFIX, parseFenceInfo } from './markdown-engine.ts';

export interface LessonSections {
  sections: LessonSection[];
  /** Where each section id is first written, for problems found across lessons. */
  sectionAt: Map<string, SourceLocation>;
  /** Index of the token each section starts at → its id; concept linking restarts there. */
  starts: Map<number, string>;
  diagnostics: Diagnostic[];
}

/** One section found in the token stream, before duplicate ids are checked. */
interface FoundSection extends LessonSection {
  tokenIndex: number;
  where: SourceLocation;
  diagnostics: Diagnostic[];
}

export function collectSections(body: readonly Token[], locate: LessonLocator): LessonSections {
  const found: FoundSection[] = [];
  const diagnostics: Diagnostic[] = [];
  let extraDepth = 0;
  for (const [i, token] of body.entries()) {
    if (token.type === 'heading_open' && token.tag === 'h1') {
      diagnostics.push(diagnostic('lesson-structure', locate.at(token.map?.[0], '#'), 'A lesson has one "# " title; this is a second one.', 'use "## " for sections and "### " for sub-sections'));
    }
    if (token.type === 'heading_open' && (token.tag === 'h2' || token.tag === 'h3') && body[i + 1]) {
      found.push({ ...headingSection(token, body[i + 1]!, locate), tokenIndex: i, optional: extraDepth > 0 });
    }
    if (token.type === 'container_extra_open') {
      extraDepth++;
      found.push({ ...extraSection(token, locate), tokenIndex: i, optional: true });
    }
    if (token.type === 'container_extra_close') extraDepth--;
  }
  const indexed = indexSections(found);
  return { ...indexed, diagnostics: [...diagnostics, ...found.flatMap((s) => s.diagnostics), ...indexed.diagnostics] };
}

/** A `##`/`###` heading: strips its `{#id}` suffix from the visible text and sets the `id` attribute. */
function headingSection(token: Token, inline: Token, locate: LessonLocator): Omit<FoundSection, 'tokenIndex' | 'optional'> {
  const last = inline.children?.[inline.children.length - 1];
  const match = last?.type === 'text' ? ID_SUFFIX.exec(last.content) : null;
  if (match && last) last.content = last.content.slice(0, match.index);
  // The contents list shows the heading as plain text: inline HTML such as <sub> is left out.
  const visible = (inline.children ?? []).filter((c) => c.type !== 'html_inline').map((c) => c.content).join('').trim();
  inline.content = visible;
  const where = locate.at(token.map?.[0], match ? match[0].trim() : undefined);
  const { id, diagnostics } = sectionId(match?.[1], visible, where, 'Heading');
  token.attrSet('id', id);
  return { id, title: visible, level: token.tag === 'h2' ? 2 : 3, where, diagnostics };
}

/** A `::: extra Title {#id}` block: a level-2 section, always optional reading. */
function extraSection(token: Token, locate: LessonLocator): Omit<FoundSection, 'tokenIndex' | 'optional'> {
  const { title, id: raw } = parseFenceInfo(token.info, 'extra');
  const where = locate.at(token.map?.[0], ':::');
  const missingTitle = title ? [] : [diagnostic('lesson-structure', where, 'A "::: extra" block needs a title.', 'write it on the same line: "::: extra Further reading"')];
  const { id, diagnostics } = sectionId(raw, title || 'extra', where, 'Supplementary block');
  token.attrSet('data-section', id);
  return { id, title, level: 2, where, diagnostics: [...missingTitle, ...diagnostics] };
}

function sectionId(raw: string | undefined, visible: string, where: SourceLocation, what: string): { id: string; diagnostics: Diagnostic[] } {
  if (raw === undefined || raw === '') {
    const id = deriveId(visible, 'entity');
    return { id, diagnostics: [diagnostic('derived-id', where, `${what} "${visible}" has no id; using "${id}".`, `append " {#${id}}" so that editing the text keeps learners' progress`)] };
  }
  if (!isId(raw)) {
    const rule = raw.length > MAX_ID_LENGTH ? `at most ${MAX_ID_LENGTH} characters of ` : '';
    return { id: raw, diagnostics: [diagnostic('invalid-value', where, `Section id "${raw}" is not a valid id: ids are ${rule}${ID_RULE}.`, `write {#${suggestId(raw)}}`)] };
  }
  return { id: raw, diagnostics: [] };
}

/** Reports ids used twice in the lesson, and keeps where each id is first written. */
function indexSections(found: readonly FoundSection[]): LessonSections {
  const firstLine = new Map<string, number>();
  const sectionAt = new Map<string, SourceLocation>();
  const diagnostics: Diagnostic[] = [];
  for (const { id, where } of found) {
    const first = firstLine.get(id);
    if (first !== undefined) {
      diagnostics.push(diagnostic('duplicate-id', where, `Section id "${id}" is used twice in this lesson (first on line ${first}).`, 'give each heading its own {#id}'));
    }
    if (first === undefined) firstLine.set(id, where.line);
    if (!sectionAt.has(id)) sectionAt.set(id, where);
  }
  return {
    sections: found.map(({ id, title, level, optional }) => ({ id, title, level, optional })),
    sectionAt,
    starts: new Map(found.map((s) => [s.tokenIndex, s.id])),
    diagnostics,
  };
}
