/**
 * Design tokens as CSS custom properties, set on the player's host so every nested component
 * inherits them. Course-specific values (accent, font) arrive as `--lms-accent*` and
 * `--lms-font` from the player; both colour schemes keep text at 4.5:1 or more.
 */
import { css } from 'lit';

export const tokenStyles = css`
  :host {
    color-scheme: light dark;
    --lms-bg: #ffffff;
    --lms-surface: #f4f6f9;
    --lms-surface-raised: #ffffff;
    --lms-text: #1a1d21;
    --lms-muted: #4b5563;
    --lms-border: #d3d9e1;
    --lms-control-border: #6b7280;
    --lms-link: var(--lms-accent, #1f5fa8);
    --lms-on-accent: #ffffff;
    --lms-selected: var(--lms-accent-tint, #e8eff8);
    --lms-success: #1a6b35;
    --lms-success-bg: #e7f5ec;
    --lms-danger: #b3261e;
    --lms-danger-bg: #fdecea;
    --lms-focus: var(--lms-accent, #1f5fa8);
    --lms-radius: 0.75rem;
    --lms-shadow: 0 1px 2px rgb(0 0 0 / 0.06), 0 4px 12px rgb(0 0 0 / 0.06);
    --lms-duration: 200ms;
    /* The platform colour-emoji fonts come last, so an emoji in a card or lesson never shows
       as an empty box; each character falls through the list (CSS Fonts 4 §5.4) and nothing
       is fetched. */
    font-family: var(--lms-font, system-ui, sans-serif), 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji';
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --lms-bg: #12161b;
      --lms-surface: #1d232b;
      --lms-surface-raised: #232a33;
      --lms-text: #e9edf2;
      --lms-muted: #b4bdc8;
      --lms-border: #3a4450;
      --lms-control-border: #8b95a1;
      --lms-link: var(--lms-accent-dark, #9bbbe3);
      --lms-selected: #26384d;
      --lms-success: #7fd69b;
      --lms-success-bg: #17301f;
      --lms-danger: #ffa199;
      --lms-danger-bg: #3a1d1b;
      --lms-focus: var(--lms-accent-dark, #9bbbe3);
      --lms-shadow: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --lms-duration: 0ms;
    }
  }
`;
