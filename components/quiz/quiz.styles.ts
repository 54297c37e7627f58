import { css } from 'lit';

export const quizStyles = css`
  .intro p {
    margin: 0.25rem 0 1rem;
  }
  .position {
    font-size: 1rem;
    font-weight: 600;
    color: var(--lms-muted);
    margin: 0 0 0.5rem;
  }
  progress {
    margin-bottom: 1.25rem;
  }
  form {
    display: block;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1.5rem;
  }
  .hint {
    margin: 0.75rem 0 0;
    color: var(--lms-danger);
    font-weight: 600;
  }
`;
