import { LitElement, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Concept, ConceptGroup, Lesson } from '../../format/validated-course.ts';
import { lessonIdFromFile, routeHref } from '../../format/routes.ts';
import { isLessonViewed, lessonProgress } from '../../learning/course-progress.ts';
import { SectionVisibilityController } from '../controllers/section-visibility-controller.ts';
import { LmsSectionViewEvent } from '../events/section-view-event.ts';
import { terms } from '../i18n/terms.ts';
import { sharedStyles } from '../styles/shared.styles.ts';
import '../term-popover/term-popover.ts';
import type { LmsTermPopover } from '../term-popover/term-popover.ts';
import { lessonContentStyles } from './lesson-content.styles.ts';
import { lessonViewStyles } from './lesson-view.styles.ts';
import { holdWideContent } from './wide-content.ts';

/**
 * One lesson: the build's sanitized HTML with its contents list. Sections report themselves
 * viewed the first time they are on screen; term links open a definition popover. In a course
 * of several lessons it also shows the lesson's reading progress and links to the previous and
 * next lesson.
 *
 * @summary The lesson view.
 * @event lms-section-view - A section was on screen for the first time.
 * @cssproperty --lms-accent - Callout edge and link colour.
 */
@customElement('lms-lesson-view')
export class LmsLessonView extends LitElement {
  static override styles = [sharedStyles, lessonViewStyles, lessonContentStyles];

  /** The course's lessons, in reading order. */
  @property({ attribute: false }) lessons: Lesson[] = [];
  /** Index of the lesson to show. */
  @property({ attribute: false }) lessonIndex = 0;
  /** Concept groups, for the definitions in term popovers. */
  @property({ attribute: false }) conceptGroups: ConceptGroup[] = [];
  /** Ids of sections already viewed (from the learner state). */
  @property({ attribute: false }) sectionsViewed: string[] = [];

  @query('lms-term-popover') private termPopover?: LmsTermPopover;
  @query('h1') private headingElement?: HTMLElement;
  @query('.content') private contentElement?: HTMLElement;

  private readonly visibility = new SectionVisibilityController(this, { onVisible: (id) => this.reportViewed(id) });
  private readonly viewedNow = new Set<string>();
  private releaseWideContent: (() => void) | undefined;

  /** Moves focus to the view's heading. */
  focusHeading(): void {
    this.headingElement?.focus();
  }

  /** Scrolls to a section's heading and focuses it (links `#/lesson/LESSON/SECTION`). Returns false when there is none. */
  focusSection(id: string): boolean {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target) return false;
    // A section inside the collapsed supplementary block is revealed first.
    const details = target.closest('details');
    if (details) details.open = true;
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    return true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseWideContent?.();
  }

  private get lesson(): Lesson | undefined {
    return this.lessons[this.lessonIndex];
  }

  private reportViewed(sectionId: string): void {
    if (this.sectionsViewed.includes(sectionId) || this.viewedNow.has(sectionId)) return;
    this.viewedNow.add(sectionId);
    const viewed = [...new Set([...this.sectionsViewed, ...this.viewedNow])];
    this.dispatchEvent(
      new LmsSectionViewEvent({ type: 'section-viewed', sectionId, lessonViewed: isLessonViewed({ lessons: this.lessons }, viewed), at: Date.now() }),
    );
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('lessons') && !changed.has('lessonIndex')) return;
    this.releaseWideContent?.();
    const t = terms();
    if (this.contentElement) this.releaseWideContent = holdWideContent(this.contentElement, { table: t.scrollableTable, code: t.scrollableCode });
    this.observeSections();
  }

  /** Maps every top-level element of the lesson HTML to the section it belongs to. */
  private observeSections(): void {
    const map = new Map<Element, string>();
    let current = this.lesson?.sections[0]?.id;
    for (const child of Array.from(this.contentElement?.children ?? [])) {
      if (/^H[23]$/.test(child.tagName) && child.id) current = child.id;
      const own = child instanceof HTMLDetailsElement ? (child.dataset.section ?? child.id) : undefined;
      const section = own || current;
      if (section) map.set(child, section);
    }
    this.visibility.observe(map, this.sectionsViewed);
  }

  private concept(id: string): Concept | undefined {
    for (const group of this.conceptGroups) {
      const concept = group.concepts.find((candidate) => candidate.id === id);
      if (concept) return concept;
    }
    return undefined;
  }

  /** Term links go to the glossary without script; with it, they open the definition in place. */
  private handleContentClick(event: MouseEvent): void {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.lms-term');
    const concept = link?.dataset.concept ? this.concept(link.dataset.concept) : undefined;
    if (!link || !concept || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    link.setAttribute('aria-haspopup', 'dialog');
    void this.termPopover?.show(concept, link);
  }

  private renderContents(lesson: Lesson, viewed: ReadonlySet<string>) {
    const t = terms();
    const lessonId = lessonIdFromFile(lesson.file);
    const progress = lessonProgress(lesson, [...viewed]);
    return html`<nav class="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">${t.contents}</h2>
      ${this.lessons.length > 1
        ? html`<progress max=${Math.max(1, progress.required)} value=${progress.read} aria-labelledby="lesson-progress"></progress>
            <p class="muted" id="lesson-progress">${t.sectionsRead(progress.read, progress.required)}</p>`
        : nothing}
      <ol>
        ${lesson.sections.map(
          (section) => html`<li class="level-${section.level}">
            <a href=${routeHref('lesson', lessonId, section.id)}
              >${section.title}${section.optional ? html` <span class="optional">(${t.optionalSection})</span>` : nothing}${viewed.has(section.id)
                ? html`<span class="status"><span aria-hidden="true">✓</span><span class="visually-hidden">(${t.sectionRead})</span></span>`
                : nothing}</a
            >
          </li>`,
        )}
      </ol>
    </nav>`;
  }

  private renderPager() {
    const t = terms();
    const previous = this.lessons[this.lessonIndex - 1];
    const next = this.lessons[this.lessonIndex + 1];
    const link = (lesson: Lesson, rel: 'prev' | 'next', label: string) =>
      html`<a class="pager-link ${rel}" rel=${rel} href=${routeHref('lesson', lessonIdFromFile(lesson.file))}
        ><span class="pager-label">${label}</span> <span class="pager-title">${lesson.title}</span></a
      >`;
    return html`<nav class="pager" aria-label=${t.lessonNavigation}>
      ${previous ? link(previous, 'prev', t.previousLesson) : nothing} ${next ? link(next, 'next', t.nextLesson) : nothing}
    </nav>`;
  }

  override render() {
    const lesson = this.lesson;
    if (!lesson) return nothing;
    const t = terms();
    const viewed = new Set([...this.sectionsViewed, ...this.viewedNow]);
    const several = this.lessons.length > 1;
    return html`
      <div class="layout">
        ${this.renderContents(lesson, viewed)}
        <article aria-labelledby="lesson-title">
          ${several ? html`<p class="muted position">${t.lessonPosition(this.lessonIndex + 1, this.lessons.length)}</p>` : nothing}
          <h1 id="lesson-title" tabindex="-1">${lesson.title}</h1>
          <div class="content" @click=${this.handleContentClick}>${unsafeHTML(lesson.html)}</div>
          ${several ? this.renderPager() : nothing}
        </article>
      </div>
      <lms-term-popover></lms-term-popover>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-lesson-view': LmsLessonView;
  }
}
