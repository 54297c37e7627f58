/**
 * What HTML a lesson may contain. Two lists: the tags an author may write by hand inside
 * Markdown, and everything the build itself emits. The sanitizer enforces the second on the
 * final HTML; the loader reports anything in the first that the sanitizer would strip, so
 * nothing an author wrote disappears silently.
 * @packageDocumentation
 */
import sanitizeHtml from 'sanitize-html';

/** Inline tags Markdown has no syntax for; the only raw HTML an author may write. */
export const AUTHOR_TAGS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  br: [],
  cite: [],
  del: [],
  dfn: [],
  ins: [],
  kbd: [],
  mark: [],
  q: [],
  s: [],
  small: [],
  sub: [],
  sup: [],
  u: [],
};

export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    ...Object.keys(AUTHOR_TAGS),
    'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'em', 'strong', 'a', 'code', 'pre', 'blockquote', 'hr',
    'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'aside', 'details', 'summary', 'span', 'div',
  ],
  allowedAttributes: {
    ...Object.fromEntries(Object.entries(AUTHOR_TAGS).map(([tag, attrs]) => [tag, [...attrs]])),
    a: ['href', 'class', 'data-concept', 'target', 'rel'],
    img: ['src', 'alt'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    ol: ['start'],
    th: ['style'],
    td: ['style'],
    aside: ['class', 'role', 'aria-label'],
    details: ['class', 'id', 'data-section'],
    summary: ['class'],
    span: ['class'],
    div: ['class'],
    p: ['class'],
  },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: [...LINK_SCHEMES],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
};

/** The last line of defence: the HTML that reaches the package. */
export function sanitizeLessonHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}
