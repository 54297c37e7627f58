import { expect, test } from 'vitest';
import { deepQueryAll, mountPlayer, settle, tables } from './player-harness.ts';

const navLabels = () => deepQueryAll('nav[aria-label] ul a').map((link) => link.textContent?.trim());

test('the course language and the author\'s terms name the parts; a learner language lmspack has a table for takes over the interface only', async () => {
  const { player } = await mountPlayer('/');
  // The seed course is English and calls its reading part "Summary" (terms.readingPart in course.yaml).
  expect(navLabels()).toEqual(['Overview', 'Summary', 'Flashcards', 'Quiz', 'Key concepts']);
  expect([player.lang, player.dir]).toEqual(['en', 'ltr']);
  player.learnerLanguage = 'de-DE';
  await settle(player);
  expect(navLabels()).toEqual(['Übersicht', 'Lektionen', 'Karteikarten', 'Quiz', 'Schlüsselbegriffe']);
  expect([player.lang, player.dir]).toEqual(['en', 'ltr']);
  player.learnerLanguage = 'sw';
  await settle(player);
  expect(navLabels()).toEqual(['Overview', 'Summary', 'Flashcards', 'Quiz', 'Key concepts']);
});

test('with the tables the seed course\'s package carries (its own only), a learner language stays the course\'s', async () => {
  const { player } = await mountPlayer('/');
  player.termTables = tables;
  player.learnerLanguage = 'de-DE';
  await settle(player);
  expect(Object.keys(tables.byLanguage)).toEqual(['en']);
  expect(navLabels()).toEqual(['Overview', 'Summary', 'Flashcards', 'Quiz', 'Key concepts']);
});
