import { css } from 'lit';

export const quizResultsStyles = css`
  .summary {
    display: grid;
    gap: 0.25rem;
    margin-bottom: 1.5rem;
    border-inline-start: 6px solid var(--lms-danger);
  }
  .summary.passed {
    border-inline-start-color: var(--lms-success);
  }
  .score {
    font-size: clamp(1.6rem, 1.3rem + 1.5vw, 2.2rem);
    font-weight: 750;
    margin: 0;
  }
  .verdict {
    margin: 0;
    font-weight: 600;
  }
  .passed .verdict {
    color: var(--lms-success);
  }
  .failed .verdict {
    color: var(--lms-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  h2 {
    margin: 2rem 0 0.75rem;
    font-size: 1.3rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.5rem 0.6rem;
    border-bottom: 1px solid var(--lms-border);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
    white-space: nowrap;
  }
  .review {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .review > li {
    padding: 1rem;
    border: 1px solid var(--lms-border);
    border-inline-start: 5px solid var(--lms-danger);
    border-radius: 0.5rem;
    background: var(--lms-surface-raised);
    /* A long quiz's review renders lazily, as the glossary does (concept-glossary.styles.ts). */
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
  }
  @media print {
    .review > li {
      content-visibility: visible;
    }
  }
  .review > li.right {
    border-inline-start-color: var(--lms-success);
  }
  .review h3 {
    margin: 0 0 0.5rem;
    font-size: 1.05rem;
  }
  .outcome {
    font-weight: 700;
  }
  .right .outcome {
    color: var(--lms-success);
  }
  .wrong .outcome {
    color: var(--lms-danger);
  }
  dl {
    margin: 0.5rem 0;
    display: grid;
    gap: 0.25rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5rem;
  }
  dd ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .explanation {
    margin: 0.5rem 0;
  }
  .bar {
    display: block;
    height: 0.4rem;
    border-radius: 1rem;
    background: var(--lms-border);
    margin-top: 0.3rem;
    overflow: hidden;
  }
  .bar span {
    display: block;
    height: 100%;
    background: var(--lms-accent, #1f5fa8);
  }
`;
