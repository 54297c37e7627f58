import { css } from 'lit';

export const flashcardStyles = css`
  .position {
    margin: 0 0 0.5rem;
    color: var(--lms-muted);
    font-weight: 600;
    font-size: 0.95rem;
  }
  .stage {
    perspective: 1200px;
  }
  .card {
    display: grid;
    min-height: 11rem;
    transition: transform calc(var(--lms-duration) * 2) ease;
    transform-style: preserve-3d;
    cursor: pointer;
  }
  .card.flipped {
    transform: rotateY(180deg);
  }
  .face {
    grid-area: 1 / 1;
    backface-visibility: hidden;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.5rem;
    padding: 1.5rem 1.25rem;
    border-radius: var(--lms-radius);
    border: 1px solid var(--lms-border);
    background: var(--lms-surface-raised);
    box-shadow: var(--lms-shadow);
    overflow-wrap: anywhere;
  }
  .back {
    transform: rotateY(180deg);
    border-top: 4px solid var(--lms-accent, #1f5fa8);
  }
  .label {
    margin: 0;
    font-size: 0.8rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--lms-muted);
  }
  .text,
  .prompt-again {
    /* Card text is plain text; an imported deck's multi-line answer keeps its lines. */
    white-space: pre-line;
  }
  .text {
    margin: 0;
    font-size: clamp(1.05rem, 1rem + 0.5vw, 1.3rem);
    font-weight: 600;
  }
  .prompt-again {
    margin: 0;
    color: var(--lms-muted);
    font-size: 0.95rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .ratings {
    margin-top: 1rem;
    border: 0;
    padding: 0;
  }
  .ratings legend {
    font-weight: 600;
    margin-bottom: 0.5rem;
    padding: 0;
  }
  .rating-buttons {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.5rem;
  }
  .rating-buttons .button {
    flex-direction: column;
    gap: 0;
    line-height: 1.2;
  }
  @media (min-width: 30rem) {
    .rating-buttons {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  .hint {
    font-weight: 400;
    font-size: 0.85rem;
  }
  kbd {
    font: inherit;
    font-size: 0.8rem;
    border: 1px solid currentColor;
    border-radius: 4px;
    padding: 0 0.3rem;
    margin-inline-start: 0.3rem;
  }
`;
