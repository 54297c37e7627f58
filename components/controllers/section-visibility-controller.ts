import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options for {@link SectionVisibilityController}. */
export interface SectionVisibilityOptions {
  /** Called once per section id, the first time one of its elements is on screen. */
  onVisible: (sectionId: string) => void;
}

/**
 * Reports lesson sections as they come on screen. Elements are observed with an
 * IntersectionObserver; each maps to the section it belongs to.
 */
export class SectionVisibilityController implements ReactiveController {
  private observer: IntersectionObserver | undefined;
  private readonly sectionOf = new Map<Element, string>();
  private readonly reported = new Set<string>();

  constructor(
    host: ReactiveControllerHost,
    private readonly options: SectionVisibilityOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') {
      console.warn('SectionVisibilityController: IntersectionObserver is missing; sections will not be reported as viewed.');
      return;
    }
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const id = this.sectionOf.get(entry.target);
        if (id === undefined) continue;
        // Every element of the section is unobserved once one has been seen: one report per section.
        for (const [element, section] of this.sectionOf) {
          if (section === id) this.observer?.unobserve(element);
        }
        if (!this.reported.has(id)) {
          this.reported.add(id);
          this.options.onVisible(id);
        }
      }
    });
    for (const element of this.sectionOf.keys()) this.observer.observe(element);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Replaces the observed elements. Sections listed in `alreadyViewed` are not observed. */
  observe(elements: ReadonlyMap<Element, string>, alreadyViewed: Iterable<string>): void {
    for (const id of alreadyViewed) this.reported.add(id);
    this.observer?.disconnect();
    this.sectionOf.clear();
    for (const [element, id] of elements) {
      if (this.reported.has(id)) continue;
      this.sectionOf.set(element, id);
      this.observer?.observe(element);
    }
  }
}
