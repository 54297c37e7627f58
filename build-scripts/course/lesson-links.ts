/**
 * Checks the images and links of a lesson: images must be course assets with alt text, links
 * must name a section, an asset or an allowed outside page. Rewrites each target to what the
 * player needs (course-relative asset paths, section routes, new windows for outside pages).
 * @packageDocumentation
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { MarkdownIt, Token } from 'markdown-it';
import { diagnostic, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';
import { LINK_SCHEMES } from './html-policy.ts';

/** The lesson being compiled, as the link checks need it. */
export interface LinkContext {
  /** Lesson path relative to the course folder, with forward slashes. */
  file: string;
  courseDir: string;
}

/** An in-lesson link `#id`, checked once every lesson's sections are known. */
export interface Anchor {
  id: string;
  at: SourceLocation;
}

/** What checking one image or link found. */
export interface LinkFindings {
  diagnostics: Diagnostic[];
  /** Course-relative paths of files used. */
  assets: string[];
  anchors: Anchor[];
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Route of a lesson section inside the player. */
export const sectionHref = (id: string) => `#/lesson/${id}`;

const found = (diagnostics: Diagnostic[], assets: string[] = [], anchors: Anchor[] = []): LinkFindings => ({ diagnostics, assets, anchors });

/** Resolves a link or image target written in the lesson to a course-relative path, or says why not. */
function resolveLocal(target: string, context: LinkContext, where: SourceLocation, kind: string): { path?: string; diagnostics: Diagnostic[] } {
  let decoded = target;
  try {
    decoded = decodeURI(target);
  } catch {
    // keep the raw target: a stray % is more likely part of a file name than an escape
  }
  const relative = path.posix.normalize(path.posix.join(path.posix.dirname(context.file), decoded.split(/[?#]/)[0] ?? ''));
  if (relative.startsWith('../') || relative === '..' || path.posix.isAbsolute(decoded)) {
    return { diagnostics: [diagnostic('asset-outside-course', where, `${kind} "${target}" points outside the course folder.`, 'copy the file into the course\'s assets/ folder and link it from there')] };
  }
  if (!relative.startsWith('assets/')) {
    return { diagnostics: [diagnostic('asset-outside-course', where, `${kind} "${target}" is not in the course's assets/ folder.`, `move it to assets/ and write "${path.posix.relative(path.posix.dirname(context.file), `assets/${path.posix.basename(relative)}`)}"`)] };
  }
  const absolute = path.join(context.courseDir, relative);
  if (!existsSync(absolute) || !statSync(absolute).isFile()) {
    return { diagnostics: [diagnostic('missing-asset', where, `${kind} "${target}" does not exist (looked for ${relative}).`, 'check the spelling and letter case of the file name')] };
  }
  return { path: relative, diagnostics: [] };
}

export function checkImage(token: Token, where: SourceLocation, context: LinkContext, md: MarkdownIt): LinkFindings {
  const src = String(token.attrGet('src') ?? '');
  const alt = md.renderer.renderInlineAsText(token.children ?? [], md.options, {}).trim();
  const diagnostics: Diagnostic[] = [];
  if (!alt) {
    diagnostics.push(diagnostic('image-without-alt', where, `Image "${src}" has no alt text.`, 'describe the image for learners who cannot see it: ![what it shows](path)'));
  }
  if (SCHEME.test(src) || src.startsWith('//')) {
    diagnostics.push(diagnostic('remote-resource', where, `Image "${src}" would be fetched from outside the package.`, 'LMSs and offline learners block outside requests; download it into assets/'));
    return found(diagnostics);
  }
  const resolved = resolveLocal(src, context, where, 'Image');
  diagnostics.push(...resolved.diagnostics);
  if (!resolved.path) return found(diagnostics);
  token.attrSet('src', resolved.path);
  return found(diagnostics, [resolved.path]);
}

export function checkLink(token: Token, where: SourceLocation, context: LinkContext): LinkFindings {
  const href = String(token.attrGet('href') ?? '');
  if (href.startsWith('#')) {
    const id = href.slice(1);
    token.attrSet('href', sectionHref(id));
    return found([], [], [{ id, at: where }]);
  }
  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (!(LINK_SCHEMES as readonly string[]).includes(scheme)) {
      return found([diagnostic('raw-html', where, `Link "${href}" uses "${scheme}:", which would be removed.`, `links may use ${LINK_SCHEMES.join(', ')}`)]);
    }
    // Outside pages open in a new window: navigating the LMS frame away would end the session.
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer');
    return found([]);
  }
  const resolved = resolveLocal(href, context, where, 'Link');
  if (!resolved.path) return found(resolved.diagnostics);
  token.attrSet('href', resolved.path);
  token.attrSet('target', '_blank');
  return found([], [resolved.path]);
}
