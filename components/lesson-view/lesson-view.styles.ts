import { css } from 'lit';

export const lessonViewStyles = css`
  .layout {
    display: grid;
    gap: 1.5rem;
  }
  nav {
    padding: 1rem 1.1rem;
    background: var(--lms-surface);
    border-radius: var(--lms-radius);
    border: 1px solid var(--lms-border);
  }
  nav h2 {
    font-size: 1rem;
    margin: 0 0 0.5rem;
  }
  nav ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav li {
    margin: 0.2rem 0;
  }
  nav li.level-3 {
    padding-left: 1rem;
  }
  nav a {
    display: inline-block;
    padding: 0.25rem 0;
  }
  .status {
    text-decoration: none;
    display: inline-block;
    color: var(--lms-success);
    font-weight: 700;
    margin-left: 0.3rem;
  }
  .optional {
    color: var(--lms-muted);
    font-size: 0.9rem;
  }
  @media (min-width: 62rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) 16rem;
      align-items: start;
    }
    nav {
      order: 2;
      position: sticky;
      top: 1rem;
    }
  }
`;
