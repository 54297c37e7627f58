/**
 * A tiny XML element tree and its serialiser. Manifests are built as trees rather than string
 * templates so that every attribute and text node is escaped by construction, and the output
 * (attribute order, indentation) is deterministic for byte-identical rebuilds.
 * @packageDocumentation
 */
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.ts';

/** An XML element: a qualified name, attributes in output order, and children. */
export interface XmlElement {
  readonly name: string;
  /** Attributes in the order written; `undefined` values are left out. */
  readonly attributes: Readonly<Record<string, string | undefined>>;
  readonly children: readonly XmlNode[];
}

/** A child of an element: another element or text (escaped when written). */
export type XmlNode = XmlElement | string;

type ChildArg = XmlNode | readonly XmlNode[] | false | undefined;

function isNodeList(child: XmlNode | readonly XmlNode[]): child is readonly XmlNode[] {
  return Array.isArray(child);
}

/**
 * Creates an element. `false` and `undefined` children are dropped and arrays flattened, so
 * optional parts read naturally: `el('item', {}, hasScore && el('adlcp:masteryscore', {}, '80'))`.
 */
export function el(name: string, attributes: Record<string, string | undefined> = {}, ...children: ChildArg[]): XmlElement {
  const flat: XmlNode[] = [];
  for (const child of children) {
    if (child === false || child === undefined) continue;
    if (isNodeList(child)) flat.push(...child);
    else flat.push(child);
  }
  return { name, attributes, children: flat };
}

const INDENT = '  ';
/** Elements with more attributes than this put each attribute on its own line (the manifest root). */
const ATTRIBUTES_PER_LINE = 4;

function renderAttributes(element: XmlElement, depth: number): string {
  const pairs = Object.entries(element.attributes).filter((entry): entry is [string, string] => entry[1] !== undefined);
  if (pairs.length === 0) return '';
  const rendered = pairs.map(([key, value]) => `${key}="${escapeXmlAttribute(value)}"`);
  if (rendered.length <= ATTRIBUTES_PER_LINE) return ` ${rendered.join(' ')}`;
  const pad = INDENT.repeat(depth + 1);
  return ` ${rendered.join(`\n${pad}`)}`;
}

function renderElement(element: XmlElement, depth: number): string {
  const pad = INDENT.repeat(depth);
  const open = `${pad}<${element.name}${renderAttributes(element, depth)}`;
  if (element.children.length === 0) return `${open}/>`;
  if (element.children.every((child) => typeof child === 'string')) {
    return `${open}>${element.children.map((text) => escapeXmlText(text as string)).join('')}</${element.name}>`;
  }
  const inner = element.children.map((child) =>
    typeof child === 'string' ? `${INDENT.repeat(depth + 1)}${escapeXmlText(child)}` : renderElement(child, depth + 1),
  );
  return `${open}>\n${inner.join('\n')}\n${pad}</${element.name}>`;
}

/** Serialises a document: UTF-8 XML declaration, two-space indentation, LF line ends, final newline. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderElement(root, 0)}\n`;
}
