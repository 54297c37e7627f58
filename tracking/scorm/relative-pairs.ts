/**
 * Array-record SetValue calls made relative to their index, so a record can be written at
 * whatever index `_count` gives when it is delivered (or replayed in a later session).
 * @packageDocumentation
 */

/**
 * `[['cmi.interactions.0.id', 'q1'], …]` → `[['id', 'q1'], …]`. The calls must have been made
 * for index 0 of `array`.
 */
export function relativePairs(array: 'interactions' | 'objectives', elements: readonly [string, string][]): [string, string][] {
  const prefix = `cmi.${array}.0.`;
  return elements.map(([element, value]) => {
    if (!element.startsWith(prefix)) throw new Error(`${element} is not an element of cmi.${array}.0`);
    return [element.slice(prefix.length), value];
  });
}
