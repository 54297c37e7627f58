/**
 * The views a first paint does not need, each its own chunk: the overview and the lesson come
 * with the player, the flashcard deck, quiz (with its results) and glossary when first opened,
 * or when the browser is idle after the first view.
 * @packageDocumentation
 */
import type { Route } from '../../format/routes.ts';

type View = Route['view'];

// Literal import() calls: the bundler makes each view a chunk of its own.
const LOADERS: Partial<Record<View, () => Promise<unknown>>> = {
  flashcards: () => import('../flashcard-deck/flashcard-deck.ts'),
  quiz: () => import('../quiz/quiz.ts'),
  concepts: () => import('../concept-glossary/concept-glossary.ts'),
};

const loading = new Map<View, Promise<unknown>>();

/** Loads the element of `view` (once); resolves at once for the views the player carries. */
export function loadView(view: View): Promise<unknown> {
  const load = LOADERS[view];
  if (!load) return Promise.resolve();
  let promise = loading.get(view);
  if (!promise) {
    // A failed load may be retried on the next visit (a flaky LMS proxy, say).
    promise = load().catch((error: unknown) => {
      loading.delete(view);
      throw error;
    });
    loading.set(view, promise);
  }
  return promise;
}

/** Loads every lazy view, one after another, when the browser has nothing else to do. */
export function loadViewsWhenIdle(): void {
  const idle = (callback: () => void): void => void (typeof requestIdleCallback === 'function' ? requestIdleCallback(callback, { timeout: 2000 }) : setTimeout(callback, 200));
  const views = Object.keys(LOADERS) as View[];
  const next = (): void => {
    const view = views.shift();
    if (view) idle(() => void loadView(view).then(next, next));
  };
  next();
}
