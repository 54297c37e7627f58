/**
 * Every progress bar fills from the inline-start edge: the left in English, the right in Arabic.
 * The filled part of a native <progress> is in the browser's own shadow tree, out of reach of
 * page scripts, so its box is read through the DevTools protocol (DOM.getBoxModel).
 */
import { expect, test } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { correctResponse } from '../../learning/answer-check.ts';
import { createCardScheduler } from '../../learning/flashcard-schedule.ts';
import { emptyLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import { startAttempt } from '../../learning/quiz-attempt.ts';
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { course, deepQuery, deepQueryAll, mountPlayer, settle } from './player-harness.ts';

interface Box {
  left: number;
  right: number;
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  /** An iframe's document: the tests run in one. */
  contentDocument?: CdpNode;
}

const inside = (node: CdpNode): CdpNode[] => [...(node.contentDocument ? [node.contentDocument] : []), ...(node.shadowRoots ?? []), ...(node.children ?? [])];

const attribute = (node: CdpNode, name: string): string | undefined => {
  const at = node.attributes?.findIndex((value, index) => index % 2 === 0 && value === name) ?? -1;
  return at < 0 ? undefined : node.attributes?.[at + 1];
};

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of inside(node)) yield* walk(child);
}

async function borderBox(nodeId: number): Promise<Box> {
  const { model } = (await cdp().send('DOM.getBoxModel', { nodeId })) as { model: { border: number[] } };
  const xs = model.border.filter((_, index) => index % 2 === 0);
  return { left: Math.min(...xs), right: Math.max(...xs) };
}

/** Each <progress> on the page by its id or its host view, with the box of its track and of its filled part. */
async function nativeBars(): Promise<{ name: string; track: Box; fill: Box }[]> {
  const { root } = (await cdp().send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const bars: { name: string; track: Box; fill: Box }[] = [];
  const visit = async (node: CdpNode, host: string): Promise<void> => {
    if (node.nodeName === 'PROGRESS') {
      const inner = [...walk(node)];
      const track = inner.find((candidate) => attribute(candidate, 'pseudo') === '-webkit-progress-bar');
      const fill = inner.find((candidate) => attribute(candidate, 'pseudo') === '-webkit-progress-value');
      if (!track || !fill) throw new Error(`no track or fill inside the progress of ${host}`);
      bars.push({ name: attribute(node, 'id') ?? host, track: await borderBox(track.nodeId), fill: await borderBox(fill.nodeId) });
      return;
    }
    const name = node.nodeName.toLowerCase().startsWith('lms-') ? node.nodeName.toLowerCase() : host;
    for (const child of inside(node)) await visit(child, name);
  };
  await visit(root, 'page');
  return bars;
}

/** The results' per-concept bars: ordinary elements. */
function conceptBars(): { name: string; track: Box; fill: Box }[] {
  return deepQueryAll('lms-quiz-results').flatMap((results) =>
    Array.from(results.shadowRoot?.querySelectorAll<HTMLElement>('.bar') ?? []).map((bar) => {
      const box = (element: Element): Box => ({ left: element.getBoundingClientRect().left, right: element.getBoundingClientRect().right });
      return { name: `concept bar ${bar.closest('tr')?.querySelector('a')?.textContent ?? ''}`, track: box(bar), fill: box(bar.firstElementChild as Element) };
    }),
  );
}

/** Which edge of its track each bar's filled part starts at (or "empty"/"full" where it cannot tell). */
const edges = (bars: { name: string; track: Box; fill: Box }[]): Record<string, string> =>
  Object.fromEntries(
    bars.map(({ name, track, fill }) => {
      const width = fill.right - fill.left;
      if (width < 1) return [name, 'empty'];
      if (width >= track.right - track.left - 1) return [name, 'full'];
      const fromLeft = Math.abs(fill.left - track.left) < 1;
      const fromRight = Math.abs(fill.right - track.right) < 1;
      return [name, fromLeft && !fromRight ? 'left' : fromRight && !fromLeft ? 'right' : `neither (${JSON.stringify({ track, fill })})`];
    }),
  );

/** Some of everything done: two of the first lesson's sections read, a card studied, one question answered, a quiz attempt with concepts half right. */
function partlyDone(shown: ValidatedCourse): LearnerState {
  const state = emptyLearnerState();
  state.sections = shown.lessons[0]?.sections.slice(0, 2).map((section) => section.id) ?? [];
  const card = shown.flashcards[0];
  if (card) state.cards[card.id] = createCardScheduler(shown.settings.flashcards)(undefined, 'good', new Date());
  const last = startAttempt(shown.questions, shown.settings.quiz, 1, 0);
  for (const question of shown.questions.slice(0, 5)) last.answers[question.id] = correctResponse(question);
  state.quiz = { used: 1, passed: false, best: 62.5, last: { ...last, checked: [...last.order], score: 62.5, passed: false } };
  return state;
}

/** The seed course in `language`, with a second lesson (a copy of the first) so the lesson page shows its progress bar. */
function twoLessonCourse(language: string): ValidatedCourse {
  const shown = structuredClone(course);
  shown.settings.language = language;
  shown.settings.terms = {};
  const first = shown.lessons[0];
  if (!first) throw new Error('the seed course has no lesson');
  const copy = { ...first, file: 'lessons/again.md', sections: first.sections.map((section) => ({ ...section, id: `${section.id}-again` })) };
  shown.lessons = [first, copy];
  return shown;
}

/** The edges of every bar, view by view: overview, lesson, quiz question, quiz results, flashcards after one rating. */
async function barsInEveryView(shown: ValidatedCourse): Promise<Record<string, string>> {
  const state = partlyDone(shown);
  const found: Record<string, string> = {};
  await mountPlayer('/', state, shown);
  Object.assign(found, edges(await nativeBars()));
  await mountPlayer(`/lesson/${shown.lessons[0]?.file.replace(/^lessons\/|\.md$/g, '')}`, state, shown);
  Object.assign(found, edges(await nativeBars()));
  await mountPlayer('/quiz', state, shown);
  Object.assign(found, edges(conceptBars()));
  const current = startAttempt(shown.questions, shown.settings.quiz, 2, 0);
  const firstQuestion = shown.questions.find((question) => question.id === current.order[0]);
  if (firstQuestion) current.answers[firstQuestion.id] = correctResponse(firstQuestion);
  current.checked = current.order.slice(0, 1);
  await mountPlayer('/quiz', { ...state, quiz: { ...state.quiz, current } }, shown);
  Object.assign(found, edges(await nativeBars()));
  const deck = await mountPlayer('/flashcards', emptyLearnerState(), shown);
  deepQuery('.card')?.click();
  await settle(deck.player);
  await userEvent.keyboard('3');
  await settle(deck.player);
  Object.assign(found, edges(await nativeBars()));
  return found;
}

/** The bars partly filled by `partlyDone` (and one card rated): the ones whose starting edge shows. */
const PARTLY_FILLED = [
  'lesson-progress',
  'card-progress',
  'quiz-progress',
  'lms-lesson-view',
  'lms-quiz',
  'lms-flashcard-deck',
  'concept bar Therapeutic alliance',
  'concept bar Therapeutic outcome predictor',
  'concept bar Empathy',
  'concept bar Professional boundaries',
];

test.each([
  ['en', 'left'],
  ['ar', 'right'],
])('in a course in %s every progress bar fills from the %s', async (language, edge) => {
  const found = await barsInEveryView(twoLessonCourse(language));
  const partial = Object.fromEntries(Object.entries(found).filter(([, at]) => at !== 'full' && at !== 'empty'));
  expect(partial).toEqual(Object.fromEntries(PARTLY_FILLED.map((name) => [name, edge])));
});
