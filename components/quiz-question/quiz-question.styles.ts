import { css } from 'lit';

export const quizQuestionStyles = css`
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend,
  .prompt {
    display: block;
    font-size: 1.15rem;
    font-weight: 650;
    margin-bottom: 1rem;
    padding: 0;
    overflow-wrap: anywhere;
  }
  .options {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 0.75rem 0.9rem;
    border: 1px solid var(--lms-control-border);
    border-radius: 0.5rem;
    background: var(--lms-surface-raised);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--lms-accent, #1f5fa8);
    background: var(--lms-selected);
  }
  .option:has(input:disabled) {
    cursor: default;
  }
  .option input {
    margin: 0.2rem 0 0;
    width: 1.15rem;
    height: 1.15rem;
    flex: none;
    accent-color: var(--lms-accent, #1f5fa8);
  }
  .option .text {
    flex: 1;
    overflow-wrap: anywhere;
  }
  .mark {
    display: block;
    font-size: 0.9rem;
    font-weight: 600;
    margin-top: 0.25rem;
  }
  .mark.right {
    color: var(--lms-success);
  }
  .mark.wrong {
    color: var(--lms-danger);
  }
  .choice-feedback {
    display: block;
    font-size: 0.95rem;
    color: var(--lms-muted);
    margin-top: 0.25rem;
  }
  input[type='text'],
  select {
    width: 100%;
    max-width: 32rem;
  }
  .pair {
    display: grid;
    gap: 0.35rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--lms-border);
  }
  .pair label {
    font-weight: 600;
  }
  .pair select {
    max-width: 100%;
  }
  .ordering li {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.75rem;
    align-items: center;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--lms-control-border);
    border-radius: 0.5rem;
    background: var(--lms-surface-raised);
  }
  .ordering .index {
    font-weight: 700;
    color: var(--lms-muted);
  }
  .ordering .moves {
    grid-column: 1 / -1;
    display: flex;
    gap: 0.5rem;
    justify-content: flex-end;
  }
  .ordering .moves .button {
    min-height: 2.5rem;
    padding: 0.25rem 0.75rem;
    font-weight: 500;
  }
  @media (min-width: 40rem) {
    .ordering li {
      grid-template-columns: auto 1fr auto;
    }
    .ordering .moves {
      grid-column: auto;
    }
  }
  .feedback {
    margin-top: 1.25rem;
    padding: 1rem;
    border-radius: 0.5rem;
    border-inline-start: 5px solid;
  }
  .feedback.right {
    background: var(--lms-success-bg);
    border-color: var(--lms-success);
  }
  .feedback.wrong {
    background: var(--lms-danger-bg);
    border-color: var(--lms-danger);
  }
  .feedback p {
    margin: 0.25rem 0;
  }
  .verdict {
    font-weight: 700;
  }
  .feedback.right .verdict {
    color: var(--lms-success);
  }
  .feedback.wrong .verdict {
    color: var(--lms-danger);
  }
`;
