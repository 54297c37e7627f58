/**
 * Compiles one lesson Markdown file: checks its structure, ids, images, links and raw HTML,
 * links key concepts, and renders sanitized HTML with the section list the player tracks.
 * Each step below takes the tokens and returns what it found; the compiler only strings them
 * together.
 * @packageDocumentation
 */
import type { MarkdownIt, Token } from 'markdown-it';
import type { Lesson } from '../../format/validated-course.ts';
import { diagnostic, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';
import type { ConceptLinker } from './concept-linker.ts';
import { sanitizeLessonHtml } from './html-policy.ts';
import { checkImage, checkLink, type Anchor, type LinkContext, type LinkFindings } from './lesson-links.ts';
import { checkUnknownContainers } from './lesson-containers.ts';
import { LessonLocator } from './lesson-locator.ts';
import { collectSections } from './lesson-sections.ts';
import { checkPlainTitle, checkRawHtml } from './raw-html-check.ts';

export interface LessonInput extends LinkContext {
  text: string;
}

export interface CompiledLesson {
  lesson?: Lesson;
  diagnostics: Diagnostic[];
  /** Course-relative paths of the files the lesson uses (images, linked documents). */
  assets: string[];
  /** In-lesson links `#id`, checked once every lesson's sections are known. */
  anchors: Anchor[];
  /** Where each section's heading is written, for problems found across lessons. */
  sectionAt: Map<string, SourceLocation>;
}

export function compileLesson(md: MarkdownIt, input: LessonInput, linker: ConceptLinker): CompiledLesson {
  const text = input.text.replace(/^\uFEFF/, '');
  const locate = new LessonLocator(input.file, text);
  const tokens = md.parse(text, {});
  const title = splitTitle(tokens, locate);
  if ('problem' in title) return { diagnostics: [title.problem], assets: [], anchors: [], sectionAt: new Map() };
  const { body } = title;
  const titleProblems = checkPlainTitle(title.text, locate.at(title.line, '<'), 'The lesson title');

  const sections = collectSections(body, locate);
  const content = checkContent(body, locate, input, md);
  linkConcepts(body, sections.starts, linker, tokens);
  const html = sanitizeLessonHtml(md.renderer.render(body, md.options, {}));
  return {
    lesson: { file: input.file, title: title.text, html, sections: sections.sections },
    diagnostics: [...titleProblems, ...sections.diagnostics, ...content.diagnostics],
    assets: content.assets,
    anchors: content.anchors,
    sectionAt: sections.sectionAt,
  };
}

/** The `#` title (after any leading HTML comments) and the tokens that follow it. */
function splitTitle(tokens: Token[], locate: LessonLocator): { text: string; line: number | undefined; body: Token[] } | { problem: Diagnostic } {
  const first = tokens.findIndex((t) => t.type !== 'html_block' || !/^\s*<!--/.test(t.content));
  const h1 = tokens[first];
  if (!h1 || h1.type !== 'heading_open' || h1.tag !== 'h1') {
    return { problem: diagnostic('lesson-structure', locate.at(h1?.map?.[0]), 'A lesson must start with its title as a "# " heading.', 'make the first line "# Lesson title"') };
  }
  return { text: (tokens[first + 1]?.content ?? '').trim(), line: h1.map?.[0], body: tokens.slice(first + 3) };
}

/** True for the inline token that holds a heading's text. */
const isHeadingText = (body: readonly Token[], i: number): boolean => body[i - 1]?.type === 'heading_open';

/**
 * Raw HTML, images and links everywhere in the body, headings and table cells included: one
 * policy wherever HTML is made. Block titles are plain text and may hold no HTML.
 */
function checkContent(body: readonly Token[], locate: LessonLocator, context: LinkContext, md: MarkdownIt): LinkFindings {
  const none: LinkFindings = { diagnostics: [], assets: [], anchors: [] };
  const findings: LinkFindings[] = body.map((token, i) => {
    if (token.type === 'html_block') return { ...none, diagnostics: checkRawHtml(token.content, locate.at(token.map?.[0], '<')) };
    if (token.type === 'container_important_open' || token.type === 'container_extra_open') {
      const name = token.type === 'container_important_open' ? 'important' : 'extra';
      // The title as written: an escaped `&lt;` is the author asking for a literal "<".
      return { ...none, diagnostics: checkPlainTitle(token.info.trim().slice(name.length), locate.at(token.map?.[0], '<'), `The title of a "::: ${name}" block`) };
    }
    if (token.type !== 'inline' || !token.children) return none;
    const map = blockMap(body, i);
    const containers = isHeadingText(body, i) ? [] : checkUnknownContainers(token, map, locate);
    return merge([{ ...none, diagnostics: containers }, ...token.children.map((child) => checkInlineChild(child, map, locate, context, md))]);
  });
  return merge(findings);
}

function checkInlineChild(child: Token, map: [number, number] | null, locate: LessonLocator, context: LinkContext, md: MarkdownIt): LinkFindings {
  if (child.type === 'html_inline') return { diagnostics: checkRawHtml(child.content, locate.within(map, child.content)), assets: [], anchors: [] };
  if (child.type === 'image') return checkImage(child, locate.within(map, '!['), context, md);
  // A link is found by its target as written (or its brackets), also when it is an autolink.
  if (child.type === 'link_open') return checkLink(child, locate.within(map, decodeSafely(String(child.attrGet('href') ?? '')), '](', '['), context);
  return { diagnostics: [], assets: [], anchors: [] };
}

/** The source lines of token `i`, or of the nearest block before it (table cells have none of their own). */
function blockMap(body: readonly Token[], i: number): [number, number] | null {
  for (let j = i; j >= 0; j--) if (body[j]!.map) return body[j]!.map;
  return null;
}

function decodeSafely(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function merge(list: readonly LinkFindings[]): LinkFindings {
  return { diagnostics: list.flatMap((f) => f.diagnostics), assets: list.flatMap((f) => f.assets), anchors: list.flatMap((f) => f.anchors) };
}

/**
 * Links each concept's first mention per section to the glossary. Headings are left alone: a
 * link inside a heading would compete with the heading's own role as a landmark.
 */
function linkConcepts(body: Token[], starts: ReadonlyMap<number, string>, linker: ConceptLinker, tokens: readonly Token[]): void {
  const TokenClass = tokens[0]!.constructor as typeof Token;
  const makeToken = (type: string, tag: string, nesting: -1 | 0 | 1) => new TokenClass(type, tag, nesting);
  let section: string | undefined;
  let linked = new Set<string>();
  for (const [i, token] of body.entries()) {
    const start = starts.get(i);
    if (start !== undefined) {
      section = start;
      linked = new Set();
    }
    if (token.type === 'inline' && token.children && !isHeadingText(body, i)) token.children = linker.linkInline(token.children, section, linked, makeToken);
  }
}
