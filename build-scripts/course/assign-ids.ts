/**
 * Gives every item of a list an id: keeps the author's, derives a missing one from visible text
 * (with a warning, since editing the text would then change it), and reports duplicates.
 * @packageDocumentation
 */
import { deriveId } from '../../format/ids.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DataPath, YamlSource } from './yaml-source.ts';

export interface IdList {
  /** `undefined` for an entry that did not pass its schema: it keeps its index but gets no id. */
  items: ({ id?: string | undefined } | undefined)[];
  /** Data path of the list in its file. */
  path: DataPath;
  /** The field whose text a missing id is derived from. */
  from: string;
  kind: 'entity' | 'option';
  /** What an item is called in messages ("flashcard", "choice"). */
  label: string;
}

/**
 * Fills in ids across one or more lists that share an id space (for example the concepts of
 * every group), and returns the problems found.
 */
export function assignIds(source: YamlSource, lists: readonly IdList[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const firstLine = new Map<string, number>();
  for (const list of lists) {
    list.items.forEach((item, i) => {
      if (item?.id === undefined) return;
      const where = source.locate([...list.path, i, 'id']);
      const earlier = firstLine.get(item.id);
      if (earlier !== undefined) {
        diagnostics.push(
          diagnostic('duplicate-id', where, `Duplicate ${list.label} id "${item.id}" (first used on line ${earlier}).`, 'ids must be unique: learners\' saved progress and LMS records are keyed by them'),
        );
      } else firstLine.set(item.id, where.line);
    });
  }
  for (const list of lists) {
    list.items.forEach((item, i) => {
      if (!item || item.id !== undefined) return;
      const text = String((item as Record<string, unknown>)[list.from] ?? '');
      const base = deriveId(text, list.kind);
      const joiner = list.kind === 'entity' ? '-' : '_';
      let id = base;
      for (let n = 2; firstLine.has(id); n++) id = `${base}${joiner}${n}`;
      item.id = id;
      const where = source.locate([...list.path, i]);
      firstLine.set(id, where.line);
      diagnostics.push(
        diagnostic('derived-id', where, `This ${list.label} has no id; using "${id}".`, `add "id: ${id}" so that editing its ${list.from} does not lose learners' progress`),
      );
    });
  }
  return diagnostics;
}
