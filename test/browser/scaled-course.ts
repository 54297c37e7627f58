/**
 * The seed course made larger in memory, as the benchmark's generated courses are on disk
 * (scripts/bench/generate-course.ts): concepts copied until there are `concepts` of them,
 * questions once per copy, `cards` cards; ids and texts made unique, references following
 * their copy. Lessons stay the seed's.
 */
import type { ValidatedCourse } from '../../format/validated-course.ts';

export function scaledCourse(seed: ValidatedCourse, size: { concepts: number; cards: number }): ValidatedCourse {
  const perCopy = seed.conceptGroups.reduce((sum, group) => sum + group.concepts.length, 0);
  const copies = Math.ceil(size.concepts / perCopy);
  const copy = <T>(make: (n: number) => T[]): T[] => Array.from({ length: copies }, (_, n) => make(n)).flat();
  let left = size.concepts;
  const conceptGroups = copy((n) =>
    seed.conceptGroups.map((group) => {
      const concepts = group.concepts.slice(0, Math.max(0, left)).map((concept) => ({ ...concept, id: `${concept.id}-${n}`, term: `${concept.term} ${n + 1}`, aliases: [] }));
      left -= concepts.length;
      return { ...group, id: `${group.id}-${n}`, title: `${group.title} ${n + 1}`, concepts };
    }),
  ).filter((group) => group.concepts.length > 0);
  const existing = new Set(conceptGroups.flatMap((group) => group.concepts.map((concept) => concept.id)));
  const renamed = (ids: readonly string[] | undefined, n: number) => ids?.map((id) => `${id}-${n}`).filter((id) => existing.has(id));
  return {
    ...seed,
    conceptGroups,
    conceptSections: Object.fromEntries(copy((n) => Object.entries(seed.conceptSections).map(([id, sections]) => [`${id}-${n}`, sections])).filter(([id]) => existing.has(id as string))),
    questions: copy((n) => seed.questions.map((question) => ({ ...question, id: `${question.id}-${n}`, prompt: `${question.prompt} (${n + 1})`, concepts: renamed(question.concepts, n) }))),
    flashcards: Array.from({ length: size.cards }, (_, i) => {
      const card = seed.flashcards[i % seed.flashcards.length] as ValidatedCourse['flashcards'][number];
      return { ...card, id: `card-${i + 1}`, front: `${card.front} (${i + 1})`, back: `${card.back} (${i + 1})`, concepts: renamed(card.concepts, i % copies) };
    }),
  };
}
