import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Concept } from '../../format/validated-course.ts';
import { routeHref } from '../../format/routes.ts';
import { terms } from '../i18n/terms.ts';
import { sharedStyles } from '../styles/shared.styles.ts';

/**
 * A concept's definition in a native popover, opened from a term link in the lesson. Focus moves
 * into it; Escape or Close returns focus to the term.
 *
 * @summary Definition popover for lesson terms.
 * @csspart popover - The popover box.
 */
@customElement('lms-term-popover')
export class LmsTermPopover extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      [popover] {
        margin: 0;
        width: min(22rem, calc(100vw - 2rem));
        padding: 1rem 1.1rem;
        border: 1px solid var(--lms-control-border);
        border-radius: var(--lms-radius);
        background: var(--lms-surface-raised);
        color: var(--lms-text);
        box-shadow: 0 8px 28px rgb(0 0 0 / 0.2);
        position: fixed;
      }
      .term {
        font-weight: 700;
        font-size: 1.05rem;
        margin: 0 0 0.4rem;
      }
      p {
        margin: 0 0 0.75rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
      }
    `,
  ];

  /** The concept shown, set before {@link show}. */
  @property({ attribute: false }) concept?: Concept;

  @state() private open = false;
  @query('[popover]') private box?: HTMLElement;
  private invoker: HTMLElement | undefined;

  /** Opens the popover next to `invoker` and moves focus into it. */
  async show(concept: Concept, invoker: HTMLElement): Promise<void> {
    this.concept = concept;
    this.invoker = invoker;
    await this.updateComplete;
    const box = this.box;
    if (!box) return;
    if (box.matches(':popover-open')) box.hidePopover();
    box.showPopover();
    this.place(box, invoker);
    box.querySelector<HTMLElement>('.term')?.focus();
  }

  /** Places the box below the term (above when there is no room), inside the viewport. */
  private place(box: HTMLElement, invoker: HTMLElement): void {
    const anchor = invoker.getBoundingClientRect();
    const width = box.offsetWidth;
    const height = box.offsetHeight;
    const left = Math.min(Math.max(8, anchor.left), window.innerWidth - width - 8);
    const below = anchor.bottom + 6;
    const top = below + height > window.innerHeight - 8 ? Math.max(8, anchor.top - height - 6) : below;
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
  }

  private close(): void {
    this.box?.hidePopover();
  }

  private handleToggle(event: ToggleEvent): void {
    this.open = event.newState === 'open';
    // Light dismiss (Escape, a click elsewhere) and Close all return focus to the term.
    if (!this.open) {
      const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
      if (active || document.activeElement === document.body) this.invoker?.focus();
    }
  }

  override render() {
    const t = terms();
    const concept = this.concept;
    return html`<div popover="auto" part="popover" role="dialog" aria-labelledby="term" @toggle=${this.handleToggle}>
      ${concept
        ? html`<p class="term" id="term" tabindex="-1">${concept.term}</p>
            <p>${concept.definition}</p>
            <div class="actions">
              <a href=${routeHref('concepts', concept.id)} @click=${this.close}>${t.openInGlossary}</a>
              <button class="button secondary" type="button" @click=${this.close}>${t.close}</button>
            </div>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-term-popover': LmsTermPopover;
  }
}
