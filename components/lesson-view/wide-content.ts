/**
 * Wide tables and code blocks scroll inside their own region instead of widening the page
 * (WCAG 2.1 §1.4.10 Reflow). While a region actually overflows it is focusable and labelled, so
 * keyboard users can scroll it with the arrow keys (WCAG 2.1 §2.1.1 Keyboard); when it fits it
 * stays out of the tab order.
 */

export interface WideContentLabels {
  table: string;
  code: string;
}

/** Wraps every table and `pre` in `container` in a scroll region; returns a function that stops watching sizes. */
export function holdWideContent(container: Element, labels: WideContentLabels): () => void {
  const regions: HTMLElement[] = [];
  for (const wide of Array.from(container.querySelectorAll('table, pre'))) {
    if (wide.parentElement?.classList.contains('scroll-region')) continue;
    const region = document.createElement('div');
    region.className = 'scroll-region';
    region.dataset.label = wide.tagName === 'TABLE' ? labels.table : labels.code;
    wide.replaceWith(region);
    region.append(wide);
    regions.push(region);
  }
  const observer = new ResizeObserver(() => regions.forEach(markIfScrolling));
  for (const region of regions) {
    markIfScrolling(region);
    observer.observe(region);
  }
  return () => observer.disconnect();
}

function markIfScrolling(region: HTMLElement): void {
  if (region.scrollWidth > region.clientWidth) {
    region.setAttribute('role', 'region');
    region.setAttribute('aria-label', region.dataset.label ?? '');
    region.tabIndex = 0;
  } else {
    region.removeAttribute('role');
    region.removeAttribute('aria-label');
    region.removeAttribute('tabindex');
  }
}
