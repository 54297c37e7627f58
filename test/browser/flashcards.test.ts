import { expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { emptyLearnerState } from '../../learning/learner-state.ts';
import { activeElement, course, deepQuery, inView, mountPlayer, settle } from './player-harness.ts';

test('flips by click, Space and Enter, and rates with keys 1–4', async () => {
  const { player, events } = await mountPlayer('/flashcards');
  const card = deepQuery('.card');
  card?.click();
  await settle(player);
  expect(deepQuery('.card.flipped')).not.toBeNull();
  await userEvent.keyboard('3');
  await settle(player);
  expect(events.at(-1)).toMatchObject({ type: 'card-reviewed', cardId: course.flashcards[0]?.id, rating: 'good' });
  expect(deepQuery('.card.flipped')).toBeNull();
  expect(activeElement()?.classList.contains('flip')).toBe(true);
  // Keys 1–4 do nothing before the card is flipped.
  await userEvent.keyboard('4');
  expect(events.filter((event) => event.type === 'card-reviewed')).toHaveLength(1);
  (activeElement() as HTMLElement).blur();
  await userEvent.keyboard('{Enter}');
  await settle(player);
  expect(deepQuery('.card.flipped')).not.toBeNull();
  await userEvent.keyboard('1');
  await settle(player);
  expect(events.at(-1)).toMatchObject({ type: 'card-reviewed', rating: 'again' });
});

test('rating buttons carry names and key shortcuts; progress reads "Card n of N"', async () => {
  const { player } = await mountPlayer('/flashcards');
  expect(inView('lms-flashcard', '#position')?.textContent).toBe(`Card 1 of ${course.flashcards.length}`);
  (deepQuery('button.flip') as HTMLButtonElement).click();
  await settle(player);
  const buttons = Array.from(inView('lms-flashcard', '.rating-buttons')?.querySelectorAll('button') ?? []);
  expect(buttons.map((button) => button.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '3', '4']);
  expect(buttons.map((button) => button.textContent?.trim().split(/\s/)[0])).toEqual(['Again1', 'Hard2', 'Good3', 'Easy4']);
  buttons[1]?.click();
  await settle(player);
  // Hard keeps the card in the session (short learning step), so N stays the same.
  expect(inView('lms-flashcard', '#position')?.textContent).toBe(`Card 2 of ${course.flashcards.length + 1}`);
});

test('the session ends when nothing is due and says when the next card is due', async () => {
  const state = emptyLearnerState();
  const { player } = await mountPlayer('/flashcards', state);
  for (let i = 0; i < course.flashcards.length; i++) {
    (deepQuery('button.flip') as HTMLButtonElement).click();
    await settle(player);
    (inView('lms-flashcard', '.rating-buttons button:last-child') as HTMLButtonElement).click();
    await settle(player);
  }
  const done = inView('lms-flashcard-deck', '.done');
  expect(done?.textContent).toContain('Session complete');
  expect(done?.textContent).toMatch(/next card is due in \d+ days?/);
  // Reopened later, nothing is due: the deck says so at once.
  const { player: again } = await mountPlayer('/flashcards', player.learnerState);
  expect(inView('lms-flashcard-deck', '.done h2')?.textContent).toContain('No cards are due');
  void again;
});

test('shuffle reorders the remaining cards and announces it', async () => {
  const { player } = await mountPlayer('/flashcards');
  const before = inView('lms-flashcard', '#front')?.textContent;
  let changed = false;
  for (let i = 0; i < 10 && !changed; i++) {
    (inView('lms-flashcard-deck', '.toolbar button') as HTMLButtonElement).click();
    await settle(player);
    changed = inView('lms-flashcard', '#front')?.textContent !== before;
  }
  expect(changed).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(deepQuery('[role=status]')?.textContent).toContain('shuffled');
});

test('"Save flashcards" downloads an Anki TSV file', async () => {
  const { player } = await mountPlayer('/flashcards');
  const clicked: HTMLAnchorElement[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this);
  };
  try {
    (inView('lms-flashcard-deck', '.toolbar button:nth-child(2)') as HTMLButtonElement).click();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  void player;
  expect(clicked).toHaveLength(1);
  expect(clicked[0]?.download).toBe(`${course.settings.id}-flashcards.tsv`);
  const text = await (await fetch(clicked[0]?.href ?? '')).text();
  expect(text.split('\n')[0]).toBe('#separator:tab');
  expect(text.split('\n').filter((line) => line && !line.startsWith('#'))).toHaveLength(course.flashcards.length);
});

test('quick practice on the overview shows one card with "n of N" and records reviews', async () => {
  const { player, events } = await mountPlayer('/');
  expect(inView('lms-flashcard', '#position')?.textContent).toBe(`Card 1 of ${course.flashcards.length}`);
  const flip = deepQuery<HTMLButtonElement>('button.flip');
  flip?.focus();
  await userEvent.keyboard('{Enter}');
  await settle(player);
  await userEvent.keyboard('4');
  await settle(player);
  expect(events.filter((event) => event.type === 'card-reviewed')).toHaveLength(1);
  expect(inView('lms-flashcard', '#position')?.textContent).toBe(`Card 2 of ${course.flashcards.length}`);
});

test('quick practice rates like the deck: an "Again" card comes back in the session and the rating is announced', async () => {
  const { player, events } = await mountPlayer('/');
  deepQuery<HTMLButtonElement>('button.flip')?.focus();
  await userEvent.keyboard('{Enter}');
  await settle(player);
  await userEvent.keyboard('1');
  await settle(player);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  expect(events.filter((event) => event.type === 'card-reviewed').map((event) => event.type === 'card-reviewed' && event.rating)).toEqual(['again']);
  // One card rated, and it is queued again: still as many to go as before.
  expect(inView('lms-flashcard', '#position')?.textContent).toBe(`Card 2 of ${course.flashcards.length + 1}`);
  expect(player.shadowRoot?.querySelector('[role=status]')?.textContent).toMatch(/^Again\. Next review in \d+ minutes?\.$/);
});

test('"Save flashcards" offers <course-id>-flashcards.tsv with the same text the build writes to dist/', async () => {
  const { player } = await mountPlayer('/flashcards');
  const blobs: Blob[] = [];
  const names: string[] = [];
  const createUrl = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:lmspack-test';
  });
  // The anchor's click would start a real download; record the name it offers instead.
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  try {
    const save = [...(player.shadowRoot?.querySelector('lms-flashcard-deck')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Save flashcards');
    save!.click();
    expect(names).toEqual([`${course.settings.id}-flashcards.tsv`]);
    // test/import/flashcard-tsv.test.ts holds the build's dist file to this same text.
    const expected = await (await fetch('/test/import/fixtures/seed-flashcards.tsv')).text();
    expect(await blobs[0]!.text()).toBe(expected);
    expect(blobs[0]!.type).toBe('text/tab-separated-values;charset=utf-8');
  } finally {
    createUrl.mockRestore();
    click.mockRestore();
  }
});

test('a card keeps the line breaks its author wrote (imported decks have multi-line backs)', async () => {
  const first = course.flashcards[0]!;
  const shown = { ...course, flashcards: [{ ...first, front: 'Two steps?', back: 'Wet hands\nApply soap' }] };
  const { player } = await mountPlayer('/flashcards', emptyLearnerState(), shown);
  (deepQuery('button.flip') as HTMLButtonElement).click();
  await settle(player);
  const back = inView('lms-flashcard', '.back .text') as HTMLElement;
  const range = document.createRange();
  range.selectNodeContents(back);
  const lineTops = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
  expect(lineTops.size).toBe(2);
});
