/**
 * Scans one web file of a package, chosen by its extension: HTML and SVG as markup, CSS as CSS,
 * JavaScript as script. Other files yield nothing.
 * @packageDocumentation
 */
import { scanCss } from './scan-css.ts';
import { scanMarkup } from './scan-markup.ts';
import { emptyScan, type OutsideFetch, type PlayerFact } from './scan-result.ts';
import { scanScript } from './scan-script.ts';

/** What scanning a web file found. */
export interface WebFileScan {
  fetches: readonly OutsideFetch[];
  facts: ReadonlySet<PlayerFact>;
}

/** Scans `text` as the kind of file `path` names, or returns undefined for files that are not scanned. */
export function scanWebFile(path: string, text: string): WebFileScan | undefined {
  const lower = path.toLowerCase();
  const scan = emptyScan();
  if (/\.(?:html?|xhtml)$/.test(lower)) scanMarkup(text, scan);
  else if (lower.endsWith('.svg')) scanMarkup(text, scan, { xmlMode: true });
  else if (lower.endsWith('.css')) scanCss(text, scan);
  else if (/\.(?:m?js|cjs)$/.test(lower)) scanScript(text, scan);
  else return undefined;
  return scan;
}

/** The outside requests of one file (none for files that are not scanned). */
export function findOutsideFetches(path: string, text: string): readonly OutsideFetch[] {
  return scanWebFile(path, text)?.fetches ?? [];
}
