import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { learnerTable, type CarriedTables } from '../../format/i18n/carried-tables.ts';
import { textDirection } from '../../format/i18n/language-tags.ts';
import type { Terms } from '../../format/i18n/terms.ts';
import { lessonPath, resolveLessonTarget, routeHref, type Route } from '../../format/routes.ts';
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { applyLearnerEvent } from '../../learning/apply-learner-event.ts';
import { emptyLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import type { RandomSource } from '../../learning/shuffle.ts';
import type { LmsConceptGlossary } from '../concept-glossary/concept-glossary.ts';
import { HashRouteController } from '../controllers/hash-route-controller.ts';
import '../course-overview/course-overview.ts';
import { LmsAnnounceEvent } from '../events/announce-event.ts';
import { LmsExitEvent } from '../events/exit-event.ts';
import { LEARNER_EVENT_NAMES } from '../events/learner-event-names.ts';
import type { LearnerDomEvent } from '../events/learner-dom-event.ts';
import { LmsStateChangeEvent } from '../events/state-change-event.ts';
import { LmsViewOpenEvent } from '../events/view-open-event.ts';
import { terms, useTerms } from '../i18n/terms.ts';
import '../lesson-view/lesson-view.ts';
import type { LmsLessonView } from '../lesson-view/lesson-view.ts';
import { sharedStyles } from '../styles/shared.styles.ts';
import { tokenStyles } from '../styles/tokens.styles.ts';
import { accentForDark, accentTint } from '../theme/accent-palette.ts';
import { coursePlayerStyles } from './course-player.styles.ts';
import { recordedResultLine, type NotRecorded } from './not-recorded.ts';
import { LmsRetrySaveEvent } from './retry-save-event.ts';
import { loadView, loadViewsWhenIdle } from './view-modules.ts';

/**
 * A saving problem the learner must know about: `not-saved` while the LMS has not confirmed
 * the latest results (the app keeps retrying; the banner offers Retry), `kept-in-browser`
 * after the session ended with results undelivered (they are sent on the next launch).
 */
export type PlayerProblem = 'not-saved' | 'kept-in-browser';

/** A view that can take focus on its heading after navigation. */
interface FocusableView extends HTMLElement {
  focusHeading(): void;
}

/**
 * The course player: navigation, the five views and the one live region. It keeps the learner
 * state, updating it from the learner events its views fire (see `applyLearnerEvent`), and
 * re-fires nothing: those events bubble on to the app, followed by `lms-state-change`.
 *
 * @summary Overview, lessons, flashcards, quiz and key concepts, with hash routes.
 * @event lms-view-open - A view opened.
 * @event lms-exit - The page is going away, or the learner pressed Exit.
 * @event lms-retry-save - The learner pressed Retry on the "not saved yet" banner.
 * @event lms-state-change - The learner state changed (after the learner events that changed it).
 * @cssproperty --lms-accent - The course's accent colour (set from course.yaml).
 * @cssproperty --lms-font - The course's font stack (set from course.yaml).
 */
@customElement('lms-course-player')
export class LmsCoursePlayer extends LitElement {
  static override styles = [tokenStyles, sharedStyles, coursePlayerStyles];

  /** The validated course to present. */
  @property({ attribute: false }) course?: ValidatedCourse;
  /** The term tables the package carries for this course; nothing renders without them. */
  @property({ attribute: false }) termTables?: CarriedTables;
  /** The state to start from (restored by the tracker); the player keeps its own copy afterwards. */
  @property({ attribute: false }) initialState?: LearnerState;
  /** Show the notice that progress stays in this browser (no LMS). */
  @property({ type: Boolean }) standalone = false;
  /** A saving problem to show in a banner (set by the app from the tracker); undefined for none. */
  @property({ attribute: false }) problem: PlayerProblem | undefined;
  /**
   * Set when the LMS records nothing in this session (review, browse, no credit): a banner says
   * so at the top, and the views show the LMS's result and run the quiz as practice.
   */
  @property({ attribute: false }) notRecorded: NotRecorded | undefined;
  /**
   * The learner's preferred language, when the platform says (for example cmi5's
   * `languagePreference`). The interface speaks it when the package carries a table for it
   * (`termTables`); otherwise, and always for the content, the course's `language` applies. A
   * learner's table is a chunk of its own, loaded when needed: `updateComplete` settles once the
   * words are in.
   */
  @property({ attribute: false }) learnerLanguage: string | undefined;
  /** Random source for the quiz's draw and shuffles: Math.random, a seeded one for screenshots and tests. */
  @property({ attribute: false }) random: RandomSource = Math.random;

  @state() private learner: LearnerState = emptyLearnerState();
  /** The interface's words; nothing renders until they are loaded. */
  @state() private words: Terms | undefined;
  private wordsLoading: Promise<void> = Promise.resolve();
  private wordsRequest = 0;
  @state() private announcement = '';
  @state() private exited = false;
  @query('main') private main?: HTMLElement;

  private readonly router = new HashRouteController(this, { onChange: (route) => this.handleRoute(route, true) });
  private stateChangePending = false;

  constructor() {
    super();
    for (const name of LEARNER_EVENT_NAMES) this.addEventListener(name, this.handleLearnerEvent as EventListener);
    this.addEventListener(LmsAnnounceEvent.eventName, (event) => this.announce(event.message));
  }

  /** The current learner state (read-only). */
  get learnerState(): LearnerState {
    return this.learner;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.handlePageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.handlePageHide);
  }

  private readonly handlePageHide = (): void => {
    this.dispatchEvent(new LmsExitEvent({ type: 'course-exited', via: 'page-hidden', at: Date.now() }));
  };

  /** The Exit button: ends the session with the LMS (the app finishes the tracker). */
  private exit(): void {
    if (this.exited) return;
    this.exited = true;
    this.dispatchEvent(new LmsExitEvent({ type: 'course-exited', via: 'exit-button', at: Date.now() }));
  }

  private renderProblem() {
    const t = terms();
    // The alert region is always in the DOM, so a problem appearing in it is announced.
    return html`<div class="problem-region" role="alert">
      ${this.problem
        ? html`<div class="problem">
            <p>${this.problem === 'not-saved' ? t.notSavedYet : t.keptInBrowser}</p>
            ${this.problem === 'not-saved' && !this.exited
              ? html`<button class="button" type="button" @click=${() => this.dispatchEvent(new LmsRetrySaveEvent())}>${t.retrySave}</button>`
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  private renderNotRecorded() {
    const notRecorded = this.notRecorded;
    if (!notRecorded || !this.course) return nothing;
    const t = terms();
    // Above the views, not a heading of its own: each view's h1 stays the page's first heading.
    return html`<section class="not-recorded" aria-labelledby="not-recorded-title">
      <p class="title" id="not-recorded-title">${t.notRecordedTitle(notRecorded.reason)}</p>
      <p>${t.notRecordedText}</p>
      <p class="held">${recordedResultLine(notRecorded.held, this.course.settings.quiz.passingScore)}</p>
      <p>${t.newAttemptHint}</p>
    </section>`;
  }

  private readonly handleLearnerEvent = (event: LearnerDomEvent): void => {
    this.learner = applyLearnerEvent(this.learner, event.learnerEvent);
    // One state change per burst of events, fired after them, so a tracker records first and saves after.
    if (this.stateChangePending) return;
    this.stateChangePending = true;
    queueMicrotask(() => {
      this.stateChangePending = false;
      this.dispatchEvent(new LmsStateChangeEvent(this.learner));
    });
  };

  /** Puts a message in the live region; clearing first makes a repeated message be read again. */
  private announce(message: string): void {
    this.announcement = '';
    requestAnimationFrame(() => {
      this.announcement = message;
    });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('initialState') && this.initialState) this.learner = this.initialState;
    if ((changed.has('course') || changed.has('termTables') || changed.has('learnerLanguage')) && this.course && this.termTables) this.applyLanguage(this.course, this.termTables);
    if (changed.has('course') && this.course) {
      const { accent, font } = this.course.settings.theme;
      this.style.setProperty('--lms-accent', accent);
      this.style.setProperty('--lms-accent-dark', accentForDark(accent));
      this.style.setProperty('--lms-accent-tint', accentTint(accent, 0.1));
      this.style.setProperty('--lms-font', font);
    }
    // The first view is reported before the first render: the learner state it changes (the
    // route to resume at) is then part of that render instead of forcing a second one.
    if (!this.hasUpdated) this.openFirstView();
  }

  /** Sets the page language and writing direction, and the interface's terms. */
  private applyLanguage(course: ValidatedCourse, tables: CarriedTables): void {
    const { language, terms: overrides } = course.settings;
    this.lang = language;
    this.dir = textDirection(language);
    const request = ++this.wordsRequest;
    const courseWords = { ...tables.course, ...overrides };
    const learner = this.learnerLanguage ? learnerTable(tables, this.learnerLanguage, language) : undefined;
    if (!learner) {
      // In the player chunk already: the first view renders with it, in this update.
      this.useWords(courseWords);
      this.wordsLoading = Promise.resolve();
      return;
    }
    this.wordsLoading = learner().then(
      (table) => {
        // Without the author's `terms:`, which are in the course language. A later change of
        // language has won: its table is the one to show.
        if (request === this.wordsRequest) this.useWords(table);
      },
      (error: unknown) => {
        console.warn(`lmspack: the ${this.learnerLanguage} terms did not load; the course's language stays`, error);
        if (request === this.wordsRequest) this.useWords(courseWords);
      },
    );
  }

  private useWords(table: Terms): void {
    useTerms(table);
    this.words = table;
  }

  /** Settles after the update that shows the loaded terms, with the current view's element defined. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    for (let loading = this.wordsLoading; ; loading = this.wordsLoading) {
      // A view whose chunk fails is reported where it is opened (handleRoute).
      await Promise.all([loading, loadView(this.router.value.view).catch(() => undefined)]);
      settled = (await super.getUpdateComplete()) && settled;
      if (loading === this.wordsLoading) return settled;
    }
  }

  /** Resume: opened without a route, go back to where the learner was; otherwise report the view the address names. */
  private openFirstView(): void {
    if ((location.hash === '' || location.hash === '#' || location.hash === '#/') && this.learner.route !== '/') {
      this.router.replace(this.learner.route);
    } else {
      this.handleRoute(this.router.value, false);
    }
  }

  override firstUpdated(): void {
    // The other views' chunks load once the first view is on screen, so opening one is instant.
    void this.updateComplete.then(loadViewsWhenIdle);
  }

  /** Reports the view and, after navigation, moves focus to its heading (or the linked target). */
  private handleRoute(route: Route, moveFocus: boolean): void {
    const lessons = this.course?.lessons ?? [];
    const target = route.view === 'lesson' ? resolveLessonTarget(lessons, route.targets) : undefined;
    // A lesson is saved under its canonical route, so resuming opens the right lesson even from an old section-only link.
    const path = target ? lessonPath(lessons, target) : route.path;
    this.dispatchEvent(new LmsViewOpenEvent({ type: 'view-opened', view: route.view, route: path, at: Date.now() }));
    const viewLoaded = loadView(route.view);
    void this.updateComplete.then(async () => {
      const view = this.main?.firstElementChild as FocusableView | null;
      if (!view) return;
      // Until its chunk has loaded, the view is an element without behaviour (Lit keeps the
      // properties set on it and applies them when it is defined).
      const loaded = await viewLoaded.then(
        () => true,
        (error: unknown) => (console.warn(`lmspack: the ${route.view} view did not load`, error), false),
      );
      if (!loaded) return;
      await (view as unknown as LitElement).updateComplete;
      if (target?.section && (view as unknown as LmsLessonView).focusSection(target.section)) return;
      const concept = route.view === 'concepts' ? route.targets[0] : undefined;
      if (concept && (await (view as unknown as LmsConceptGlossary).focusConcept(concept))) return;
      if (!moveFocus) return;
      window.scrollTo({ top: 0 });
      view.focusHeading();
    });
  }

  private renderView(route: Route) {
    const course = this.course;
    if (!course) return nothing;
    const t = terms();
    switch (route.view) {
      case 'overview':
        return html`<lms-course-overview
          class="view-enter"
          .course=${course}
          .learnerState=${this.learner}
          .notRecorded=${this.notRecorded}
        ></lms-course-overview>`;
      case 'lesson':
        return html`<lms-lesson-view
          class="view-enter"
          .lessons=${course.lessons}
          .lessonIndex=${resolveLessonTarget(course.lessons, route.targets).lesson}
          .conceptGroups=${course.conceptGroups}
          .sectionsViewed=${this.learner.sections}
        ></lms-lesson-view>`;
      case 'flashcards':
        return html`<lms-flashcard-deck
          class="view-enter"
          heading=${t.flashcards}
          .cards=${course.flashcards}
          .schedules=${this.learner.cards}
          .settings=${course.settings.flashcards}
          .courseId=${course.settings.id}
        ></lms-flashcard-deck>`;
      case 'quiz':
        return html`<lms-quiz
          class="view-enter"
          heading=${t.quiz}
          .course=${course}
          .progress=${this.learner.quiz}
          .notRecorded=${this.notRecorded}
          .recordedAttempts=${this.initialState?.quiz.used ?? 0}
          .random=${this.random}
        ></lms-quiz>`;
      case 'concepts':
        return html`<lms-concept-glossary class="view-enter" heading=${t.keyConcepts} .course=${course}></lms-concept-glossary>`;
      default:
        return route.view satisfies never;
    }
  }

  override render() {
    if (!this.words) return nothing;
    const t = terms();
    const route = this.router.value;
    const links = [
      ['overview', t.navOverview],
      ['lesson', t.readingPart],
      ['flashcards', t.navFlashcards],
      ['quiz', t.navQuiz],
      ['concepts', t.navConcepts],
    ] as const;
    return html`
      <a class="skip" href="#main" @click=${(event: Event) => (event.preventDefault(), this.main?.focus())}>${t.skipToContent}</a>
      <header>
        <div class="bar">
          <p class="course-title">${this.course?.settings.title}</p>
          <nav aria-label=${t.mainNavigation}>
            <ul>
              ${links.map(
                ([view, label]) => html`<li><a href=${routeHref(view)} aria-current=${route.view === view ? 'page' : 'false'}>${label}</a></li>`,
              )}
            </ul>
          </nav>
          ${this.standalone ? nothing : html`<button class="exit" type="button" ?disabled=${this.exited} @click=${this.exit}>${t.exitCourse}</button>`}
        </div>
      </header>
      ${this.renderNotRecorded()}
      ${this.renderProblem()}
      <main id="main" tabindex="-1">${this.renderView(route)}</main>
      <footer>
        ${this.standalone ? html`<p class="notice">${t.standaloneNotice}</p>` : nothing}
        ${this.exited ? html`<p class="notice">${t.exitedNotice}</p>` : nothing}
      </footer>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-course-player': LmsCoursePlayer;
  }
}
