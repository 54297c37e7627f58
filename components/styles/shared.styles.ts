/**
 * Styles every view shares: box model, links, buttons, text fields, focus rings and the
 * visually-hidden helper. Adopted by each component next to its own styles.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    display: block;
    color: var(--lms-text);
    line-height: 1.55;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--lms-link);
    text-underline-offset: 0.15em;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  h1 {
    font-size: clamp(1.5rem, 1.2rem + 1.6vw, 2.1rem);
    margin: 0 0 0.5rem;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible,
  :focus-visible {
    outline: 3px solid var(--lms-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    padding: 0.5rem 1.1rem;
    border-radius: 0.5rem;
    border: 2px solid var(--lms-accent, #1f5fa8);
    background: var(--lms-accent, #1f5fa8);
    color: var(--lms-on-accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
    transition: filter var(--lms-duration);
  }
  .button:hover {
    filter: brightness(1.1);
  }
  .button.secondary {
    background: transparent;
    color: var(--lms-link);
    border-color: var(--lms-control-border);
  }
  /* Text fields and drop-downs: the same look, and a touch target of at least 44px. */
  input[type='text'],
  input[type='search'],
  select {
    font: inherit;
    color: var(--lms-text);
    background: var(--lms-bg);
    border: 1px solid var(--lms-control-border);
    border-radius: 0.4rem;
    padding: 0.6rem 0.7rem;
    min-height: 2.75rem;
  }
  .button.secondary:hover {
    background: var(--lms-selected);
    filter: none;
  }
  .button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  progress {
    appearance: none;
    display: block;
    width: 100%;
    height: 0.5rem;
    border: 0;
    border-radius: 1rem;
    overflow: hidden;
    background: var(--lms-border);
    color: var(--lms-accent, #1f5fa8);
  }
  progress::-webkit-progress-bar {
    background: var(--lms-border);
  }
  progress::-webkit-progress-value {
    background: var(--lms-link);
    border-radius: 1rem;
  }
  progress::-moz-progress-bar {
    background: var(--lms-link);
  }
  .muted {
    color: var(--lms-muted);
  }
  .panel {
    background: var(--lms-surface-raised);
    border: 1px solid var(--lms-border);
    border-radius: var(--lms-radius);
    box-shadow: var(--lms-shadow);
    padding: 1.25rem;
  }
`;
