/**
 * The one way the learner state changes: a pure reducer from (state, event) to the next state.
 * The player uses it to update what it shows; the same events go to the tracker, so the saved
 * state and the reported events cannot disagree.
 * @packageDocumentation
 */
import type { LearnerEvent } from './learner-events.ts';
import type { LearnerState } from './learner-state.ts';

/** Returns the state after `event`; `state` is not modified. */
export function applyLearnerEvent(state: LearnerState, event: LearnerEvent): LearnerState {
  switch (event.type) {
    case 'view-opened':
      return state.route === event.route ? state : { ...state, route: event.route };
    case 'section-viewed':
      return state.sections.includes(event.sectionId) ? state : { ...state, sections: [...state.sections, event.sectionId] };
    case 'card-reviewed':
      return { ...state, cards: { ...state.cards, [event.cardId]: event.schedule } };
    case 'quiz-started':
      return { ...state, quiz: { ...state.quiz, current: event.attempt } };
    case 'question-answered': {
      const current = state.quiz.current;
      if (!current || current.n !== event.attempt) return state;
      const checked = current.checked.includes(event.questionId) ? current.checked : [...current.checked, event.questionId];
      return {
        ...state,
        quiz: { ...state.quiz, current: { ...current, answers: { ...current.answers, [event.questionId]: event.response }, checked } },
      };
    }
    case 'quiz-submitted': {
      const { current, ...quiz } = state.quiz;
      if (!current || current.n !== event.attempt) return state;
      return {
        ...state,
        quiz: {
          ...quiz,
          used: Math.max(quiz.used, current.n),
          passed: quiz.passed || event.passed,
          best: Math.max(quiz.best ?? 0, event.score),
          last: { ...current, score: event.score, passed: event.passed },
        },
      };
    }
    case 'course-exited':
      return state;
    default:
      return event satisfies never;
  }
}
