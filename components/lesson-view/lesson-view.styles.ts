import { css } from 'lit';

export const lessonViewStyles = css`
  .layout {
    display: grid;
    /* minmax(0, …): a wide table or long word must not widen the column past the screen. */
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5rem;
  }
  article {
    min-width: 0;
  }
  .position {
    margin: 0 0 0.25rem;
  }
  .toc progress {
    margin-bottom: 0.25rem;
  }
  .toc p {
    margin: 0 0 0.75rem;
  }
  .toc {
    padding: 1rem 1.1rem;
    background: var(--lms-surface);
    border-radius: var(--lms-radius);
    border: 1px solid var(--lms-border);
  }
  .toc h2 {
    font-size: 1rem;
    margin: 0 0 0.5rem;
  }
  .toc ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .toc li {
    margin: 0.2rem 0;
  }
  .toc li.level-3 {
    padding-inline-start: 1rem;
  }
  .toc a {
    display: inline-block;
    padding: 0.25rem 0;
  }
  .status {
    text-decoration: none;
    display: inline-block;
    color: var(--lms-success);
    font-weight: 700;
    margin-inline-start: 0.3rem;
  }
  .optional {
    color: var(--lms-muted);
    font-size: 0.9rem;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    justify-content: space-between;
    margin-top: 2.5rem;
    padding-top: 1.25rem;
    border-top: 1px solid var(--lms-border);
    max-width: 44rem;
  }
  .pager-link {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    padding: 0.6rem 0.9rem;
    border: 1px solid var(--lms-border);
    border-radius: 0.5rem;
    text-decoration: none;
    max-width: 100%;
  }
  .pager-link.next {
    margin-inline-start: auto;
    text-align: end;
  }
  .pager-label {
    font-size: 0.85rem;
    color: var(--lms-muted);
  }
  /* Arrows point the way the text reads: mirrored in right-to-left languages. */
  .pager-link.prev .pager-label::before {
    content: '← ';
  }
  .pager-link.next .pager-label::after {
    content: ' →';
  }
  .pager-link.prev:dir(rtl) .pager-label::before {
    content: '→ ';
  }
  .pager-link.next:dir(rtl) .pager-label::after {
    content: ' ←';
  }
  .pager-title {
    font-weight: 650;
    text-decoration: underline;
  }
  @media (min-width: 62rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) 16rem;
      align-items: start;
    }
    .toc {
      order: 2;
      position: sticky;
      top: 1rem;
    }
  }
`;
