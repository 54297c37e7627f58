import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Concept, ValidatedCourse } from '../../format/validated-course.ts';
import { lessonIdFromFile, routeHref } from '../../format/routes.ts';
import { conceptReferences, referencesOf, type ConceptReferenceIndex } from '../../learning/concept-references.ts';
import { LmsAnnounceEvent } from '../events/announce-event.ts';
import { terms } from '../i18n/terms.ts';
import { sharedStyles } from '../styles/shared.styles.ts';
import { conceptGlossaryStyles } from './concept-glossary.styles.ts';

/** Concepts built in the view's first update; the rest follow a slice per frame, so the view opens without building every entry first. */
const FIRST_SLICE = 12;
const SLICE = 24;

/**
 * The key concepts in their groups, with definitions, where each is taught and which questions
 * test it; filterable by text.
 *
 * @summary The key concepts view.
 * @event lms-announce - How many concepts match the filter, for the live region.
 */
@customElement('lms-concept-glossary')
export class LmsConceptGlossary extends LitElement {
  static override styles = [sharedStyles, conceptGlossaryStyles];

  /** The course. */
  @property({ attribute: false }) course?: ValidatedCourse;
  /** The view's heading. */
  @property() heading = '';

  @state() private filter = '';
  @state() private target: string | undefined;
  /** How many matching concepts are rendered; grows after each paint until all are. */
  @state() private shown = FIRST_SLICE;
  /** Every entry laid out, not only those near the viewport: while scrolling to a linked concept. */
  @state() private layingOutAll = false;
  @query('h1') private headingElement?: HTMLElement;
  private announceTimer: number | undefined;
  private sliceFrame: number | undefined;
  /** Built once per course: looking each concept's references up per render grows with the square of the course. */
  private references: ConceptReferenceIndex = new Map();
  private searchText = new Map<string, string>();

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('course')) return;
    const course = this.course;
    this.references = course ? conceptReferences(course) : new Map();
    this.searchText = new Map(
      (course?.conceptGroups ?? []).flatMap((group) => group.concepts).map((concept) => [concept.id, [concept.term, concept.definition, ...(concept.aliases ?? [])].join(' ').toLowerCase()]),
    );
  }

  override updated(): void {
    if (this.shown >= this.searchText.size || this.sliceFrame !== undefined) return;
    // After the frame that paints this slice: the entries already on screen show first.
    this.sliceFrame = requestAnimationFrame(() =>
      setTimeout(() => {
        this.sliceFrame = undefined;
        this.shown += SLICE;
      }),
    );
  }

  /** Moves focus to the view's heading. */
  focusHeading(): void {
    this.headingElement?.focus();
  }

  /** Scrolls to a concept and focuses its heading (links `#/concepts/ID`). */
  async focusConcept(id: string): Promise<boolean> {
    this.filter = '';
    this.target = id;
    this.shown = Number.POSITIVE_INFINITY;
    // Entries above the target laid out at their estimated size would grow once near the
    // viewport and push it out of view; laid out at their real size once, they keep it.
    this.layingOutAll = true;
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>(`#concept-${CSS.escape(id)} h3`);
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'center' });
    requestAnimationFrame(() => (this.layingOutAll = false));
    return heading !== null;
  }

  /**
   * A print shows every entry, also one started before the slices are all built: they are built
   * now, in the update that runs in this event's microtasks, before the browser lays the page out
   * for print (HTML, "printing steps": beforeprint fires first).
   */
  private readonly handleBeforePrint = (): void => {
    this.shown = Number.POSITIVE_INFINITY;
  };

  private conceptMatches(concept: Concept, needle: string): boolean {
    return !needle || (this.searchText.get(concept.id)?.includes(needle) ?? false);
  }

  private handleInput(event: Event): void {
    this.filter = (event.target as HTMLInputElement).value;
    this.target = undefined;
    // Announced after typing pauses, so a screen reader is not interrupted on every key.
    window.clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      const needle = this.filter.trim().toLowerCase();
      const count = (this.course?.conceptGroups ?? []).flatMap((group) => group.concepts).filter((concept) => this.conceptMatches(concept, needle)).length;
      this.dispatchEvent(new LmsAnnounceEvent(terms().matches(count)));
    }, 400);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.handleBeforePrint);
    // Moved in the page: the slices stopped on disconnect go on.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.handleBeforePrint);
    window.clearTimeout(this.announceTimer);
    if (this.sliceFrame !== undefined) cancelAnimationFrame(this.sliceFrame);
    this.sliceFrame = undefined;
  }

  private renderConcept(course: ValidatedCourse, concept: Concept) {
    const t = terms();
    // Each section with its lesson, so the link opens the right lesson page and, in a course of several, names it.
    const { sections, questions } = referencesOf(this.references, concept.id);
    const several = course.lessons.length > 1;
    return html`<li class="panel concept ${this.target === concept.id ? 'target' : ''}" id=${`concept-${concept.id}`}>
      <h3 tabindex="-1">${concept.term}</h3>
      <p>${concept.definition}</p>
      ${sections.length || questions.length
        ? html`<dl class="refs">
            ${sections.length
              ? html`<dt>${t.taughtIn}</dt>
                  <dd>
                    <ul>
                      ${sections.map(
                        ({ lesson, section }) =>
                          html`<li>
                            <a href=${routeHref('lesson', lessonIdFromFile(lesson.file), section.id)}>${section.title}</a>${several
                              ? html` <span class="muted">(${lesson.title})</span>`
                              : nothing}
                          </li>`,
                      )}
                    </ul>
                  </dd>`
              : nothing}
            ${questions.length
              ? html`<dt>${t.testedBy}</dt>
                  <dd>
                    <ul>
                      ${questions.map((question) => html`<li>${question.prompt}</li>`)}
                    </ul>
                  </dd>`
              : nothing}
          </dl>`
        : nothing}
    </li>`;
  }

  override render() {
    const course = this.course;
    if (!course) return nothing;
    const t = terms();
    const needle = this.filter.trim().toLowerCase();
    let left = this.shown;
    const groups = course.conceptGroups
      .map((group) => {
        const concepts = group.concepts.filter((concept) => this.conceptMatches(concept, needle)).slice(0, Math.max(0, left));
        left -= concepts.length;
        return { group, concepts };
      })
      .filter((entry) => entry.concepts.length > 0);
    return html`<h1 tabindex="-1">${this.heading || t.keyConcepts}</h1>
      <div class="filter">
        <label for="filter">${t.filterConcepts}</label>
        <input id="filter" type="search" autocomplete="off" .value=${this.filter} @input=${this.handleInput} />
      </div>
      ${groups.length === 0 ? html`<p>${t.noMatches}</p>` : nothing}
      ${groups.map(
        ({ group, concepts }) => html`<section aria-labelledby=${`group-${group.id}`}>
          <h2 id=${`group-${group.id}`}>${group.title}</h2>
          <ul class="concepts ${this.layingOutAll ? 'all-laid-out' : ''}">
            ${concepts.map((concept) => this.renderConcept(course, concept))}
          </ul>
        </section>`,
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-concept-glossary': LmsConceptGlossary;
  }
}
