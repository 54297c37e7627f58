/**
 * Checks raw HTML an author wrote inside Markdown against the lesson HTML policy
 * (html-policy.ts): anything the sanitizer would remove, and any tag whose rules only the
 * Markdown syntax enforces, is reported where it is written, so nothing changes unreported.
 * @packageDocumentation
 */
import { Parser } from 'htmlparser2';
import { diagnostic, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';
import { AUTHOR_TAGS, LESSON_TAGS } from './html-policy.ts';

const ALLOWED = `allowed inline tags: ${Object.keys(AUTHOR_TAGS).join(', ')}`;

export function checkRawHtml(html: string, where: SourceLocation): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (message: string, hint: string, length = where.length) => diagnostics.push(diagnostic('raw-html', { ...where, ...(length ? { length } : {}) }, message, hint));
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const allowed = AUTHOR_TAGS[name];
        if (!allowed) {
          const syntax = LESSON_TAGS[name]?.syntax;
          if (syntax) report(`Raw HTML <${name}> is not allowed; Markdown's checks would not apply to it.`, `write it as ${syntax}`, name.length + 1);
          else report(`Raw HTML <${name}> would be removed from the package.`, `use Markdown instead; ${ALLOWED}`, name.length + 1);
          return;
        }
        for (const attribute of Object.keys(attributes)) {
          if (!allowed.includes(attribute)) report(`Attribute "${attribute}" on <${name}> would be removed from the package.`, allowed.length ? `<${name}> may carry: ${allowed.join(', ')}` : `remove the attribute`);
        }
      },
      oncdatastart() {
        report('A CDATA section would be removed from the package.', 'write the text itself; use `code` for markup to show', 9);
      },
      onprocessinginstruction(name) {
        report(`"<${name}" would be removed from the package.`, `use Markdown instead; ${ALLOWED}`, name.length + 1);
      },
    },
    { recognizeCDATA: true },
  );
  parser.write(html);
  parser.end();
  // HTML parses "<?…>" as a comment (HTML §13.2.5.1), so the parser above does not report it.
  const instruction = /<\?[^>]*>?/.exec(html);
  if (instruction) report(`"${instruction[0].slice(0, 40)}" would be removed from the package.`, 'remove it: lesson HTML runs no server code', 2);
  return diagnostics;
}

/** A title is plain text: any tag in it would be shown to learners as written. */
export function checkPlainTitle(title: string, where: SourceLocation, what: string): Diagnostic[] {
  const tag = /<\/?[a-z!?][^>]*>?/i.exec(title);
  if (!tag) return [];
  return [diagnostic('raw-html', where, `${what} is plain text: "${tag[0]}" would be shown as written.`, 'remove the HTML from the title')];
}
