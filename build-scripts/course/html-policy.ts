/**
 * What HTML a lesson may contain, as one table. Each tag says which attributes it may carry
 * and who may write it: the author by hand inside Markdown, or only lmspack (from Markdown
 * syntax and its own blocks). The sanitizer's allow-list and the compiler's raw-HTML check
 * are both generated from this table, so what the compiler accepts and what the sanitizer
 * keeps cannot drift apart.
 * @packageDocumentation
 */
import sanitizeHtml from 'sanitize-html';

interface TagRule {
  attributes: readonly string[];
  /** `author`: may be written as raw HTML. `markdown`: only from the Markdown syntax given. `build`: only lmspack emits it. */
  writtenBy: 'author' | 'markdown' | 'build';
  /** For `markdown` tags, the syntax to write instead. */
  syntax?: string;
}

const author = (...attributes: string[]): TagRule => ({ attributes, writtenBy: 'author' });
const markdown = (syntax: string, ...attributes: string[]): TagRule => ({ attributes, writtenBy: 'markdown', syntax });
const build = (...attributes: string[]): TagRule => ({ attributes, writtenBy: 'build' });

export const LESSON_TAGS: Readonly<Record<string, TagRule>> = {
  // Inline tags Markdown has no syntax for: the only raw HTML an author may write.
  abbr: author('title'),
  br: author(),
  cite: author(),
  del: author(),
  dfn: author(),
  ins: author(),
  kbd: author(),
  mark: author(),
  q: author(),
  s: author(),
  small: author(),
  sub: author(),
  sup: author(),
  u: author(),
  // Markdown's own output. `a` and `img` are checked by the compiler's link and image rules,
  // which raw HTML would bypass, so they must be written in Markdown.
  a: markdown('[text](https://…) or [text](#section-id)', 'href', 'title', 'class', 'data-concept', 'target', 'rel'),
  img: markdown('![what it shows](../assets/file.png)', 'src', 'alt', 'title'),
  h2: markdown('## Heading {#id}', 'id'),
  h3: markdown('### Heading {#id}', 'id'),
  h4: markdown('#### Heading', 'id'),
  h5: markdown('##### Heading'),
  h6: markdown('###### Heading'),
  p: markdown('a blank line between paragraphs', 'class'),
  ul: markdown('- item'),
  ol: markdown('1. item', 'start'),
  li: markdown('- item'),
  em: markdown('*text*'),
  strong: markdown('**text**'),
  code: markdown('`code`'),
  pre: markdown('``` fenced code ```'),
  blockquote: markdown('> quote'),
  hr: markdown('---'),
  table: markdown('a | table'),
  thead: markdown('a | table'),
  tbody: markdown('a | table'),
  tr: markdown('a | table'),
  // Column alignment is an attribute, not a style: the package's Content-Security-Policy
  // refuses inline styles.
  th: markdown('a | table', 'align'),
  td: markdown('a | table', 'align'),
  // The callout and supplementary blocks (see markdown-engine.ts).
  aside: build('class', 'role', 'aria-label'),
  details: build('class', 'id', 'data-section'),
  summary: build('class'),
  span: build('class'),
  div: build('class'),
};

/** Tags an author may write as raw HTML, with the attributes each may carry. */
export const AUTHOR_TAGS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(LESSON_TAGS)
    .filter(([, rule]) => rule.writtenBy === 'author')
    .map(([tag, rule]) => [tag, rule.attributes]),
);

export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The scheme of a URL (lowercase), or undefined for a relative one. */
export const schemeOf = (url: string): string | undefined => SCHEME.exec(url.trim())?.[1]?.toLowerCase();

/** A file inside the package's assets/ folder, written as a relative URL the browser cannot resolve elsewhere. */
export function isPackageAsset(url: string): boolean {
  return /^assets\/[^\\]*$/.test(url) && !url.split(/[?#]/)[0]!.split('/').some((part) => part === '..' || part === '.' || part === '' || /%2e%2e|%2f|%5c/i.test(part));
}

/** Where a link may lead: a player route, a package asset or a page with an allowed scheme. */
function isAllowedHref(href: string): boolean {
  const scheme = schemeOf(href);
  if (scheme !== undefined) return (LINK_SCHEMES as readonly string[]).includes(scheme);
  return href.startsWith('#/') || isPackageAsset(href);
}

const ALIGN = { name: 'align', multiple: false, values: ['left', 'right', 'center'] };

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: Object.keys(LESSON_TAGS),
  allowedAttributes: Object.fromEntries(
    Object.entries(LESSON_TAGS).map(([tag, rule]) => [tag, rule.attributes.map((name) => (name === 'align' ? ALIGN : name))]),
  ),
  allowedSchemes: [...LINK_SCHEMES],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  transformTags: {
    // A link that leaves the lesson opens a new window: navigating the LMS frame away would end
    // the session. A link to anything else loses its target.
    a: (tagName, attribs) => {
      const { href, target: _target, rel: _rel, ...rest } = attribs;
      if (href === undefined || !isAllowedHref(href)) return { tagName, attribs: rest };
      const leaves = !href.startsWith('#');
      return { tagName, attribs: { href, ...rest, ...(leaves ? { target: '_blank', rel: 'noopener noreferrer' } : {}) } };
    },
  },
  // An image that is not a package asset would be a request outside the package.
  exclusiveFilter: (frame) => frame.tag === 'img' && !isPackageAsset(frame.attribs.src ?? ''),
};

/** The last line of defence: the HTML that reaches the package. */
export function sanitizeLessonHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}
