/**
 * Makes text from course files safe to print. Control characters (C0, DEL, C1) would let a
 * course file move the cursor, clear the screen or retitle the terminal of whoever builds it,
 * in CI logs too; bidirectional overrides would make printed text read differently from the
 * file. Each is shown as an escape (`\x1b`, `\u202e`) instead.
 * @packageDocumentation
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function showControlCharacters(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
