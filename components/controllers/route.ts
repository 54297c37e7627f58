/**
 * The player's hash routes. The build writes links with these shapes into lesson HTML, so they
 * are a contract: `#/`, `#/lesson`, `#/lesson/SECTION`, `#/flashcards`, `#/quiz`, `#/concepts`,
 * `#/concepts/CONCEPT`.
 * @packageDocumentation
 */
import type { ViewName } from '../../learning/learner-events.ts';

export interface Route {
  view: ViewName;
  /** Section id (lesson) or concept id (concepts), when the route names one. */
  target?: string;
  /** The route as written after `#`, normalised, for example `/lesson/rapport`. */
  path: string;
}

const VIEW_PATHS: Record<string, ViewName> = {
  '': 'overview',
  lesson: 'lesson',
  flashcards: 'flashcards',
  quiz: 'quiz',
  concepts: 'concepts',
};

/** Parses `#/lesson/id`, `/lesson/id` or `lesson/id`; anything unknown is the overview. */
export function parseRoute(hash: string): Route {
  const [head = '', target] = hash.replace(/^#?\/?/, '').split('/').map((part) => decodeURIComponent(part));
  const view = VIEW_PATHS[head];
  if (!view) return { view: 'overview', path: '/' };
  const canTarget = (view === 'lesson' || view === 'concepts') && target;
  return canTarget ? { view, target, path: `/${head}/${target}` } : { view, path: view === 'overview' ? '/' : `/${head}` };
}

/** The href of a route. */
export function routeHref(view: ViewName, target?: string): string {
  const head = view === 'overview' ? '' : view;
  return target ? `#/${head}/${encodeURIComponent(target)}` : `#/${head}`;
}
