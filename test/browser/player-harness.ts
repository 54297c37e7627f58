/**
 * Helpers for browser tests: mount a player on a route, find the focused element through shadow
 * roots, press keys until focus reaches something, and run axe.
 */
import axe from 'axe-core';
import course from 'virtual:lmspack/course';
import tables from 'virtual:lmspack/term-tables';
import { userEvent } from 'vitest/browser';
import type { LmsCoursePlayer } from '../../components/course-player/course-player.ts';
import type { CarriedTables } from '../../format/i18n/carried-tables.ts';
import { TERM_TABLES, termTable } from '../../format/i18n/tables.ts';
import type { ValidatedCourse } from '../../format/validated-course.ts';
import '../../components/course-player/course-player.ts';
import type { LearnerEvent } from '../../learning/learner-events.ts';
import { emptyLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import { LEARNER_EVENT_NAMES } from '../../components/events/learner-event-names.ts';

/** The seed course, and the term tables its package carries (the English one only). */
export { course, tables };

/** Every table lmspack has, as a package whose course is in `language` would carry them with `interfaceLanguages: all`. */
export function everyTable(language: string): CarriedTables {
  const byLanguage = Object.fromEntries(Object.entries(TERM_TABLES).map(([tag, table]) => [tag, () => Promise.resolve(table)]));
  return { course: termTable(language) ?? TERM_TABLES.en, byLanguage };
}
export { seededRandom } from '../../learning/shuffle.ts';

export interface Mounted {
  player: LmsCoursePlayer;
  events: LearnerEvent[];
}

/**
 * Mounts a fresh player at `route` with `state` (on the seed course, or `shown`), recording its
 * learner events. It carries every term table, so a test may set any learner language.
 */
export async function mountPlayer(route = '/', state: LearnerState = emptyLearnerState(), shown: ValidatedCourse = course): Promise<Mounted> {
  document.body.replaceChildren();
  document.body.style.margin = '0';
  history.replaceState(null, '', `#${route}`);
  const player = document.createElement('lms-course-player');
  const events: LearnerEvent[] = [];
  for (const name of LEARNER_EVENT_NAMES) player.addEventListener(name, (event) => events.push(event.learnerEvent));
  player.course = shown;
  player.termTables = everyTable(shown.settings.language);
  player.initialState = structuredClone(state);
  player.standalone = true;
  document.body.append(player);
  await settle(player);
  return { player, events };
}

/** Navigates by hash, as a link would. */
export async function navigate(player: LmsCoursePlayer, route: string): Promise<void> {
  if (location.hash !== `#${route}`) {
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = `#${route}`;
    await changed;
  }
  await settle(player);
}

/** Waits until the player and its nested elements have rendered. */
export async function settle(root: Element = document.body): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: Element | ShadowRoot): void => {
      for (const element of Array.from(node.querySelectorAll('*'))) {
        if ('updateComplete' in element) pending.push((element as unknown as { updateComplete: Promise<unknown> }).updateComplete);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    if ('updateComplete' in root) pending.push((root as unknown as { updateComplete: Promise<unknown> }).updateComplete);
    visit(root.shadowRoot ?? root);
    if (root.shadowRoot) visit(root);
    await Promise.all(pending);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Finds one element matching `selector` anywhere, piercing shadow roots. */
export function deepQuery<T extends Element = HTMLElement>(selector: string, root: Document | Element | ShadowRoot = document): T | null {
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.shadowRoot) {
      const found = deepQuery<T>(selector, element.shadowRoot);
      if (found) return found;
    }
  }
  return null;
}

/** All elements matching `selector`, piercing shadow roots. */
export function deepQueryAll<T extends Element = HTMLElement>(selector: string, root: Document | Element | ShadowRoot = document): T[] {
  const found = Array.from(root.querySelectorAll<T>(selector));
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.shadowRoot) found.push(...deepQueryAll<T>(selector, element.shadowRoot));
  }
  return found;
}

/** The focused element, through shadow roots. */
export function activeElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short description of an element for failure messages. */
export function describe(element: Element | null): string {
  if (!element) return 'nothing';
  return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60)}"`;
}

/** Presses Tab (or Shift+Tab) until the focused element matches, failing after `limit` presses. */
export async function tabTo(matches: (element: Element) => boolean, limit = 80, backwards = false): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await userEvent.keyboard(backwards ? '{Shift>}{Tab}{/Shift}' : '{Tab}');
    const active = activeElement();
    if (active && matches(active)) return active;
  }
  throw new Error(`Tab never reached the element; focus is on ${describe(activeElement())}`);
}

/** Whether an element is a control whose visible text or label includes `text`. */
export function named(text: string | RegExp): (element: Element) => boolean {
  return (element) => {
    const label = `${element.getAttribute('aria-label') ?? ''} ${element.textContent ?? ''}`.replace(/\s+/g, ' ');
    return typeof text === 'string' ? label.includes(text) : text.test(label);
  };
}

/** WCAG 2.0/2.1 A and AA violations on the page, formatted for an assertion message. */
export async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('\n')}`,
  );
}

/** Finds `selector` inside the shadow root of the first `host` element. */
export function inView<T extends Element = HTMLElement>(host: string, selector: string): T | null {
  const element = deepQuery(host);
  return element?.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** The shadow root of the quiz question on screen. */
export function questionRoot(): ShadowRoot {
  const root = inView('lms-quiz', 'lms-quiz-question')?.shadowRoot;
  if (!root) throw new Error('no quiz question on screen');
  return root;
}
