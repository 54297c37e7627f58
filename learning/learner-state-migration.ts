/**
 * Carries a saved learner state over to the build now running, which may differ from the one
 * that saved it (the author fixed a typo, removed a question, renamed a section id…). What still
 * exists is kept by id; what does not is dropped; nothing already recorded is undone.
 *
 * The attempt in progress continues over the questions that still exist. A question whose type
 * has changed since its answer was saved counts as removed from that attempt: its old answer
 * would be scored against a key it was never given for, and asking it again would send the LMS a
 * second, contradicting record for the same question in the same attempt. It returns in the next
 * attempt.
 * @packageDocumentation
 */
import type { Question, ValidatedCourse } from '../format/validated-course.ts';
import { buildStamp } from './course-fingerprint.ts';
import { emptyLearnerState, type LearnerState, type QuizProgress } from './learner-state.ts';
import { optionIds, type QuizAttempt } from './quiz-attempt.ts';

/**
 * The state to resume from under `course`. A state saved under another course id starts fresh;
 * one from the same build is returned as it is; one from an earlier build (or saved before
 * builds were stamped) keeps what still applies. The result carries this build's stamp.
 */
export function migrateLearnerState(state: LearnerState, course: ValidatedCourse): LearnerState {
  const build = buildStamp(course);
  if (state.build && state.build.course !== build.course) return { ...emptyLearnerState(), build };
  if (state.build?.content === build.content) return state;
  const sections = new Set(course.lessons.flatMap((lesson) => lesson.sections.map((section) => section.id)));
  const cards = new Set(course.flashcards.map((card) => card.id));
  return {
    ...state,
    build,
    sections: state.sections.filter((id) => sections.has(id)),
    cards: Object.fromEntries(Object.entries(state.cards).filter(([id]) => cards.has(id))),
    quiz: migrateQuiz(state.quiz, new Map(course.questions.map((question) => [question.id, question]))),
  };
}

function migrateQuiz(quiz: QuizProgress, questions: ReadonlyMap<string, Question>): QuizProgress {
  const { current, last, ...counts } = quiz;
  const migrated: QuizProgress = { ...counts };
  const continued = current && migrateAttempt(current, questions);
  // An attempt with no question left has nothing to continue: the learner starts a new one.
  if (continued && continued.order.length > 0) migrated.current = continued;
  // The last result keeps its recorded score (the LMS holds it); only its review loses questions.
  if (last) migrated.last = migrateAttempt(last, questions);
  return migrated;
}

/** Whether the saved answer to `id` (if any) still fits the question with that id. */
function stillAsked(attempt: QuizAttempt, id: string, questions: ReadonlyMap<string, Question>): boolean {
  const question = questions.get(id);
  if (!question) return false;
  const answer = attempt.answers[id];
  return !answer || answer.type === question.type;
}

/** The attempt over the questions that still exist, with their answers, checks and option orders. */
export function migrateAttempt<T extends QuizAttempt>(attempt: T, questions: ReadonlyMap<string, Question>): T {
  const order = attempt.order.filter((id) => stillAsked(attempt, id, questions));
  const kept = new Set(order);
  const options: Record<string, string[]> = {};
  for (const id of order) {
    const question = questions.get(id)!;
    const saved = attempt.options[id];
    const current = optionIds(question);
    if (saved && current) options[id] = migrateOptionOrder(saved, current);
    // Matching and ordering questions are never shown in course order (it is the answer): a
    // question that became one of them since the attempt was drawn gets the reverse order.
    else if (current && (question.type === 'matching' || question.type === 'ordering')) options[id] = [...current].reverse();
  }
  return {
    ...attempt,
    order,
    options,
    answers: Object.fromEntries(Object.entries(attempt.answers).filter(([id]) => kept.has(id))),
    checked: attempt.checked.filter((id) => kept.has(id)),
  };
}

/**
 * The presented order of a question's options after an edit: the saved order of those that still
 * exist, then any new ones in course order. The learner sees the options they saw before where
 * they saw them. When none is left (the question's options were all replaced), the reverse of
 * course order, which is never the answer of an ordering question.
 */
export function migrateOptionOrder(saved: readonly string[], current: readonly string[]): string[] {
  const exists = new Set(current);
  const kept = saved.filter((id) => exists.has(id));
  if (kept.length === 0) return [...current].reverse();
  const seen = new Set(kept);
  return [...kept, ...current.filter((id) => !seen.has(id))];
}
