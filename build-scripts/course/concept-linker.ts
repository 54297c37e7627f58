/**
 * Links the first mention of each key concept in every lesson section to its glossary entry,
 * so a learner can look a term up where it is used. A term or alias also matches its regular
 * plurals in the course language (see regular-plurals.ts), always as a whole word.
 * @packageDocumentation
 */
import type { Token } from 'markdown-it';
import { conceptHref } from '../../format/routes.ts';
import { regularPlurals } from './regular-plurals.ts';

export interface LinkableConcept {
  id: string;
  /** The term and its aliases. */
  names: string[];
}

export class ConceptLinker {
  private readonly pattern: RegExp | undefined;
  private readonly byName = new Map<string, string>();
  /** Concept id to the sections whose text links it. */
  readonly sections = new Map<string, Set<string>>();

  constructor(concepts: readonly LinkableConcept[], language = 'en') {
    const names: string[] = [];
    const add = (key: string, id: string) => {
      if (!key || this.byName.has(key)) return;
      this.byName.set(key, id);
      names.push(key);
    };
    // Names as written first, so a concept's own name wins over another's plural of the same spelling.
    const keyed = concepts.flatMap((concept) => concept.names.map((name) => ({ id: concept.id, key: name.trim().toLowerCase().replace(/\s+/g, ' ') })));
    for (const { id, key } of keyed) add(key, id);
    for (const { id, key } of keyed) for (const plural of regularPlurals(key, language)) add(plural, id);
    // Longest names first, so "therapeutic alliance" wins over "alliance".
    names.sort((a, b) => b.length - a.length);
    const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    this.pattern = alternatives.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
      : undefined;
  }

  /**
   * Rewrites the children of one inline token, linking concepts not yet linked in `section`.
   * `linked` is the set of concept ids already linked in the current section.
   */
  linkInline(children: Token[], section: string | undefined, linked: Set<string>, makeToken: (type: string, tag: string, nesting: -1 | 0 | 1) => Token): Token[] {
    if (!this.pattern) return children;
    const out: Token[] = [];
    let linkDepth = 0;
    for (const child of children) {
      if (child.type === 'link_open') linkDepth++;
      if (child.type === 'link_close') linkDepth--;
      if (child.type !== 'text' || linkDepth > 0) {
        out.push(child);
        continue;
      }
      let last = 0;
      const text = child.content;
      for (const match of text.matchAll(this.pattern)) {
        const id = this.byName.get(match[0].toLowerCase().replace(/\s+/g, ' '));
        if (!id || linked.has(id) || match.index === undefined) continue;
        linked.add(id);
        if (section) {
          const set = this.sections.get(id) ?? new Set<string>();
          set.add(section);
          this.sections.set(id, set);
        }
        if (match.index > last) out.push(textToken(makeToken, text.slice(last, match.index)));
        const open = makeToken('link_open', 'a', 1);
        open.attrs = [
          ['href', conceptHref(id)],
          ['class', 'lms-term'],
          ['data-concept', id],
        ];
        out.push(open, textToken(makeToken, match[0]), makeToken('link_close', 'a', -1));
        last = match.index + match[0].length;
      }
      out.push(last === 0 ? child : textToken(makeToken, text.slice(last)));
    }
    return out;
  }
}

function textToken(make: (type: string, tag: string, nesting: -1 | 0 | 1) => Token, content: string): Token {
  const token = make('text', '', 0);
  token.content = content;
  return token;
}
