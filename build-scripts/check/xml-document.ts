/**
 * Namespace-aware XML parsing for the checker. Manifests from other tools use any prefixes they
 * like (`adlcp:`, `ns1:`…), so rules match elements by namespace URI and local name, never by
 * prefix. Well-formedness is judged by two parsers because each alone lets some errors pass.
 * @packageDocumentation
 */
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { XMLValidator } from 'fast-xml-parser';

/** The outcome of parsing: a document, or why the text is not well-formed XML. */
export type XmlParseResult = { ok: true; document: Document; root: Element } | { ok: false; detail: string; line?: number };

/** Parses XML text; never throws. */
export function parseXml(text: string): XmlParseResult {
  const source = text.replace(/^\uFEFF/, '');
  const validation = XMLValidator.validate(source, { allowBooleanAttributes: false });
  if (validation !== true) {
    const { msg, line } = validation.err;
    return { ok: false, detail: `line ${line}: ${msg}`, line };
  }
  const problems: string[] = [];
  let document: Document;
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message);
      },
    }).parseFromString(source, 'text/xml');
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error) };
  }
  const root = document.documentElement;
  if (problems.length > 0 || !root) return { ok: false, detail: problems[0] ?? 'no root element' };
  return { ok: true, document, root };
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** Child elements of `parent` with the given namespace and local name (any when left out). */
export function childElements(parent: Element, namespace?: string | null, localName?: string): Element[] {
  const result: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (!isElement(node)) continue;
    if (namespace !== undefined && node.namespaceURI !== namespace) continue;
    if (localName !== undefined && node.localName !== localName) continue;
    result.push(node);
  }
  return result;
}

/** All descendant elements of `parent`, in document order; with a namespace and local name, only those. */
export function descendantElements(parent: Element, namespace?: string | null, localName?: string): Element[] {
  const result: Element[] = [];
  const walk = (element: Element): void => {
    for (const child of childElements(element)) {
      if (namespace === undefined || (child.namespaceURI === namespace && child.localName === localName)) result.push(child);
      walk(child);
    }
  };
  walk(parent);
  return result;
}

/** The trimmed text content of an element (`""` when absent). */
export function textOf(element: Element | undefined): string {
  return (element?.textContent ?? '').trim();
}

/** An attribute in no namespace, or `undefined` when absent (the DOM returns `""` or null). */
export function attribute(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined;
}

/** An attribute in a namespace, or `undefined` when absent. */
export function attributeNS(element: Element, namespace: string, localName: string): string | undefined {
  return element.hasAttributeNS(namespace, localName) ? (element.getAttributeNS(namespace, localName) ?? undefined) : undefined;
}

/** `path:line` for a finding about an element, when the parser recorded the line. */
export function at(path: string, node: Node): string {
  return node.lineNumber ? `${path}:${node.lineNumber}` : path;
}
