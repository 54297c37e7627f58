/**
 * The header lines of an Anki "Notes in Plain Text" export, which say how to read the rest:
 * `#separator:tab`, `#html:true`, `#tags column:3`, `#columns:Front<TAB>Back`, `#tags:a b`,
 * and the meta columns `#guid column:`, `#notetype column:`, `#deck column:`. They are the
 * `#` lines at the top of the file (an old first line `tags: …` is accepted too), read as
 * Anki's own importer reads them (rslib/src/import_export/text/csv/metadata.rs in Anki).
 * @packageDocumentation
 */

const SEPARATORS = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' } as const;
export type Separator = (typeof SEPARATORS)[keyof typeof SEPARATORS];

export interface DeckHeaders {
  separator?: Separator;
  html?: boolean;
  /** 1-based column of the space-separated tags. */
  tagsColumn?: number;
  /** Raw `#columns:` value; split once the separator is known. */
  columnsLine?: string;
  /** Tags every note gets (`#tags:` or a first line `tags:`). */
  globalTags: string[];
  /** 1-based columns that hold Anki's own data (guid, note type, deck), not card text. */
  metaColumns: Map<number, string>;
  /** Number of header lines; cards start on the next line. */
  lineCount: number;
  /** Header values lmspack cannot use, by 1-based line. */
  problems: { line: number; message: string; hint: string }[];
}

const META_COLUMNS = ['guid', 'notetype', 'deck'] as const;

export function readDeckHeaders(text: string): DeckHeaders {
  const headers: DeckHeaders = { globalTags: [], metaColumns: new Map(), lineCount: 0, problems: [] };
  const lines = text.split('\n');
  if (lines[0]?.startsWith('tags:')) {
    headers.globalTags = lines[0].slice('tags:'.length).split(/\s+/).filter(Boolean);
    headers.lineCount = 1;
  }
  while (lines[headers.lineCount]?.startsWith('#')) {
    const line = lines[headers.lineCount]!;
    headers.lineCount += 1;
    const colon = line.indexOf(':');
    if (colon > 0) readHeader(headers, line.slice(1, colon).trim().toLowerCase(), line.slice(colon + 1), headers.lineCount);
  }
  return headers;
}

function readHeader(headers: DeckHeaders, key: string, value: string, line: number): void {
  const column = Number.parseInt(value.trim(), 10);
  if (key === 'separator') {
    const name = value.trim().toLowerCase();
    const separator = Object.entries(SEPARATORS).find(([word, char]) => word === name || char === value)?.[1];
    if (separator) headers.separator = separator;
    else headers.problems.push({ line, message: `Unknown separator "${value}".`, hint: `use one of ${Object.keys(SEPARATORS).join(', ')}` });
  } else if (key === 'html') {
    const flag = value.trim().toLowerCase();
    if (flag === 'true' || flag === 'false') headers.html = flag === 'true';
    else headers.problems.push({ line, message: `"#html:" must be true or false, not "${value}".`, hint: 'write #html:true when the fields hold HTML, #html:false when they are plain text' });
  } else if (key === 'tags') headers.globalTags = value.split(/\s+/).filter(Boolean);
  else if (key === 'columns') headers.columnsLine = value;
  else if (key === 'tags column' && column > 0) headers.tagsColumn = column;
  else {
    const meta = META_COLUMNS.find((name) => key === `${name} column`);
    if (meta && column > 0) headers.metaColumns.set(column, meta);
  }
}
