/**
 * Compiles one lesson Markdown file: checks its structure, ids, images, links and raw HTML,
 * links key concepts, and renders sanitized HTML with the section list the player tracks.
 * @packageDocumentation
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import type { MarkdownIt, Token } from 'markdown-it';

import { deriveId, ENTITY_ID } from '../../format/ids.ts';
import { sectionHref } from '../../format/routes.ts';
import type { Lesson, LessonSection } from '../../format/validated-course.ts';
import { diagnostic, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';
import { LineIndex } from '../diagnostics/line-index.ts';
import type { ConceptLinker } from './concept-linker.ts';
import { AUTHOR_TAGS, LINK_SCHEMES, sanitizeLessonHtml } from './html-policy.ts';
import { ID_SUFFIX, parseFenceInfo } from './markdown-engine.ts';

export interface LessonInput {
  /** Path relative to the course folder, with forward slashes. */
  file: string;
  text: string;
  courseDir: string;
}

export interface CompiledLesson {
  lesson?: Lesson;
  diagnostics: Diagnostic[];
  /** Course-relative paths of the files the lesson uses (images, linked documents). */
  assets: string[];
  /** In-lesson links `#id`, checked once every lesson's sections are known. */
  anchors: { id: string; at: SourceLocation }[];
  /** Where each section's heading is written, for problems found across lessons. */
  sectionAt: Map<string, SourceLocation>;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export function compileLesson(md: MarkdownIt, input: LessonInput, linker: ConceptLinker): CompiledLesson {
  const text = input.text.replace(/^\uFEFF/, '');
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const assets: string[] = [];
  const anchors: CompiledLesson['anchors'] = [];
  const sectionAt = new Map<string, SourceLocation>();
  const at = (line0: number | undefined, needle?: string, length?: number): SourceLocation => {
    const line = (line0 ?? 0) + 1;
    const column = needle ? lines.lineText(line).indexOf(needle) + 1 || 1 : 1;
    return { file: input.file, line, column, length: length ?? needle?.length ?? 1 };
  };
  /** Line of `needle` within the block lines [from, to). */
  const within = (map: [number, number] | null, needle: string): SourceLocation => {
    const [from, to] = map ?? [0, 1];
    for (let n = from; n < to; n++) if (lines.lineText(n + 1).includes(needle)) return at(n, needle);
    return at(from);
  };

  const tokens = md.parse(text, {});
  const first = tokens.findIndex((t) => t.type !== 'html_block' || !/^\s*<!--/.test(t.content));
  const h1 = tokens[first];
  if (!h1 || h1.type !== 'heading_open' || h1.tag !== 'h1') {
    diagnostics.push(
      diagnostic('lesson-structure', at(h1?.map?.[0]), 'A lesson must start with its title as a "# " heading.', 'make the first line "# Lesson title"'),
    );
    return { diagnostics, assets, anchors, sectionAt };
  }
  const title = (tokens[first + 1]?.content ?? '').trim();
  const body = tokens.slice(first + 3);

  const sections: LessonSection[] = [];
  const seenIds = new Map<string, number>();
  const makeToken = (type: string, tag: string, nesting: -1 | 0 | 1) => new (tokens[0]!.constructor as typeof Token)(type, tag, nesting);
  let extraDepth = 0;
  let currentSection: string | undefined;
  let linked = new Set<string>();

  const addSection = (id: string, title: string, level: 2 | 3, where: SourceLocation) => {
    if (seenIds.has(id)) {
      diagnostics.push(diagnostic('duplicate-id', where, `Section id "${id}" is used twice in this lesson (first on line ${seenIds.get(id)}).`, 'give each heading its own {#id}'));
    }
    seenIds.set(id, where.line);
    if (!sectionAt.has(id)) sectionAt.set(id, where);
    sections.push({ id, title, level, optional: extraDepth > 0 });
    currentSection = id;
    linked = new Set();
  };

  const sectionId = (raw: string | undefined, visible: string, where: SourceLocation, what: string): string => {
    if (raw === undefined || raw === '') {
      const id = deriveId(visible, 'entity');
      diagnostics.push(
        diagnostic('derived-id', where, `${what} "${visible}" has no id; using "${id}".`, `append " {#${id}}" so that editing the text keeps learners' progress`),
      );
      return id;
    }
    if (!ENTITY_ID.test(raw)) {
      diagnostics.push(diagnostic('invalid-value', where, `Section id "${raw}" is not a valid id.`, 'use lowercase letters and digits joined by "-", e.g. {#rapport-and-trust}'));
    }
    return raw;
  };

  for (let i = 0; i < body.length; i++) {
    const token = body[i]!;
    if (token.type === 'heading_open') {
      const inline = body[i + 1];
      if (token.tag === 'h1') {
        diagnostics.push(diagnostic('lesson-structure', at(token.map?.[0], '#'), 'A lesson has one "# " title; this is a second one.', 'use "## " for sections and "### " for sub-sections'));
      }
      if ((token.tag === 'h2' || token.tag === 'h3') && inline) {
        const last = inline.children?.[inline.children.length - 1];
        const match = last?.type === 'text' ? ID_SUFFIX.exec(last.content) : null;
        if (match && last) last.content = last.content.slice(0, match.index);
        const visible = (inline.children ?? []).map((c) => c.content).join('').trim();
        inline.content = visible;
        const where = at(token.map?.[0], match ? match[0].trim() : undefined);
        const id = sectionId(match?.[1], visible, where, 'Heading');
        token.attrSet('id', id);
        addSection(id, visible, token.tag === 'h2' ? 2 : 3, where);
      }
      i++; // the heading's inline content is not scanned for concepts
      continue;
    }
    if (token.type === 'container_extra_open') {
      const { title: extraTitle, id: raw } = parseFenceInfo(token.info, 'extra');
      const where = at(token.map?.[0], ':::');
      if (!extraTitle) {
        diagnostics.push(diagnostic('lesson-structure', where, 'A "::: extra" block needs a title.', 'write it on the same line: "::: extra Further reading"'));
      }
      const id = sectionId(raw, extraTitle || 'extra', where, 'Supplementary block');
      token.attrSet('data-section', id);
      extraDepth++;
      addSection(id, extraTitle, 2, where);
      continue;
    }
    if (token.type === 'container_extra_close') extraDepth--;
    if (token.type === 'html_block') checkRawHtml(token.content, at(token.map?.[0], '<'), diagnostics);
    if (token.type === 'inline' && token.children) {
      for (const child of token.children) {
        if (child.type === 'html_inline') checkRawHtml(child.content, within(token.map, child.content), diagnostics);
        if (child.type === 'image') checkImage(child, within(token.map, '!['), input, md, diagnostics, assets);
        if (child.type === 'link_open') checkLink(child, within(token.map, ']('), input, diagnostics, assets, anchors);
      }
      token.children = linker.linkInline(token.children, currentSection, linked, makeToken);
    }
  }

  const html = sanitizeLessonHtml(md.renderer.render(body, md.options, {}));
  return { lesson: { file: input.file, title, html, sections }, diagnostics, assets, anchors, sectionAt };
}

function checkRawHtml(html: string, where: SourceLocation, diagnostics: Diagnostic[]): void {
  const parser = new Parser({
    onopentag(name, attributes) {
      const allowed = AUTHOR_TAGS[name];
      if (!allowed) {
        diagnostics.push(
          diagnostic('raw-html', { ...where, length: name.length + 1 }, `Raw HTML <${name}> would be removed from the package.`, `use Markdown instead; allowed inline tags: ${Object.keys(AUTHOR_TAGS).join(', ')}`),
        );
        return;
      }
      for (const attribute of Object.keys(attributes)) {
        if (!allowed.includes(attribute)) {
          diagnostics.push(
            diagnostic('raw-html', where, `Attribute "${attribute}" on <${name}> would be removed from the package.`, allowed.length ? `<${name}> may carry: ${allowed.join(', ')}` : `remove the attribute`),
          );
        }
      }
    },
  });
  parser.write(html);
  parser.end();
}

/** Resolves a link or image target written in `file` to a course-relative path, or reports why not. */
function resolveLocal(target: string, input: LessonInput, where: SourceLocation, diagnostics: Diagnostic[], kind: string): string | undefined {
  let decoded = target;
  try {
    decoded = decodeURI(target);
  } catch {
    // keep the raw target: a stray % is more likely part of a file name than an escape
  }
  const relative = path.posix.normalize(path.posix.join(path.posix.dirname(input.file), decoded.split(/[?#]/)[0] ?? ''));
  if (relative.startsWith('../') || relative === '..' || path.posix.isAbsolute(decoded)) {
    diagnostics.push(diagnostic('asset-outside-course', where, `${kind} "${target}" points outside the course folder.`, 'copy the file into the course\'s assets/ folder and link it from there'));
    return undefined;
  }
  if (!relative.startsWith('assets/')) {
    diagnostics.push(diagnostic('asset-outside-course', where, `${kind} "${target}" is not in the course's assets/ folder.`, `move it to assets/ and write "${path.posix.relative(path.posix.dirname(input.file), `assets/${path.posix.basename(relative)}`)}"`));
    return undefined;
  }
  const absolute = path.join(input.courseDir, relative);
  if (!existsSync(absolute) || !statSync(absolute).isFile()) {
    diagnostics.push(diagnostic('missing-asset', where, `${kind} "${target}" does not exist (looked for ${relative}).`, 'check the spelling and letter case of the file name'));
    return undefined;
  }
  return relative;
}

function checkImage(token: Token, where: SourceLocation, input: LessonInput, md: MarkdownIt, diagnostics: Diagnostic[], assets: string[]): void {
  const src = String(token.attrGet('src') ?? '');
  const alt = md.renderer.renderInlineAsText(token.children ?? [], md.options, {}).trim();
  if (!alt) {
    diagnostics.push(diagnostic('image-without-alt', where, `Image "${src}" has no alt text.`, 'describe the image for learners who cannot see it: ![what it shows](path)'));
  }
  if (SCHEME.test(src) || src.startsWith('//')) {
    diagnostics.push(diagnostic('remote-resource', where, `Image "${src}" would be fetched from outside the package.`, 'LMSs and offline learners block outside requests; download it into assets/'));
    return;
  }
  const resolved = resolveLocal(src, input, where, diagnostics, 'Image');
  if (resolved) {
    assets.push(resolved);
    token.attrSet('src', resolved);
  }
}

function checkLink(token: Token, where: SourceLocation, input: LessonInput, diagnostics: Diagnostic[], assets: string[], anchors: CompiledLesson['anchors']): void {
  const href = String(token.attrGet('href') ?? '');
  if (href.startsWith('#')) {
    const id = href.slice(1);
    anchors.push({ id, at: where });
    token.attrSet('href', sectionHref(id));
    return;
  }
  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (!(LINK_SCHEMES as readonly string[]).includes(scheme)) {
      diagnostics.push(diagnostic('raw-html', where, `Link "${href}" uses "${scheme}:", which would be removed.`, `links may use ${LINK_SCHEMES.join(', ')}`));
      return;
    }
    // Outside pages open in a new window: navigating the LMS frame away would end the session.
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer');
    return;
  }
  const resolved = resolveLocal(href, input, where, diagnostics, 'Link');
  if (resolved) {
    assets.push(resolved);
    token.attrSet('href', resolved);
    token.attrSet('target', '_blank');
  }
}
