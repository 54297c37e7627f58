/**
 * What `lmspack import` needs to know about the course it adds cards to: its id (the tag every
 * card of an lmspack export carries), its concept ids (tags that name one become the card's
 * concepts) and the cards already in flashcards.yaml (their ids and fronts, for duplicates).
 * Read leniently: a course being edited may have errors elsewhere; only flashcards.yaml must
 * parse, since it is the file that gets written.
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { deriveId } from '../../format/ids.ts';
import { COURSE_FILES } from '../course/course-files.ts';

export interface ExistingCard {
  id: string;
  front: string;
}

export interface ImportTarget {
  courseId: string;
  conceptIds: Set<string>;
  /** Path of flashcards.yaml and its text (undefined when the course has none yet). */
  flashcardsPath: string;
  flashcardsText?: string;
  existing: ExistingCard[];
  /** The folder of the JSON Schemas, as course.yaml's `# yaml-language-server: $schema=` line names it. */
  schemaDir?: string;
}

export type TargetRead = { ok: true; target: ImportTarget } | { ok: false; message: string };

export async function readImportTarget(courseDir: string): Promise<TargetRead> {
  const courseText = await readIfPresent(path.join(courseDir, COURSE_FILES.course));
  if (courseText === undefined) return { ok: false, message: `${courseDir} holds no ${COURSE_FILES.course}: pass the course folder with --course (lmspack init DIR makes one).` };
  const settings = parseDocument(courseText).toJS() as { id?: unknown } | null;
  const flashcardsPath = path.join(courseDir, COURSE_FILES.flashcards);
  const flashcardsText = await readIfPresent(flashcardsPath);
  const cards = flashcardsText === undefined ? { ok: true as const, existing: [] } : existingCards(flashcardsText);
  if (!cards.ok) return { ok: false, message: `${flashcardsPath} cannot be read as YAML (${cards.problem}); fix it first (lmspack check shows where), then import again.` };
  return {
    ok: true,
    target: {
      courseId: typeof settings?.id === 'string' ? settings.id : '',
      conceptIds: await conceptIds(courseDir),
      flashcardsPath,
      ...(flashcardsText === undefined ? {} : { flashcardsText }),
      existing: cards.existing,
      ...schemaDir(courseText),
    },
  };
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function existingCards(text: string): { ok: true; existing: ExistingCard[] } | { ok: false; problem: string } {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { ok: false, problem: doc.errors[0]!.message.split('\n')[0]! };
  const cards = isMap(doc.contents) ? doc.contents.get('cards') : undefined;
  const items = isSeq(cards) ? (cards.toJSON() as unknown[]) : [];
  return {
    ok: true,
    existing: items.flatMap((item) => {
      const card = item as { id?: unknown; front?: unknown } | null;
      if (typeof card?.front !== 'string') return [];
      return [{ id: typeof card.id === 'string' ? card.id : deriveId(card.front, 'entity'), front: card.front }];
    }),
  };
}

/** Concept ids as the loader assigns them: the written id, or the one derived from the term. */
async function conceptIds(courseDir: string): Promise<Set<string>> {
  const text = await readIfPresent(path.join(courseDir, COURSE_FILES.concepts));
  const data = text === undefined ? undefined : (parseDocument(text).toJS() as { groups?: { concepts?: { id?: unknown; term?: unknown }[] }[] } | null);
  const ids = new Set<string>();
  for (const group of Array.isArray(data?.groups) ? data.groups : []) {
    for (const concept of Array.isArray(group?.concepts) ? group.concepts : []) {
      if (typeof concept?.id === 'string') ids.add(concept.id);
      else if (typeof concept?.term === 'string') ids.add(deriveId(concept.term, 'entity'));
    }
  }
  return ids;
}

function schemaDir(courseText: string): { schemaDir?: string } {
  const match = /^# yaml-language-server: \$schema=(.*)course\.schema\.json\s*$/m.exec(courseText);
  return match ? { schemaDir: match[1] } : {};
}
