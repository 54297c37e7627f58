import { describe, expect, test } from 'vitest';
import { codeFrame } from '../../build-scripts/diagnostics/code-frame.ts';
import { diagnostic } from '../../build-scripts/diagnostics/diagnostic.ts';
import { formatDiagnostics } from '../../build-scripts/diagnostics/format-diagnostics.ts';

describe('codeFrame', () => {
  test('shows two lines either side and underlines the span', () => {
    const source = ['a: 1', 'b: 2', 'c: wrong', 'd: 4', 'e: 5', 'f: 6'].join('\n');
    expect(codeFrame(source, 3, 4, 5)).toBe(['  1 | a: 1', '  2 | b: 2', '> 3 | c: wrong', '    |    ^^^^^', '  4 | d: 4', '  5 | e: 5'].join('\n'));
  });

  test('does not show carriage returns from CRLF files', () => {
    const frame = codeFrame('a: 1\r\nb: x\r\nc: 3\r\n', 2, 4);
    expect(frame).not.toContain('\r');
    expect(frame).toContain('> 2 | b: x\n    |    ^');
  });

  test('keeps the marked column visible on very long lines', () => {
    const long = `key: ${'x'.repeat(300)}ERROR${'y'.repeat(300)}`;
    const frame = codeFrame(long, 1, 306, 5);
    const [line, marker] = frame.split('\n');
    expect(line!.length).toBeLessThan(140);
    expect(line!.indexOf('ERROR')).toBe(marker!.indexOf('^^^^^'));
  });

  test('works at the end of the file and pads the gutter', () => {
    const source = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`).join('\n');
    expect(codeFrame(source, 10, 1)).toBe(['   8 | line 8', '   9 | line 9', '> 10 | line 10', '     | ^'].join('\n'));
  });

  test('shows control and bidirectional-override characters escaped, underlining what is shown', () => {
    const frame = codeFrame('a: x\u001b[2Jy\u202ez\u0085', 1, 4, 9);
    expect(frame).toBe(['> 1 | a: x\\x1b[2Jy\\u202ez\\x85', `    |    ${'^'.repeat(20)}`].join('\n'));
  });
});

describe('formatDiagnostics', () => {
  test('escapes control characters in file names, messages and hints', () => {
    const text = formatDiagnostics([diagnostic('yaml-syntax', { file: 'a\u001b.yaml', line: 1, column: 1 }, 'bad \u0007 value', 'hint \u009b here')], {
      displayPath: (file) => file,
      source: () => undefined,
      color: false,
    });
    expect(text).toBe(['a\\x1b.yaml:1:1  error LMS001  bad \\x07 value', '  hint: hint \\x9b here', '  see README.md#lms001', '', '1 error, 0 warnings'].join('\n'));
  });
});
