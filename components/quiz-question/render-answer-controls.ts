/**
 * The native controls of each question type. Kept apart from the element so each type's markup
 * reads on its own: radios, checkboxes, a text box, one select per item, or a list with
 * Move up / Move down buttons.
 * @packageDocumentation
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Choice, Question } from '../../format/validated-course.ts';
import type { QuestionResponse } from '../../learning/responses.ts';
import { terms } from '../i18n/terms.ts';

/** What every renderer needs from the element. */
export interface ControlContext {
  question: Question;
  response: QuestionResponse;
  /** Option ids in the order this attempt presents them. */
  presented: string[] | undefined;
  /** Feedback is showing: answers are fixed. */
  locked: boolean;
  /** Show per-option right/wrong marks (after Check). */
  marks: boolean;
  change: (response: QuestionResponse) => void;
  /** Moves an ordering item by `delta` places and reports where it landed. */
  move: (index: number, delta: -1 | 1) => void;
}

function ordered<T extends { id: string }>(items: readonly T[], presented: string[] | undefined): T[] {
  if (!presented) return [...items];
  const byId = new Map(items.map((item) => [item.id, item]));
  const result = presented.map((id) => byId.get(id)).filter((item): item is T => item !== undefined);
  // Items added to the course after the attempt started go last rather than vanish.
  return [...result, ...items.filter((item) => !presented.includes(item.id))];
}

function mark(context: ControlContext, picked: boolean, correct: boolean): TemplateResult | typeof nothing {
  if (!context.marks || (!picked && !correct)) return nothing;
  const t = terms();
  if (correct) return html`<span class="mark right">✓ ${t.correctAnswer}</span>`;
  return html`<span class="mark wrong">✗ ${t.yourAnswer}</span>`;
}

function renderChoices(context: ControlContext, choices: readonly Choice[], kind: 'radio' | 'checkbox'): TemplateResult {
  const { question, response } = context;
  const picked = (choice: Choice): boolean =>
    response.type === 'single' ? response.choice === choice.id : response.type === 'multiple' && response.choices.includes(choice.id);
  const toggle = (choice: Choice, checked: boolean): void => {
    if (response.type === 'single') context.change({ type: 'single', choice: choice.id });
    else if (response.type === 'multiple') {
      const next = new Set(response.choices);
      if (checked) next.add(choice.id);
      else next.delete(choice.id);
      // Kept in course order so the saved response does not depend on click order.
      context.change({ type: 'multiple', choices: question.type === 'multiple' ? question.choices.map((c) => c.id).filter((id) => next.has(id)) : [...next] });
    }
  };
  return html`<fieldset>
    <legend>${question.prompt}</legend>
    <div class="options">
      ${ordered(choices, context.presented).map(
        (choice) => html`<label class="option">
          <input
            type=${kind}
            name=${`q-${question.id}`}
            value=${choice.id}
            .checked=${picked(choice)}
            ?disabled=${context.locked}
            @change=${(event: Event) => toggle(choice, (event.target as HTMLInputElement).checked)}
          />
          <span class="text"
            >${choice.text} ${mark(context, picked(choice), choice.correct)}
            ${context.marks && picked(choice) && choice.feedback ? html`<span class="choice-feedback">${choice.feedback}</span>` : nothing}</span
          >
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function renderTrueFalse(context: ControlContext, answer: boolean): TemplateResult {
  const t = terms();
  const value = context.response.type === 'true-false' ? context.response.value : null;
  const option = (option: boolean, label: string) => html`<label class="option">
    <input
      type="radio"
      name=${`q-${context.question.id}`}
      value=${String(option)}
      .checked=${value === option}
      ?disabled=${context.locked}
      @change=${() => context.change({ type: 'true-false', value: option })}
    />
    <span class="text">${label} ${mark(context, value === option, answer === option)}</span>
  </label>`;
  return html`<fieldset>
    <legend>${context.question.prompt}</legend>
    <div class="options">${option(true, t.trueLabel)} ${option(false, t.falseLabel)}</div>
  </fieldset>`;
}

function renderFillIn(context: ControlContext): TemplateResult {
  const text = context.response.type === 'fill-in' ? context.response.text : '';
  const id = `fill-${context.question.id}`;
  return html`<label class="prompt" for=${id}>${context.question.prompt}</label>
    <input
      id=${id}
      type="text"
      autocomplete="off"
      spellcheck="false"
      .value=${text}
      ?readonly=${context.locked}
      @input=${(event: Event) => context.change({ type: 'fill-in', text: (event.target as HTMLInputElement).value })}
    />`;
}

function renderMatching(context: ControlContext): TemplateResult | typeof nothing {
  const { question } = context;
  if (question.type !== 'matching') return nothing;
  const t = terms();
  const matches = context.response.type === 'matching' ? context.response.matches : {};
  const options = ordered(question.pairs, context.presented);
  return html`<fieldset>
    <legend>${question.prompt}</legend>
    ${question.pairs.map((pair) => {
      const id = `match-${question.id}-${pair.id}`;
      const chosen = matches[pair.id] ?? '';
      return html`<div class="pair">
        <label for=${id}>${pair.left}</label>
        <select
          id=${id}
          ?disabled=${context.locked}
          @change=${(event: Event) =>
            context.change({ type: 'matching', matches: { ...matches, [pair.id]: (event.target as HTMLSelectElement).value } })}
        >
          <option value="" ?selected=${chosen === ''}>${t.chooseMatch}</option>
          ${options.map((option) => html`<option value=${option.id} ?selected=${chosen === option.id}>${option.right}</option>`)}
        </select>
        ${context.marks
          ? chosen === pair.id
            ? html`<span class="mark right">✓ ${t.correct}</span>`
            : html`<span class="mark wrong">✗ ${t.correctAnswer}: ${pair.right}</span>`
          : nothing}
      </div>`;
    })}
  </fieldset>`;
}

function renderOrdering(context: ControlContext): TemplateResult | typeof nothing {
  const { question } = context;
  if (question.type !== 'ordering') return nothing;
  const t = terms();
  const order = context.response.type === 'ordering' ? context.response.order : [];
  const items = ordered(question.items, order.length ? order : context.presented);
  return html`<fieldset>
    <legend>${question.prompt}</legend>
    <ol class="options ordering">
      ${items.map(
        (item, index) => html`<li>
          <span class="index" aria-hidden="true">${index + 1}.</span>
          <span class="text"
            >${item.text}
            ${context.marks
              ? question.items[index]?.id === item.id
                ? html`<span class="mark right">✓ ${t.correct}</span>`
                : html`<span class="mark wrong">✗ ${t.correctAnswer}: ${question.items.findIndex((other) => other.id === item.id) + 1}</span>`
              : nothing}</span
          >
          ${context.locked
            ? nothing
            : html`<span class="moves">
                <button class="button secondary up" type="button" data-index=${index} aria-label=${t.moveUp(item.text)} ?disabled=${index === 0} @click=${() => context.move(index, -1)}>
                  <span aria-hidden="true">↑</span> ${t.up}
                </button>
                <button
                  class="button secondary down"
                  type="button"
                  data-index=${index}
                  aria-label=${t.moveDown(item.text)}
                  ?disabled=${index === items.length - 1}
                  @click=${() => context.move(index, 1)}
                >
                  <span aria-hidden="true">↓</span> ${t.down}
                </button>
              </span>`}
        </li>`,
      )}
    </ol>
  </fieldset>`;
}

/** The controls for `context.question`, by type. */
export function renderAnswerControls(context: ControlContext): TemplateResult | typeof nothing {
  const { question } = context;
  switch (question.type) {
    case 'single':
      return renderChoices(context, question.choices, 'radio');
    case 'multiple':
      return renderChoices(context, question.choices, 'checkbox');
    case 'true-false':
      return renderTrueFalse(context, question.answer);
    case 'fill-in':
      return renderFillIn(context);
    case 'matching':
      return renderMatching(context);
    case 'ordering':
      return renderOrdering(context);
  }
}
