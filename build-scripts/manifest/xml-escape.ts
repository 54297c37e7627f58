/**
 * Escaping of strings written into XML manifests. Every author string (titles, descriptions)
 * passes through here, so a title such as `Fish & "Chips" <Basics>` cannot break a manifest.
 * @packageDocumentation
 */

/**
 * Characters XML 1.0 cannot carry at all, not even as character references (XML 1.0 §2.2
 * `Char`): C0 controls other than tab, LF and CR, lone surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops characters that XML 1.0 forbids; an escaped manifest must still be well-formed. */
export function stripNonXmlChars(value: string): string {
  return value.replace(NOT_XML_CHAR, '');
}

/**
 * Escapes a string for use as XML element content: `&` and `<`, and `>` so that `]]>` cannot
 * occur (XML 1.0 §2.4). Quotes need no escaping in content.
 */
export function escapeXmlText(value: string): string {
  return stripNonXmlChars(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes a string for use inside a double-quoted XML attribute: as content, plus `"`. Tab, LF
 * and CR become character references, because attribute-value normalisation (XML 1.0 §3.3.3)
 * would otherwise turn them into spaces.
 */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
