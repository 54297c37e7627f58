/**
 * Code that runs inside the measured pages (passed to playwright-core as functions, so it must
 * not use anything from this module's scope). Views are found by the player's element names:
 * `lms-course-player` holds one view element at a time in its shadow root.
 * @packageDocumentation
 */

/** What the init script keeps in each frame. */
export interface FrameMarks {
  /** ms after the frame's navigation started when the overview was first on screen. */
  overview?: number;
  longTasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    __benchMarks?: FrameMarks;
  }
}

/**
 * Runs in every frame before its scripts: records long tasks (over 50 ms, Long Tasks API) and
 * the first frame in which the overview has rendered.
 */
export function installProbes(): void {
  const marks: FrameMarks = { longTasks: [] };
  window.__benchMarks = marks;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) marks.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Long Tasks API missing: the count stays empty and the report says 0.
  }
  const rendered = (): boolean => {
    const view = document.querySelector('lms-course-player')?.shadowRoot?.querySelector('lms-course-overview') as (HTMLElement & { isUpdatePending?: boolean }) | null | undefined;
    return Boolean(view?.shadowRoot?.firstElementChild) && view?.isUpdatePending === false;
  };
  const poll = (): void => {
    if (!rendered()) {
      requestAnimationFrame(poll);
      return;
    }
    // The next animation frame starts after the one that painted the rendered overview.
    requestAnimationFrame(() => (marks.overview = performance.now()));
  };
  requestAnimationFrame(poll);
}

/** Which view to open, and the element that shows it. */
export interface ViewTarget {
  href: string;
  tag: string;
}

/**
 * Clicks the course menu link to `target` and returns the ms from the click to the frame after
 * the view has rendered (its element present, its Lit update done).
 */
export async function timeViewSwitch(target: ViewTarget): Promise<number> {
  const player = document.querySelector('lms-course-player')?.shadowRoot;
  const link = player?.querySelector<HTMLAnchorElement>(`nav a[href="${target.href}"]`);
  if (!player || !link) throw new Error(`no course menu link to ${target.href}`);
  const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const start = performance.now();
  link.click();
  for (;;) {
    const view = player.querySelector(target.tag) as (HTMLElement & { isUpdatePending?: boolean }) | null;
    if (view?.shadowRoot?.firstElementChild && view.isUpdatePending === false) break;
    await nextFrame();
  }
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - start;
}

/**
 * Clicks the flashcard's flip button and returns the ms until the answer side is rendered and
 * laid out: the work the flip costs the page before it can paint. Waiting for the next animation
 * frame instead would add the wait for the display (up to 16.7 ms at 60 Hz, whatever the flip
 * costs), so even a flip that costs nothing could not be measured under one frame.
 */
export async function timeCardFlip(): Promise<number> {
  const deck = document.querySelector('lms-course-player')?.shadowRoot?.querySelector('lms-flashcard-deck');
  const card = deck?.shadowRoot?.querySelector('lms-flashcard') as (HTMLElement & { updateComplete?: Promise<boolean> }) | null | undefined;
  const button = card?.shadowRoot?.querySelector<HTMLButtonElement>('button.flip');
  if (!card?.updateComplete || !button) throw new Error('no flashcard with a flip button on screen');
  const start = performance.now();
  button.click();
  await card.updateComplete;
  if (button.getAttribute('aria-expanded') !== 'true') throw new Error('the flashcard did not flip');
  // Reading a box makes the browser recalculate styles and lay the page out now.
  button.getBoundingClientRect();
  return performance.now() - start;
}

/** First contentful paint and the frame's start time (ms since the epoch). */
export function paintMarks(): { fcp: number | undefined; timeOrigin: number; overview: number | undefined; longTasks: FrameMarks['longTasks'] } {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
  return { fcp, timeOrigin: performance.timeOrigin, overview: window.__benchMarks?.overview, longTasks: window.__benchMarks?.longTasks ?? [] };
}
