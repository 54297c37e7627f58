/**
 * What the tests read from the statements an LRS holds, and what the seed course must produce,
 * taken from the SCORM tests' hand-written quiz data (test/e2e/scorm/seed-quiz.ts): xAPI's
 * interaction types and response patterns are SCORM 2004's (xAPI 1.0.3 Data "Interaction
 * Activities", "Response Patterns").
 * @packageDocumentation
 */
import type { Statement } from '@xapi/xapi';
import { EXPECTED_OBJECTIVES, SEED_CONCEPTS, SEED_QUESTIONS, type AnswerPlan } from '../scorm/seed-quiz.ts';
import { verbOf } from './course-run.ts';

/**
 * The verbs a complete run (test/e2e/xapi/course-run.ts `completeCourse`) leaves, in order:
 * `initialized`, one `experienced` per section read, two card reviews, eight answers, one
 * `scored` per concept a question tests (`working-phase` is tested by none), then `ending`.
 */
export function fullRunVerbs(sectionsRead: readonly string[], ending: readonly string[]): string[] {
  return [
    'initialized',
    ...sectionsRead.map(() => 'experienced'),
    'interacted',
    'interacted',
    ...SEED_QUESTIONS.map(() => 'answered'),
    ...SEED_CONCEPTS.filter((concept) => SEED_QUESTIONS.some((question) => question.concepts.includes(concept))).map(() => 'scored'),
    ...ending,
  ];
}

/** Statement ids seen more than once, and places where a later-stored statement has an earlier timestamp. */
export function deliveryProblems(statements: readonly Statement[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  statements.forEach((statement, index) => {
    if (seen.has(statement.id!)) problems.push(`#${index} ${verbOf(statement)} ${statement.id} is stored twice`);
    seen.add(statement.id!);
    const previous = statements[index - 1];
    if (previous && String(statement.timestamp) < String(previous.timestamp)) problems.push(`#${index} ${verbOf(statement)} (${statement.timestamp}) was stored after #${index - 1} ${verbOf(previous)} (${previous.timestamp})`);
  });
  return problems;
}

/** Statements whose context lacks the registration, the course among its context activities, or the language. */
export function contextProblems(statements: readonly Statement[], registration: string, courseIri: string): string[] {
  return statements.flatMap((statement, index) => {
    const context = statement.context;
    const problems: string[] = [];
    if (context?.registration !== registration) problems.push(`registration ${context?.registration}`);
    const related = [...(context?.contextActivities?.parent ?? []), ...(context?.contextActivities?.grouping ?? [])].map((activity) => activity.id);
    if (statement.object && 'id' in statement.object && statement.object.id !== courseIri && !related.includes(courseIri)) problems.push(`no course ${courseIri} in parent/grouping (${related.join(', ')})`);
    if (context?.language !== 'en') problems.push(`language ${context?.language}`);
    return problems.map((problem) => `#${index} ${verbOf(statement)}: ${problem}`);
  });
}

export interface AnswerRecord {
  question: string;
  interactionType: string;
  name: string;
  correctResponsesPattern: string[];
  response: string;
  success: boolean;
}

interface InteractionObject {
  id: string;
  definition?: { name?: Record<string, string>; interactionType?: string; correctResponsesPattern?: string[] };
}

/** Every `answered` statement as the record the tests compare. */
export function answerRecords(statements: readonly Statement[], courseIri: string): AnswerRecord[] {
  return statements
    .filter((statement) => verbOf(statement) === 'answered')
    .map((statement) => {
      const object = statement.object as InteractionObject;
      return {
        question: object.id.replace(`${courseIri}/question/`, ''),
        interactionType: object.definition?.interactionType ?? '(none)',
        name: object.definition?.name?.en ?? '(none)',
        correctResponsesPattern: object.definition?.correctResponsesPattern ?? [],
        response: statement.result?.response ?? '(none)',
        success: statement.result?.success ?? false,
      };
    });
}

/** The answer records a run by `plan` must leave, in quiz order. */
export function expectedAnswers(plan: AnswerPlan): AnswerRecord[] {
  return SEED_QUESTIONS.map((question, index) => ({
    question: question.id,
    interactionType: question.type,
    name: question.prompt,
    correctResponsesPattern: question.pattern2004,
    response: plan[index] ? question.right.response2004 : question.wrong.response2004,
    success: plan[index]!,
  }));
}

export interface ConceptScore {
  raw: number;
  max: number;
  scaled: number;
  success: boolean;
}

/** The per-concept `scored` statements: concept id → points, maximum, scaled score and success. */
export function conceptScores(statements: readonly Statement[], courseIri: string): Record<string, ConceptScore> {
  const scores: Record<string, ConceptScore> = {};
  for (const statement of statements) {
    const id = (statement.object as { id: string }).id;
    if (verbOf(statement) !== 'scored' || !id.startsWith(`${courseIri}/concept/`)) continue;
    const score = statement.result?.score;
    scores[id.slice(`${courseIri}/concept/`.length)] = { raw: score?.raw ?? NaN, max: score?.max ?? NaN, scaled: score?.scaled ?? NaN, success: statement.result?.success ?? false };
  }
  return scores;
}

/**
 * The concept scores a run by `plan` must leave: points are the questions testing the concept
 * that were answered right (each weighs 1), the maximum is how many test it; the scaled score and
 * verdict are the hand-worked ones of seed-quiz.ts (at the course's 80 % pass mark), or, when a
 * cmi5 LMS gives another `masteryScore`, judged by that.
 */
export function expectedConceptScores(plan: AnswerPlan, run: keyof typeof EXPECTED_OBJECTIVES, masteryScore?: number): Record<string, ConceptScore> {
  return Object.fromEntries(
    Object.entries(EXPECTED_OBJECTIVES[run]).map(([concept, expected]) => {
      const testing = SEED_QUESTIONS.map((question, index) => ({ tests: question.concepts.includes(concept), right: plan[index]! })).filter((entry) => entry.tests);
      const scaled = Number(expected.scaled);
      return [concept, { raw: testing.filter((entry) => entry.right).length, max: testing.length, scaled, success: masteryScore === undefined ? expected.passed : scaled >= masteryScore }];
    }),
  );
}

/** The course score of a run in xAPI terms: points (one per question), maximum 8, scaled = points / 8. */
export function courseScore(plan: AnswerPlan): { scaled: number; raw: number; min: number; max: number } {
  const raw = plan.filter(Boolean).length;
  return { scaled: raw / plan.length, raw, min: 0, max: plan.length };
}
