/**
 * Outside requests in CSS: `url()` and `@import`, read with a real CSS parser (css-tree), so
 * comments and strings that only look like `url(` do not count.
 * @packageDocumentation
 */
import { parse, walk, type CssNode } from 'css-tree';
import { isOutsideUrl, snippetOf, type Scan } from './scan-result.ts';

/** Where the CSS comes from: a stylesheet, or the declarations of a `style` attribute. */
export type CssContext = 'stylesheet' | 'declarationList';

function importUrl(node: CssNode): string | undefined {
  if (node.type !== 'Atrule' || node.name.toLowerCase() !== 'import' || node.prelude?.type !== 'AtrulePrelude') return undefined;
  const first = node.prelude.children.first;
  return first?.type === 'String' ? first.value : undefined;
}

/**
 * Adds the outside requests of `css` to `scan`. `firstLine` is the line of the file the CSS starts
 * on, `where` is added to the description (e.g. "in a style attribute").
 */
export function scanCss(css: string, scan: Scan, options: { context?: CssContext; firstLine?: number; where?: string } = {}): void {
  const ast = parse(css, { context: options.context ?? 'stylesheet', positions: true, parseValue: true, parseAtrulePrelude: true, onParseError: () => undefined });
  const lineOffset = (options.firstLine ?? 1) - 1;
  const suffix = options.where ? ` ${options.where}` : '';
  walk(ast, (node) => {
    const imported = importUrl(node);
    const url = imported ?? (node.type === 'Url' ? node.value : undefined);
    if (url === undefined || !isOutsideUrl(url) || !node.loc) return;
    scan.fetches.push({
      url: url.trim(),
      how: `${imported === undefined ? 'CSS url()' : 'CSS @import'}${suffix}`,
      line: node.loc.start.line + lineOffset,
      snippet: snippetOf(css.slice(node.loc.start.offset, node.loc.end.offset)),
    });
  });
}
