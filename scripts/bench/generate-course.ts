/**
 * Generates a course N times the size of the seed for the benchmark: lessons, cards, questions
 * and concepts are copies of the seed's with their ids made unique (references follow), and the
 * lessons carry photograph-like JPEGs made with sharp.
 * @packageDocumentation
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { repoRoot } from '../../build-scripts/repo-root.ts';
import { syntheticPhoto } from './synthetic-images.ts';

/** How much of each the generated course holds. */
export interface CourseScale {
  /** `1x`, `10x`, `40x`. */
  name: string;
  lessons: number;
  cards: number;
  questions: number;
  concepts: number;
  images: number;
}

/** The scales the benchmark measures: 40× is the largest course a real author is likely to write. */
export const COURSE_SCALES: readonly CourseScale[] = [
  { name: '1x', lessons: 1, cards: 50, questions: 13, concepts: 5, images: 3 },
  { name: '10x', lessons: 10, cards: 500, questions: 125, concepts: 50, images: 25 },
  { name: '40x', lessons: 40, cards: 2000, questions: 500, concepts: 200, images: 100 },
];

/** Size of the generated photographs: a typical export from a camera or a stock library. */
const PHOTO = { width: 1600, height: 1067 } as const;

type Yaml = Record<string, unknown>;

async function readYaml(file: string): Promise<Yaml> {
  return parse(await readFile(file, 'utf8')) as Yaml;
}

function list<T = Yaml>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** Copy `n` of the seed lesson: every heading id and `#link` suffixed, so ids stay unique. */
function lessonCopy(seed: string, n: number, terms: readonly string[], images: readonly number[]): string {
  const text = seed
    .replace(/\{#([a-z0-9-]+)\}/g, (_, id: string) => `{#${id}-l${n}}`)
    .replace(/\]\(#([a-z0-9-]+)\)/g, (_, id: string) => `](#${id}-l${n})`)
    .replace(/^# (.*)$/m, (_, title: string) => `# ${title} (part ${n + 1})`);
  const figures = images.map((i) => `\n![Photograph ${i + 1} of the generated course](../assets/photo-${i + 1}.jpg)\n`).join('');
  const glossary = terms.length > 0 ? `\n## Terms of part ${n + 1} {#terms-l${n}}\n\nThis part uses ${terms.join(', ')}.\n` : '';
  return `${text.trimEnd()}\n${glossary}${figures}`;
}

function conceptCopies(seed: Yaml, count: number): { groups: Yaml[]; copies: number } {
  const seedGroups = list(seed.groups);
  const perCopy = seedGroups.reduce((sum, group) => sum + list(group.concepts).length, 0);
  const groups: Yaml[] = [];
  let made = 0;
  for (let copy = 0; made < count; copy++) {
    for (const group of seedGroups) {
      const concepts = list(group.concepts)
        .slice(0, count - made)
        .map((concept) => ({ ...concept, id: `${String(concept.id)}-${copy}`, term: `${String(concept.term)} ${copy + 1}`, aliases: undefined }));
      made += concepts.length;
      if (concepts.length > 0) groups.push({ ...group, id: `${String(group.id)}-${copy}`, title: `${String(group.title)} ${copy + 1}`, concepts });
    }
  }
  return { groups, copies: Math.max(1, Math.floor(count / perCopy)) };
}

/** `ids` of the seed renamed to copy `copy`, less those the generated course does not have. */
function conceptRefs(value: unknown, copy: number, existing: ReadonlySet<string>): string[] | undefined {
  return Array.isArray(value) ? value.map((id) => `${String(id)}-${copy}`).filter((id) => existing.has(id)) : undefined;
}

function cycle<T>(items: readonly T[], count: number, make: (item: T, index: number) => Yaml): Yaml[] {
  return Array.from({ length: count }, (_, index) => make(items[index % items.length] as T, index));
}

/** Photographs made once and kept: making 100 takes minutes on a busy machine, and they never change. */
const PHOTO_CACHE = path.join(repoRoot, 'node_modules/.cache/lmspack-bench/photos');

async function photo(n: number): Promise<Buffer> {
  const file = path.join(PHOTO_CACHE, `${PHOTO.width}x${PHOTO.height}-${n}.jpg`);
  try {
    return await readFile(file);
  } catch {
    const data = await syntheticPhoto(PHOTO.width, PHOTO.height, n);
    await mkdir(PHOTO_CACHE, { recursive: true });
    await writeFile(file, data);
    return data;
  }
}

async function writePhotos(dir: string, count: number): Promise<void> {
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  for (let i = 0; i < count; i++) await writeFile(path.join(dir, 'assets', `photo-${i + 1}.jpg`), await photo(i + 1));
}

/** Writes a course of `scale` generated from the seed course in `seedDir` into `dir`. */
export async function generateCourse(seedDir: string, dir: string, scale: CourseScale): Promise<void> {
  const settings = await readYaml(path.join(seedDir, 'course.yaml'));
  const [flashcards, quiz, concepts, lesson] = await Promise.all([
    readYaml(path.join(seedDir, 'flashcards.yaml')),
    readYaml(path.join(seedDir, 'quiz.yaml')),
    readYaml(path.join(seedDir, 'concepts.yaml')),
    // The seed has one lesson; every generated lesson is a copy of it.
    readFile(path.join(seedDir, list<string>(settings.lessons)[0] ?? ''), 'utf8'),
  ]);
  const { groups, copies } = conceptCopies(concepts, scale.concepts);
  const terms = groups.flatMap((group) => list(group.concepts).map((concept) => String(concept.term)));
  const conceptIds = new Set(groups.flatMap((group) => list(group.concepts).map((concept) => String(concept.id))));
  const lessons = Array.from({ length: scale.lessons }, (_, n) => `lessons/part-${n + 1}.md`);
  await mkdir(path.join(dir, 'lessons'), { recursive: true });
  for (const [n, file] of lessons.entries()) {
    const lessonTerms = terms.filter((_, index) => index % scale.lessons === n);
    const images = Array.from({ length: scale.images }, (_, i) => i).filter((i) => i % scale.lessons === n);
    await writeFile(path.join(dir, file), lessonCopy(lesson, n, lessonTerms, images));
  }
  const cards = cycle(list(flashcards.cards), scale.cards, (card, i) => ({ ...card, id: `card-${i + 1}`, front: `${String(card.front)} (${i + 1})`, concepts: conceptRefs(card.concepts, i % copies, conceptIds) }));
  const questions = cycle(list(quiz.questions), scale.questions, (question, i) => ({
    ...question,
    id: `${String(question.id)}-q${i + 1}`,
    section: question.section === undefined ? undefined : `${String(question.section)}-l${i % scale.lessons}`,
    concepts: conceptRefs(question.concepts, i % copies, conceptIds),
  }));
  await writeFile(path.join(dir, 'course.yaml'), stringify({ ...settings, id: `generated-${scale.name}`, title: `Generated course ${scale.name}`, lessons }));
  await writeFile(path.join(dir, 'flashcards.yaml'), stringify({ cards }));
  await writeFile(path.join(dir, 'quiz.yaml'), stringify({ questions }));
  await writeFile(path.join(dir, 'concepts.yaml'), stringify({ groups }));
  await writePhotos(dir, scale.images);
}
