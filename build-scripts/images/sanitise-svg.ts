/**
 * Minifies an SVG with svgo and removes what a package must not carry: scripts and event
 * handlers, embedded HTML, and references to anything outside the file.
 * @packageDocumentation
 */
import { optimize, type CustomPlugin, type XastElement, type XastParent } from 'svgo';

/** Attributes that point at another resource (SVG 2 §5.6 "href", plus the SVG 1.1 xlink form). */
const REFERENCE_ATTRIBUTES = ['href', 'xlink:href'];
/** Elements whose whole purpose is the resource they reference. */
const REFERENCING_ELEMENTS = new Set(['image', 'use', 'feImage', 'script', 'foreignObject']);
/** `url(...)` that is not a fragment of this same file. */
const OUTSIDE_URL = /url\(\s*(['"]?)(?!#)[^)]*\1\s*\)/gi;

function isOutside(reference: string): boolean {
  return !reference.trim().startsWith('#');
}

function detach(node: XastElement, parent: XastParent): void {
  parent.children = parent.children.filter((child) => child !== node);
}

/** Removes outside references: packages may make no request outside themselves. */
const removeOutsideReferences: CustomPlugin = {
  name: 'removeOutsideReferences',
  fn: () => ({
    element: {
      enter(node, parent) {
        if (node.name === 'foreignObject') return detach(node, parent);
        for (const name of REFERENCE_ATTRIBUTES) {
          const value = node.attributes[name];
          if (value === undefined || !isOutside(value)) continue;
          if (REFERENCING_ELEMENTS.has(node.name)) return detach(node, parent);
          delete node.attributes[name];
        }
        for (const [name, value] of Object.entries(node.attributes)) {
          if (OUTSIDE_URL.test(value)) node.attributes[name] = value.replace(OUTSIDE_URL, 'none');
          OUTSIDE_URL.lastIndex = 0;
        }
      },
    },
    text: {
      enter(node, parent) {
        if (parent.type === 'element' && parent.name === 'style') node.value = node.value.replace(OUTSIDE_URL, 'none');
      },
    },
  }),
};

/** The SVG `text`, minified, without scripts, event handlers or outside references. */
export function sanitiseSvg(text: string): string {
  return optimize(text, {
    multipass: true,
    plugins: ['preset-default', 'removeScripts', removeOutsideReferences],
  }).data;
}
