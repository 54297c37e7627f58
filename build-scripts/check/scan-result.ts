/**
 * What scanning a web file collects: requests it makes outside the package, and the player-side
 * facts its scripts show (SCORM API calls, xAPI/cmi5 launch parameters).
 * @packageDocumentation
 */

/** One outside request found in a file. */
export interface OutsideFetch {
  url: string;
  /** What requests it, e.g. `<script src>`, `CSS url()`, `fetch()`. */
  how: string;
  /** 1-based line in the file. */
  line: number;
  /** The source text of the request (the tag, the call or the rule), shortened to one line. */
  snippet: string;
}

/** What a script shows about how the content talks to the LMS; reported as information only. */
export type PlayerFact = 'scorm-api-discovery' | 'scorm-initialize' | 'scorm-finish' | 'launch-parameters';

/** The collector the scanners of one file add to. */
export interface Scan {
  fetches: OutsideFetch[];
  facts: Set<PlayerFact>;
}

/** A new, empty collector. */
export function emptyScan(): Scan {
  return { fetches: [], facts: new Set() };
}

/**
 * Whether the browser resolves `url` to another host: an absolute http(s)/ws(s)/ftp URL or a
 * network-path reference. Like the WHATWG URL parser, tabs and newlines are dropped and `\` counts
 * as `/`, so `\\host\a.png` is `//host/a.png`.
 */
export function isOutsideUrl(url: string): boolean {
  const normalised = url.replace(/[\t\n\r]/g, '').trim().replace(/\\/g, '/');
  return /^(?:(?:https?|wss?|ftp):|\/\/)/i.test(normalised);
}

const SNIPPET_LENGTH = 120;

/** One line of source for a report: whitespace runs collapsed, shortened with an ellipsis. */
export function snippetOf(source: string): string {
  const line = source.replace(/\s+/g, ' ').trim();
  return line.length > SNIPPET_LENGTH ? `${line.slice(0, SNIPPET_LENGTH - 1)}…` : line;
}

/**
 * A function giving the 1-based line of an index in `text`, for indexes asked in increasing
 * order (as a parser meets them): it counts on from the last answer, so a whole file costs one pass.
 */
export function lineCounter(text: string, firstLine = 1): (index: number) => number {
  let line = firstLine;
  let counted = 0;
  return (index) => {
    if (index < counted) return lineCounter(text, firstLine)(index);
    for (let i = text.indexOf('\n', counted); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
    counted = index;
    return line;
  };
}
