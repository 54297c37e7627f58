/**
 * Turns markdown-it's block line ranges into source locations in one lesson file, so every
 * problem found in a token can be reported at the line and column where it is written.
 * @packageDocumentation
 */
import type { SourceLocation } from '../diagnostics/diagnostic.ts';
import { LineIndex } from '../diagnostics/line-index.ts';

export class LessonLocator {
  private readonly lines: LineIndex;

  constructor(
    /** Path relative to the course folder. */
    readonly file: string,
    text: string,
  ) {
    this.lines = new LineIndex(text);
  }

  /** 0-based `line0` (as markdown-it counts), at the first `needle` on that line when given. */
  at(line0: number | undefined, needle?: string, length?: number): SourceLocation {
    const line = (line0 ?? 0) + 1;
    const column = needle ? this.lines.lineText(line).indexOf(needle) + 1 || 1 : 1;
    return { file: this.file, line, column, length: length ?? needle?.length ?? 1 };
  }

  /** The first line of the block lines [from, to) that contains a needle (tried in order), else the block's start. */
  within(map: [number, number] | null, ...needles: string[]): SourceLocation {
    const [from, to] = map ?? [0, 1];
    for (const needle of needles.filter(Boolean)) {
      for (let n = from; n < to; n++) if (this.lines.lineText(n + 1).includes(needle)) return this.at(n, needle);
    }
    return this.at(from);
  }
}
