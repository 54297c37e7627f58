import { css } from 'lit';

export const conceptGlossaryStyles = css`
  .filter {
    display: grid;
    gap: 0.35rem;
    max-width: 28rem;
    margin: 1rem 0 1.5rem;
  }
  .filter label {
    font-weight: 600;
  }
  h2 {
    font-size: 1.3rem;
    margin: 2rem 0 0.75rem;
  }
  .concepts {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /*
   * A course can have hundreds of concepts: off-screen entries skip layout and paint until they
   * near the viewport (CSS Containment Level 2, content-visibility). They stay in the DOM and
   * the accessibility tree, so find-in-page, screen readers and focus still reach them; 'auto'
   * keeps the size last rendered so the scroll bar settles.
   */
  .concept {
    height: 100%;
    padding: 1rem 1.1rem;
    content-visibility: auto;
    contain-intrinsic-size: auto 14rem;
  }
  .all-laid-out > .concept {
    content-visibility: visible;
  }
  /* Paper has no viewport to come near: a print lays out every entry (Chromium does so anyway). */
  @media print {
    .concept {
      content-visibility: visible;
    }
  }
  .concept.target {
    outline: 3px solid var(--lms-focus);
  }
  h3 {
    margin: 0 0 0.4rem;
    font-size: 1.1rem;
  }
  p {
    margin: 0 0 0.6rem;
  }
  .refs {
    font-size: 0.95rem;
    margin: 0.4rem 0 0;
  }
  .refs dt {
    font-weight: 650;
  }
  .refs dd {
    margin: 0 0 0.4rem;
  }
  .refs ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
`;
