import { css } from 'lit';

export const flashcardDeckStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 1rem 0;
  }
  .done {
    margin-top: 1rem;
  }
  progress {
    margin-bottom: 1rem;
  }
  .done h2 {
    margin-top: 0;
  }
`;
