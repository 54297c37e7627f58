/**
 * Checks raw HTML an author wrote inside Markdown against the tags and attributes the
 * sanitizer keeps (see html-policy.ts), so nothing disappears from the package unreported.
 * @packageDocumentation
 */
import { Parser } from 'htmlparser2';
import { diagnostic, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';
import { AUTHOR_TAGS } from './html-policy.ts';

export function checkRawHtml(html: string, where: SourceLocation): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
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
  return diagnostics;
}
