/**
 * Anki fields hold HTML (Anki's editor writes `<b>`, `<br>`, `&nbsp;`); lmspack cards are plain
 * text. This turns a field into the text a learner saw in Anki, through a real HTML parser
 * (htmlparser2, as the lesson checks use), and refuses what plain text cannot carry.
 * @packageDocumentation
 */
import { Parser } from 'htmlparser2';

/** Inline formatting: the text is kept, the formatting is not (cards are plain text). */
const UNWRAPPED = new Set(['b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'ins', 'span', 'font', 'sub', 'sup', 'small', 'big', 'mark', 'code', 'tt', 'kbd', 'abbr', 'cite', 'q', 'dfn', 'var', 'samp', 'a']);
/** Blocks: their text starts on a line of its own. */
const BLOCKS = new Set(['div', 'p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'center', 'dl', 'dt', 'dd']);
const LINE_BREAKS = new Set(['br', 'hr']);

export type FieldText =
  | { ok: true; text: string; formattingDropped: boolean }
  | { ok: false; element: string; offset: number };

interface Conversion {
  out: string;
  formattingDropped: boolean;
  refused?: { element: string; offset: number };
  /** Open links: their address and where their text starts in `out`. */
  links: { href: string; start: number }[];
}

/** Converts one HTML field: `<br>` and blocks become line breaks, list items `- `, entities are decoded, whitespace is collapsed as a browser would. */
export function htmlFieldToText(html: string): FieldText {
  const state: Conversion = { out: '', formattingDropped: false, links: [] };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (state.refused) return;
        if (LINE_BREAKS.has(name)) state.out += '\n';
        else if (BLOCKS.has(name)) state.out = startLine(state.out) + (name === 'li' ? '- ' : '');
        else if (UNWRAPPED.has(name)) state.formattingDropped = true;
        else state.refused = { element: name, offset: parser.startIndex };
        if (name === 'a') state.links.push({ href: attributes.href ?? '', start: state.out.length });
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) state.out = startLine(state.out);
        const link = name === 'a' ? state.links.pop() : undefined;
        // The address is content too: kept after the link's text, unless the text is the address.
        if (link?.href && state.out.slice(link.start).trim() !== link.href) state.out += ` (${link.href})`;
      },
      ontext(text) {
        state.out += text.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  if (state.refused) return { ok: false, ...state.refused };
  return { ok: true, text: tidy(state.out), formattingDropped: state.formattingDropped };
}

const startLine = (text: string): string => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

/** Trims every line and keeps at most one empty line in a row. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
