import { css } from 'lit';

export const coursePlayerStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--lms-bg);
    color: var(--lms-text);
  }
  .skip {
    position: absolute;
    inset-inline-start: 0.5rem;
    top: -4rem;
    z-index: 10;
    padding: 0.6rem 1rem;
    background: var(--lms-bg);
    border: 2px solid var(--lms-focus);
    border-radius: 0.4rem;
  }
  .skip:focus {
    top: 0.5rem;
  }
  header {
    background: var(--lms-surface);
    border-bottom: 1px solid var(--lms-border);
  }
  .bar {
    max-width: 72rem;
    margin: 0 auto;
    padding: 0.6rem 1rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    align-items: center;
    justify-content: space-between;
  }
  .course-title {
    font-weight: 700;
    margin: 0;
    font-size: 0.95rem;
    color: var(--lms-muted);
    overflow-wrap: anywhere;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  nav a {
    display: inline-block;
    padding: 0.5rem 0.7rem;
    border-radius: 0.4rem;
    text-decoration: none;
    font-weight: 600;
    color: var(--lms-link);
  }
  nav a:hover {
    background: var(--lms-selected);
  }
  nav a[aria-current='page'] {
    background: var(--lms-accent, #1f5fa8);
    color: var(--lms-on-accent);
  }
  main {
    max-width: 72rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 3rem;
  }
  @media (min-width: 48rem) {
    main {
      padding: 2rem 1.5rem 4rem;
    }
    .bar {
      padding-inline: 1.5rem;
    }
  }
  footer {
    max-width: 72rem;
    margin: 0 auto;
    padding: 0 1rem 2rem;
  }
  @media (min-width: 48rem) {
    footer {
      padding: 0 1.5rem 2rem;
    }
  }
  .notice {
    margin: 0;
    font-size: 0.9rem;
    color: var(--lms-muted);
    border-top: 1px solid var(--lms-border);
    padding-top: 1rem;
  }
  .exit {
    font: inherit;
    font-weight: 600;
    padding: 0.45rem 0.9rem;
    border: 1px solid var(--lms-control-border);
    border-radius: 0.4rem;
    background: var(--lms-bg);
    color: var(--lms-text);
    cursor: pointer;
  }
  .exit:disabled {
    cursor: default;
    color: var(--lms-muted);
  }
  .problem,
  .not-recorded {
    /* Lines up with the content column: main is 72rem wide at most, inset by its padding. */
    margin: 1rem max(1rem, calc((100% - 72rem) / 2 + 1rem)) 0;
  }
  .not-recorded {
    padding: 0.75rem 1rem;
    border: 2px solid var(--lms-link);
    border-left-width: 0.4rem;
    border-radius: 0.4rem;
    background: var(--lms-selected);
    color: var(--lms-text);
  }
  .not-recorded p {
    margin: 0.25rem 0 0;
  }
  .not-recorded .title {
    margin: 0;
    font-size: 1.05rem;
    font-weight: 700;
  }
  .not-recorded .held {
    font-weight: 600;
  }
  .problem {
    padding: 0.75rem 1rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    border: 2px solid var(--lms-danger);
    border-inline-start-width: 0.4rem;
    border-radius: 0.4rem;
    background: var(--lms-danger-bg);
    color: var(--lms-text);
  }
  @media (min-width: 48rem) {
    .problem,
    .not-recorded {
      margin-inline: max(1.5rem, calc((100% - 72rem) / 2 + 1.5rem));
    }
  }
  .problem p {
    margin: 0;
    font-weight: 600;
  }
  .view-enter {
    animation: enter var(--lms-duration) ease-out;
  }
  @keyframes enter {
    /* Movement only: fading text in would briefly fail contrast, and axe would rightly say so. */
    from {
      transform: translateY(6px);
    }
  }
`;
