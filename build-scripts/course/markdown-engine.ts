/**
 * The Markdown dialect of lessons: CommonMark plus tables, an `important` callout and an
 * `extra` (supplementary, optional) block, both written as `::: name` fences.
 * @packageDocumentation
 */
import MarkdownIt, { type Token, type MarkdownIt as Md } from 'markdown-it';

const { unescapeAll } = new MarkdownIt().utils;
import container from 'markdown-it-container';
import { termsFor } from '../../format/i18n/tables.ts';
import type { TermOverrides } from '../../format/i18n/terms.ts';

/** The `::: name` blocks lessons may use; any other name is an error (lesson-containers.ts). */
export const CONTAINERS = ['important', 'extra'] as const;

/** `{#id}` at the end of a heading or a fence's title line. */
export const ID_SUFFIX = /\s*\{#([^}\s]*)\}\s*$/;

/** Splits a `::: extra Title {#id}` info string into its title and id. */
export function parseFenceInfo(info: string, name: string): { title: string; id?: string } {
  // Entities and backslash escapes mean in a block title what they mean in a heading.
  const rest = unescapeAll(info.trim().slice(name.length).trim());
  const match = ID_SUFFIX.exec(rest);
  return match ? { title: rest.slice(0, match.index).trim(), id: match[1] } : { title: rest };
}

/** The lesson Markdown engine; callout labels come from the course language's terms and the author's `terms:`. */
export function createMarkdown(language: string, overrides?: TermOverrides): Md {
  const terms = termsFor(language, overrides);
  // html: true so that raw HTML survives parsing and the loader can report it; the sanitizer
  // removes whatever is not allowed from the output.
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  // Every link and image becomes a token, whatever its scheme, so the compiler sees and
  // reports a `javascript:` or `file:` target (markdown-it would otherwise leave it as
  // literal text, silently); the sanitizer still removes any it let through.
  md.validateLink = () => true;
  // Table column alignment as the `align` attribute rather than an inline style, which the
  // package's Content-Security-Policy refuses.
  md.core.ruler.push('lmspack_table_align', (state) => {
    for (const token of state.tokens) {
      if (token.type !== 'th_open' && token.type !== 'td_open') continue;
      const align = /^text-align:(left|right|center)$/.exec(String(token.attrGet('style') ?? ''))?.[1];
      token.attrs = align ? [['align', align]] : null;
    }
  });
  const escape = md.utils.escapeHtml;
  md.use(container, 'important', {
    render(tokens: Token[], idx: number): string {
      const token = tokens[idx];
      if (!token || token.nesting !== 1) return '</aside>\n';
      const { title } = parseFenceInfo(token.info, 'important');
      const label = escape(title || terms.important);
      return `<aside class="lms-callout" role="note" aria-label="${label}"><p class="lms-callout-label">${label}</p>\n`;
    },
  });
  md.use(container, 'extra', {
    render(tokens: Token[], idx: number): string {
      const token = tokens[idx];
      if (!token || token.nesting !== 1) return '</div></details>\n';
      const id = String(token.attrGet('data-section') ?? '');
      const { title } = parseFenceInfo(token.info, 'extra');
      return (
        `<details class="lms-extra" id="${escape(id)}" data-section="${escape(id)}"><summary>` +
        `<span class="lms-extra-badge">${escape(terms.optionalReading)}</span> ` +
        `<span class="lms-extra-title">${escape(title)}</span></summary><div class="lms-extra-body">\n`
      );
    },
  });
  return md;
}
