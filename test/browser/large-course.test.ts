import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { emptyLearnerState } from '../../learning/learner-state.ts';
import { activeElement, axeViolations, course, deepQuery, inView, mountPlayer, settle } from './player-harness.ts';
import { scaledCourse } from './scaled-course.ts';

// As many concepts and cards as the benchmark's 40× course.
const large = scaledCourse(course, { concepts: 200, cards: 2000 });
const concepts = large.conceptGroups.flatMap((group) => group.concepts);

function glossary(): ShadowRoot {
  const root = deepQuery('lms-concept-glossary')?.shadowRoot;
  if (!root) throw new Error('the glossary is not on screen');
  return root;
}

const entryTerms = (): string[] => Array.from(glossary().querySelectorAll('li.concept h3')).map((h3) => h3.textContent ?? '');

/** Waits until the glossary has rendered `count` entries (it adds them a slice per frame). */
async function untilEntries(count: number): Promise<void> {
  for (let frame = 0; frame < 120 && glossary().querySelectorAll('li.concept').length < count; frame++) {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }
}

test('a glossary of 200 concepts lists every one in course order, with its own references', async () => {
  await mountPlayer('/concepts', emptyLearnerState(), large);
  await untilEntries(concepts.length);
  expect(concepts).toHaveLength(200);
  expect(entryTerms()).toEqual(concepts.map((concept) => concept.term));
  expect(glossary().querySelectorAll('section[aria-labelledby] > ul.concepts')).toHaveLength(large.conceptGroups.length);
  // The 23rd copy of the seed's first concept, near the end: tested by the 23rd copies of its questions.
  const entry = glossary().querySelector('#concept-therapeutic-relationship-22');
  const seedPrompts = course.questions.filter((question) => question.concepts?.includes('therapeutic-relationship')).map((question) => `${question.prompt} (23)`);
  expect(seedPrompts).toHaveLength(2);
  expect(Array.from(entry?.querySelectorAll('dd:last-of-type li') ?? []).map((li) => li.textContent)).toEqual(seedPrompts);
  expect(await axeViolations()).toEqual([]);
});

test('a link to the 190th concept opens the glossary with that concept focused and in view', async () => {
  // Three columns: the entries above the target, laid out late, must not push it away.
  await page.viewport(1280, 800);
  const target = concepts[189];
  const { player } = await mountPlayer(`/concepts/${target?.id}`, emptyLearnerState(), large);
  await settle(player);
  expect(activeElement()?.textContent).toBe(target?.term);
  const heading = glossary().querySelector('li.concept.target h3');
  expect(heading?.textContent).toBe(target?.term);
  const box = heading?.getBoundingClientRect();
  expect(box && box.top >= 0 && box.bottom <= window.innerHeight, `heading at ${box?.top}–${box?.bottom}, window ${window.innerHeight} high`).toBe(true);
});

test('searching a glossary of 200 concepts shows the one that matches', async () => {
  const target = concepts[150];
  const { player } = await mountPlayer('/concepts', emptyLearnerState(), large);
  const filter = glossary().querySelector<HTMLInputElement>('input');
  if (!filter || !target) throw new Error('no filter or no 151st concept');
  filter.value = target.term;
  filter.dispatchEvent(new Event('input'));
  await settle(player);
  expect(entryTerms()).toEqual([target.term]);
  expect(glossary().querySelector('li.concept p')?.textContent).toBe(target.definition);
});

test('a deck of 2,000 cards flips and rates the card on screen, then shows the next', async () => {
  const { player, events } = await mountPlayer('/flashcards', emptyLearnerState(), large);
  for (const [index, card] of large.flashcards.slice(0, 3).entries()) {
    expect(inView('lms-flashcard', '#position')?.textContent).toBe(`Card ${index + 1} of 2,000`);
    expect(inView('lms-flashcard', '#front')?.textContent).toBe(card.front);
    (deepQuery('button.flip') as HTMLButtonElement).click();
    await settle(player);
    expect(inView('lms-flashcard', '.face.back .text')?.textContent).toBe(card.back);
    (inView('lms-flashcard', '.rating-buttons button:last-child') as HTMLButtonElement).click();
    await settle(player);
    expect(events.at(-1)).toMatchObject({ type: 'card-reviewed', cardId: card.id, rating: 'easy' });
  }
  expect(Object.keys(player.learnerState.cards)).toEqual(['card-1', 'card-2', 'card-3']);
});
