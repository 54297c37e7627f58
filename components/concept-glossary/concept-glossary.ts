import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Concept, ValidatedCourse } from '../../format/validated-course.ts';
import { routeHref } from '../../format/routes.ts';
import { LmsAnnounceEvent } from '../events/announce-event.ts';
import { terms } from '../i18n/terms.ts';
import { sharedStyles } from '../styles/shared.styles.ts';
import { conceptGlossaryStyles } from './concept-glossary.styles.ts';

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
  @query('h1') private headingElement?: HTMLElement;
  private announceTimer: number | undefined;

  /** Moves focus to the view's heading. */
  focusHeading(): void {
    this.headingElement?.focus();
  }

  /** Scrolls to a concept and focuses its heading (links `#/concepts/ID`). */
  async focusConcept(id: string): Promise<boolean> {
    this.filter = '';
    this.target = id;
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>(`#concept-${CSS.escape(id)} h3`);
    if (!heading) return false;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'center' });
    return true;
  }

  private conceptMatches(concept: Concept, needle: string): boolean {
    if (!needle) return true;
    const haystack = [concept.term, concept.definition, ...(concept.aliases ?? [])].join(' ').toLowerCase();
    return haystack.includes(needle);
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.announceTimer);
  }

  private renderConcept(course: ValidatedCourse, concept: Concept) {
    const t = terms();
    const sections = (course.conceptSections[concept.id] ?? [])
      .map((id) => course.lessons.flatMap((lesson) => lesson.sections).find((section) => section.id === id))
      .filter((section) => section !== undefined);
    const questions = course.questions.filter((question) => question.concepts?.includes(concept.id));
    return html`<li class="panel concept ${this.target === concept.id ? 'target' : ''}" id=${`concept-${concept.id}`}>
      <h3 tabindex="-1">${concept.term}</h3>
      <p>${concept.definition}</p>
      ${sections.length || questions.length
        ? html`<dl class="refs">
            ${sections.length
              ? html`<dt>${t.taughtIn}</dt>
                  <dd>
                    <ul>
                      ${sections.map((section) => html`<li><a href=${routeHref('lesson', section.id)}>${section.title}</a></li>`)}
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
    const groups = course.conceptGroups
      .map((group) => ({ group, concepts: group.concepts.filter((concept) => this.conceptMatches(concept, needle)) }))
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
          <ul class="concepts">
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
