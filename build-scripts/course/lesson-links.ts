/**
 * Checks the images and links of a lesson: images must be course assets with alt text, links
 * must name a section, an asset or an allowed outside page. Rewrites each target to what the
 * player needs (course-relative asset paths, section routes, new windows for outside pages).
 * @packageDocumentation
 */
import path from 'node:path';
import type { MarkdownIt, Token } from 'markdown-it';
import { sectionHref } from '../../format/routes.ts';
import { diagnostic, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';
import { assetUrl, decodeUrlPath } from './asset-url.ts';
import { closestSibling } from './closest-match.ts';
import { fileProblem, inspectCourseFile } from './course-paths.ts';
import { LINK_SCHEMES, schemeOf } from './html-policy.ts';

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

const found = (diagnostics: Diagnostic[], assets: string[] = [], anchors: Anchor[] = []): LinkFindings => ({ diagnostics, assets, anchors });

/**
 * Resolves a link or image target written in the lesson to a course-relative path, or says why
 * not. The target is a URL: `%25` is a `%` in the file name, `%20` a space, `%23` a `#`.
 */
function resolveLocal(target: string, context: LinkContext, where: SourceLocation, kind: string): { path?: string; diagnostics: Diagnostic[] } {
  const decoded = decodeUrlPath(target.split(/[?#]/)[0] ?? '');
  const relative = path.posix.normalize(path.posix.join(path.posix.dirname(context.file), decoded));
  if (relative.startsWith('../') || relative === '..' || path.posix.isAbsolute(decoded)) {
    return { diagnostics: [diagnostic('asset-outside-course', where, `${kind} "${target}" points outside the course folder.`, 'copy the file into the course\'s assets/ folder and link it from there')] };
  }
  if (!relative.startsWith('assets/')) {
    return { diagnostics: [diagnostic('asset-outside-course', where, `${kind} "${target}" is not in the course's assets/ folder.`, `move it to assets/ and write "${path.posix.relative(path.posix.dirname(context.file), `assets/${path.posix.basename(relative)}`)}"`)] };
  }
  const file = inspectCourseFile(context.courseDir, relative);
  if (file.ok) return { path: relative, diagnostics: [] };
  if (file.problem === 'missing') {
    const near = closestSibling(context.courseDir, relative);
    const hint = near ? `did you mean "${path.posix.relative(path.posix.dirname(context.file), near)}"?` : 'check the spelling and letter case of the file name';
    return { diagnostics: [diagnostic('missing-asset', where, `${kind} "${target}" does not exist (looked for ${relative}).`, hint)] };
  }
  return { diagnostics: [fileProblem(file, relative, where, 'missing-asset')] };
}

export function checkImage(token: Token, where: SourceLocation, context: LinkContext, md: MarkdownIt): LinkFindings {
  const src = String(token.attrGet('src') ?? '');
  const alt = md.renderer.renderInlineAsText(token.children ?? [], md.options, {}).trim();
  const diagnostics: Diagnostic[] = [];
  if (!alt) {
    diagnostics.push(diagnostic('image-without-alt', where, `Image "${src}" has no alt text.`, 'describe the image for learners who cannot see it: ![what it shows](path)'));
  }
  const scheme = schemeOf(src);
  if (scheme === 'http' || scheme === 'https' || /^\s*[/\\]{2}/.test(src)) {
    diagnostics.push(diagnostic('remote-resource', where, `Image "${src}" would be fetched from outside the package.`, 'LMSs and offline learners block outside requests; download it into assets/'));
    return found(diagnostics);
  }
  if (scheme !== undefined) {
    diagnostics.push(diagnostic('raw-html', where, `Image "${src}" uses "${scheme}:", which would be removed.`, 'save the image into assets/ and write ![what it shows](../assets/file.png)'));
    return found(diagnostics);
  }
  const resolved = resolveLocal(src, context, where, 'Image');
  diagnostics.push(...resolved.diagnostics);
  if (!resolved.path) return found(diagnostics);
  token.attrSet('src', assetUrl(resolved.path));
  return found(diagnostics, [resolved.path]);
}

export function checkLink(token: Token, where: SourceLocation, context: LinkContext): LinkFindings {
  const href = String(token.attrGet('href') ?? '');
  if (href.startsWith('#')) {
    const id = href.slice(1);
    token.attrSet('href', sectionHref(id));
    return found([], [], [{ id, at: where }]);
  }
  const scheme = schemeOf(href);
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
  token.attrSet('href', assetUrl(resolved.path));
  token.attrSet('target', '_blank');
  return found([], [resolved.path]);
}
