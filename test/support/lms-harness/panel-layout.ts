/**
 * The layout of the preview pages' side panels (lms-page.html and
 * scripts/lrs-preview/preview-page.html), in the browser: where long ids and IRIs may break, and
 * the splitter between the course and the panel. Served as a browser module by both preview
 * servers.
 * @packageDocumentation
 */

/**
 * `text` with a line-break opportunity (<wbr>) after each `.`, `/`, `_`, `,`, `:` or `&` that
 * more text follows (but not the point of a decimal number), so an id, key or IRI wraps between
 * its parts rather than mid-word, and a number never.
 */
export function breakable(text: string): Node[] {
  return text.split(/(?<=[/_,:&]|(?<!\d)\.|\.(?!\d))(?=.)/).flatMap((part, index) => (index === 0 ? [document.createTextNode(part)] : [document.createElement('wbr'), document.createTextNode(part)]));
}

const STORAGE_KEY = 'lmspack-preview-panel-width';
/** The panel's width in percent of the window: never so narrow that a table cannot fit a key and a value. */
const MIN = 20;
const MAX = 80;
const STEP = 5;

function clamp(percent: number): number {
  return Math.min(MAX, Math.max(MIN, Math.round(percent)));
}

function apply(splitter: HTMLElement, percent: number): void {
  document.documentElement.style.setProperty('--panel-width', `${percent}%`);
  splitter.setAttribute('aria-valuenow', String(percent));
  sessionStorage.setItem(STORAGE_KEY, String(percent));
}

/**
 * Makes `splitter` resize the panel after it: drag it, or focus it and press the arrow keys. The
 * width is kept in the page's `--panel-width` and in sessionStorage, so a relaunch keeps it. A
 * window splitter as WAI-ARIA APG describes it: role separator, aria-valuenow in percent of the
 * window's width.
 */
export function startSplitter(splitter: HTMLElement): void {
  splitter.setAttribute('role', 'separator');
  splitter.setAttribute('aria-orientation', 'vertical');
  splitter.setAttribute('aria-valuemin', String(MIN));
  splitter.setAttribute('aria-valuemax', String(MAX));
  splitter.tabIndex = 0;
  const saved = Number(sessionStorage.getItem(STORAGE_KEY));
  if (saved) apply(splitter, clamp(saved));
  // Otherwise the page's own default width (its --panel-width).
  else splitter.setAttribute('aria-valuenow', String(parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--panel-width'))));
  const current = (): number => Number(splitter.getAttribute('aria-valuenow'));

  splitter.addEventListener('pointerdown', (down) => {
    splitter.setPointerCapture(down.pointerId);
    // The course iframe would swallow the pointer otherwise.
    document.documentElement.classList.add('resizing');
    const move = (event: PointerEvent) => apply(splitter, clamp(100 - (event.clientX / innerWidth) * 100));
    const up = () => {
      document.documentElement.classList.remove('resizing');
      splitter.removeEventListener('pointermove', move);
    };
    splitter.addEventListener('pointermove', move);
    splitter.addEventListener('pointerup', up, { once: true });
  });
  splitter.addEventListener('keydown', (event) => {
    const delta = { ArrowLeft: STEP, ArrowRight: -STEP, Home: MAX, End: -MAX }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    apply(splitter, clamp(current() + delta));
  });
}
