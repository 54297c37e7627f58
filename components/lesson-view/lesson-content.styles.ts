import { css } from 'lit';

/** Styles for the build's lesson HTML: callouts, the supplementary block, term links. */
export const lessonContentStyles = css`
  .content {
    font-size: 1.05rem;
    max-width: 44rem;
    /* Long words and URLs break rather than push the page sideways (WCAG 2.1 §1.4.10). */
    overflow-wrap: anywhere;
  }
  .content h2 {
    font-size: 1.45rem;
    margin: 2.25rem 0 0.75rem;
    scroll-margin-top: 1rem;
  }
  .content h3 {
    font-size: 1.2rem;
    margin: 1.75rem 0 0.5rem;
    scroll-margin-top: 1rem;
  }
  .content img {
    max-width: 100%;
    height: auto;
  }
  /* Tables and code keep their shape and scroll inside their own region (see wide-content.ts). */
  .scroll-region {
    max-width: 100%;
    overflow-x: auto;
    margin: 1rem 0;
  }
  .scroll-region:focus-visible {
    outline: 3px solid var(--lms-focus);
    outline-offset: 2px;
  }
  .content table {
    border-collapse: collapse;
    overflow-wrap: normal;
  }
  .content th,
  .content td {
    border: 1px solid var(--lms-border);
    padding: 0.4rem 0.6rem;
    text-align: start;
    vertical-align: top;
  }
  .content th {
    background: var(--lms-surface);
  }
  .content pre {
    margin: 0;
    padding: 0.75rem 1rem;
    background: var(--lms-surface);
    border-radius: 0.4rem;
    overflow-wrap: normal;
  }
  .content li + li {
    margin-top: 0.3rem;
  }
  a.lms-term {
    color: var(--lms-link);
    text-decoration-style: dotted;
    text-decoration-thickness: 2px;
    font-weight: 600;
  }
  .lms-callout {
    margin: 1.25rem 0;
    padding: 0.9rem 1.1rem;
    border-inline-start: 5px solid var(--lms-accent, #1f5fa8);
    background: var(--lms-selected);
    border-start-end-radius: 0.5rem;
    border-end-end-radius: 0.5rem;
  }
  .lms-callout p {
    margin: 0.4rem 0;
  }
  .lms-callout-label {
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    font-size: 0.85rem;
  }
  .lms-extra {
    margin: 1.5rem 0;
    border: 1px dashed var(--lms-control-border);
    border-radius: 0.5rem;
    padding: 0 1rem;
    background: var(--lms-surface);
  }
  .lms-extra summary {
    cursor: pointer;
    padding: 0.9rem 0;
    font-weight: 650;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .lms-extra-badge {
    font-size: 0.8rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    padding: 0.1rem 0.5rem;
    border-radius: 1rem;
    border: 1px solid var(--lms-muted);
    color: var(--lms-muted);
  }
  .lms-extra-body {
    padding-bottom: 0.75rem;
  }
`;
