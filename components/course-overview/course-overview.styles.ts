import { css } from 'lit';

export const courseOverviewStyles = css`
  .intro {
    max-width: 46rem;
  }
  .description {
    font-size: 1.1rem;
    color: var(--lms-muted);
    margin: 0 0 1.5rem;
  }
  .complete {
    display: inline-block;
    font-weight: 700;
    color: var(--lms-success);
    background: var(--lms-success-bg);
    padding: 0.25rem 0.75rem;
    border-radius: 1rem;
    margin: 0 0 1rem;
  }
  .parts {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    list-style: none;
    margin: 0 0 2rem;
    padding: 0;
  }
  .part {
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    height: 100%;
  }
  .part h2 {
    margin: 0;
    font-size: 1.2rem;
  }
  .part p {
    margin: 0;
  }
  .lessons {
    margin: 0;
    padding-inline-start: 1.3rem;
  }
  .lessons li {
    margin: 0.35rem 0;
  }
  .lessons span {
    display: block;
    font-size: 0.9rem;
  }
  .part .actions {
    margin-top: auto;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .columns {
    display: grid;
    gap: 2rem;
  }
  @media (min-width: 60rem) {
    .columns {
      grid-template-columns: minmax(0, 1.2fr) minmax(0, 1fr);
      align-items: start;
    }
  }
  section > h2 {
    font-size: 1.3rem;
    margin: 0 0 0.75rem;
  }
  .group h3 {
    font-size: 1rem;
    margin: 1rem 0 0.5rem;
    color: var(--lms-muted);
  }
  .terms {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .terms a {
    display: inline-block;
    padding: 0.35rem 0.8rem;
    border: 1px solid var(--lms-control-border);
    border-radius: 1.5rem;
    text-decoration: none;
    background: var(--lms-surface-raised);
  }
  .terms a:hover {
    background: var(--lms-selected);
  }
`;
