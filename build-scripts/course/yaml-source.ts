/**
 * A parsed YAML course file that remembers where every value came from, so a problem found
 * in the data can be reported at its line and column.
 * @packageDocumentation
 */
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { diagnostic, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';

export type DataPath = readonly PropertyKey[];

/** Deepest nesting of lists and mappings a course file may have; the real ones stay under 10. */
export const MAX_DEPTH = 64;
const MAX_ALIAS_COUNT = 100;

const tooDeep = (at: SourceLocation): Diagnostic =>
  diagnostic('yaml-syntax', at, `YAML nesting is too deep: course files may nest lists and mappings at most ${MAX_DEPTH} levels.`, 'check for unclosed [ or { brackets');

export class YamlSource {
  private constructor(
    /** Path relative to the course folder. */
    readonly file: string,
    readonly text: string,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  /** Parses `text`; syntax problems come back as diagnostics next to whatever data could be read. */
  static parse(file: string, text: string): { source: YamlSource; data: unknown; diagnostics: Diagnostic[] } {
    const lines = new LineCounter();
    // uniqueKeys keeps the default (error on duplicate keys): a repeated key silently dropping
    // the first value is exactly the kind of loss authors never notice.
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, strict: true });
    const source = new YamlSource(file, text, doc, lines);
    const diagnostics = [...doc.errors, ...doc.warnings].map((e) => {
      const at = source.locationOfOffset(e.pos[0], Math.max(1, e.pos[1] - e.pos[0]));
      if (/call stack/i.test(e.message)) return tooDeep(at);
      const message = e.message.split('\n')[0] ?? e.message;
      return diagnostic('yaml-syntax', at, `YAML syntax: ${message}`, yamlHint(e.code));
    });
    if (doc.errors.length > 0) return { source, data: safeToJS(doc), diagnostics };
    const limit = source.checkLimits();
    return limit ? { source, data: undefined, diagnostics: [...diagnostics, limit] } : { source, data: source.data, diagnostics };
  }

  /** The data, read once {@link checkLimits} has passed. */
  private data: unknown;

  /**
   * Course files are small and shallow. A file nested deeper than {@link MAX_DEPTH}, or whose
   * aliases would expand it beyond what the yaml library allows (a "billion laughs" file), is
   * refused at the offending node rather than allowed to exhaust memory or the stack.
   */
  private checkLimits(): Diagnostic | undefined {
    const stack: { node: unknown; depth: number }[] = [{ node: this.doc.contents, depth: 1 }];
    let firstAlias: Node | undefined;
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!;
      if (isAlias(node)) firstAlias ??= node;
      if (!isMap(node) && !isSeq(node)) continue;
      if (depth > MAX_DEPTH) return tooDeep(this.locateNode(node));
      // Pushed last to first, so nodes are visited in document order and the first alias is found first.
      for (const item of [...node.items].reverse()) stack.push({ node: isPair(item) ? item.value : item, depth: depth + 1 });
    }
    try {
      this.data = this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      return undefined;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return diagnostic('yaml-syntax', firstAlias ? this.locateNode(firstAlias) : { file: this.file, line: 1, column: 1 }, `YAML aliases expand too far: ${message}.`, `a course file may repeat an anchor (*name) at most ${MAX_ALIAS_COUNT} times; write the values out instead`);
    }
  }

  private locateNode(node: Node): SourceLocation {
    const [start, end] = node.range ?? [0, 1];
    return this.locationOfOffset(start, Math.max(1, Math.min(end - start, 40)));
  }

  locationOfOffset(offset: number, length = 1): SourceLocation {
    const { line, col } = this.lines.linePos(Math.min(offset, this.text.length));
    return { file: this.file, line, column: col, length };
  }

  /** The node at a data path, or the deepest existing ancestor when the path does not exist. */
  private nodeAt(path: DataPath): { node: Node | null; exact: boolean } {
    let node: unknown = this.doc.contents;
    for (const key of path) {
      const child = isMap(node) || isSeq(node) ? node.get(key as string | number, true) : undefined;
      if (!isNode(child)) return { node: isNode(node) ? node : null, exact: false };
      node = child;
    }
    return { node: isNode(node) ? node : null, exact: true };
  }

  /** True when the data path exists in the file (used to tell "missing" from "wrong type"). */
  has(path: DataPath): boolean {
    return this.nodeAt(path).exact;
  }

  /** Where the value at `path` starts (or its nearest existing parent, or the file start). */
  locate(path: DataPath): SourceLocation {
    const { node } = this.nodeAt(path);
    if (!node?.range) return { file: this.file, line: 1, column: 1 };
    const [start, valueEnd] = node.range;
    const firstLineEnd = this.text.indexOf('\n', start);
    const end = Math.min(valueEnd, firstLineEnd === -1 ? valueEnd : firstLineEnd);
    return this.locationOfOffset(start, Math.max(1, end - start));
  }

  /** Where the key `key` of the mapping at `path` is written. */
  locateKey(path: DataPath, key: string): SourceLocation {
    const { node, exact } = this.nodeAt(path);
    if (exact && isMap(node)) {
      for (const pair of node.items) {
        if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) {
          return this.locationOfOffset(pair.key.range[0], key.length);
        }
      }
    }
    return this.locate(path);
  }

  /** Describes what kind of value is at `path`, in an author's words ("a list", "text", …). */
  describe(path: DataPath): string {
    const { node, exact } = this.nodeAt(path);
    if (!exact || node === null) return 'nothing';
    if (isMap(node)) return 'a mapping (key: value lines)';
    if (isSeq(node)) return 'a list';
    if (isScalar(node)) {
      const v = node.value;
      if (v === null) return 'an empty value';
      if (typeof v === 'boolean') return `the boolean ${v}`;
      if (typeof v === 'number') return `the number ${v}`;
      return `the text "${String(v).slice(0, 40)}"`;
    }
    return 'an alias';
  }
}

function safeToJS(doc: Document.Parsed): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once per mapping; remove or rename the repeated one';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: items of one list or mapping must line up';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'put text that contains ": " in quotes';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    default:
      return 'text containing ": ", "#", or starting with a special character needs quotes';
  }
}
