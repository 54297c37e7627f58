import { beforeAll, describe, expect, test } from 'vitest';
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { answerStatement } from '../../tracking/xapi/answer-statement.ts';
import { cardStatement, completedStatement, conceptStatements, sectionStatement, sessionStatement, verdictStatement } from '../../tracking/xapi/course-statements.ts';
import { courseActivity } from '../../tracking/xapi/course-activity.ts';
import type { StatementScope } from '../../tracking/xapi/statement-scope.ts';
import type { Statement } from '../../tracking/xapi/statement.ts';
import { statementProblems } from '../support/lrs/statement-validation.ts';
import { loadSeedCourse, question } from './seed-course.ts';

const COURSE = 'https://lmspack.example.org/courses/therapeutic-relationship';
const ACTOR = { objectType: 'Agent' as const, name: 'Ada', account: { homePage: 'https://lms.example.org', name: 'ada' } };
const REGISTRATION = '6f1c2f7e-3b1a-4c55-9d2e-2b7f3c1d0a11';
const AT = Date.UTC(2026, 0, 5, 10, 30, 0, 250);
const TIMESTAMP = '2026-01-05T10:30:00.250Z';
const CONTEXT = {
  registration: REGISTRATION,
  contextActivities: { parent: [{ objectType: 'Activity', id: COURSE }], grouping: [{ objectType: 'Activity', id: COURSE }] },
  language: 'en',
  platform: 'lmspack',
};

let course: ValidatedCourse;
let scope: StatementScope;
let ids = 0;

beforeAll(async () => {
  course = await loadSeedCourse();
});

function newScope(): StatementScope {
  ids = 0;
  return {
    actor: ACTOR,
    registration: REGISTRATION,
    course: courseActivity(COURSE, course),
    courseIri: course.settings.iri,
    language: 'en',
    template: {},
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  };
}

/** Every statement must pass the LRS's own validator (Learning Locker's xapi-validation). */
function valid(statements: Statement[]): Statement[] {
  expect(statementProblems(statements as never)).toEqual([]);
  return statements;
}

describe('xAPI statements, each checked against xapi-validation', () => {
  test('a lesson section viewed: experienced, the section as a module of the course', () => {
    scope = newScope();
    const [statement] = valid([sectionStatement(scope, course, { type: 'section-viewed', sectionId: 'what-is-it', lessonViewed: false, at: AT })]);
    expect(statement).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      timestamp: TIMESTAMP,
      actor: ACTOR,
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
      object: {
        objectType: 'Activity',
        id: `${COURSE}/section/what-is-it`,
        definition: { type: 'http://adlnet.gov/expapi/activities/module', name: { en: 'What Is the Therapeutic Relationship?' } },
      },
      context: CONTEXT,
    });
  });

  test('a flashcard rated: interacted, with the rating and next due date and no score', () => {
    scope = newScope();
    const due = Date.UTC(2026, 0, 8, 10, 30) / 60_000;
    const [statement] = valid([cardStatement(scope, course, { type: 'card-reviewed', cardId: 'definition', rating: 'good', schedule: [due, 3, 5, 2, 1, 0, 0, due - 4320], at: AT })]);
    expect(statement).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      timestamp: TIMESTAMP,
      actor: ACTOR,
      verb: { id: 'http://adlnet.gov/expapi/verbs/interacted', display: { 'en-US': 'interacted' } },
      object: {
        objectType: 'Activity',
        id: `${COURSE}/flashcard/definition`,
        definition: { type: 'http://adlnet.gov/expapi/activities/interaction', name: { en: 'What is the therapeutic relationship defined as in helping fields?' } },
      },
      result: {
        extensions: {
          'https://w3id.org/xapi/lmspack/extensions/card-rating': 'good',
          'https://w3id.org/xapi/lmspack/extensions/card-due': '2026-01-08T10:30:00.000Z',
        },
      },
      context: CONTEXT,
    });
  });

  test('a choice question answered: a cmi.interaction with its choices, the pattern, the response and the score', () => {
    scope = newScope();
    const q = question(course, 'client-factor-enhanced');
    const [statement] = valid([
      answerStatement(scope, course, { question: q, attempt: 2, response: { type: 'single', choice: 'independence' }, correct: false, latencyMs: 12_340, at: AT }),
    ]);
    expect(statement).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      timestamp: TIMESTAMP,
      actor: ACTOR,
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
      object: {
        objectType: 'Activity',
        id: `${COURSE}/question/client-factor-enhanced`,
        definition: {
          name: { en: 'Research shows a strong therapeutic relationship primarily enhances which client factor?' },
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          interactionType: 'choice',
          correctResponsesPattern: ['motivation'],
          choices: [
            { id: 'motivation', description: { en: 'Motivation to engage in the difficult work of therapy' } },
            { id: 'technique_knowledge', description: { en: 'Knowledge of the techniques the therapist uses' } },
            { id: 'independence', description: { en: "Independence from the therapist's guidance" } },
            { id: 'approach_preference', description: { en: 'Preference for one particular therapy approach' } },
          ],
        },
      },
      result: { response: 'independence', success: false, duration: 'PT12.34S', score: { scaled: 0, raw: 0, min: 0, max: 1 } },
      context: {
        ...CONTEXT,
        contextActivities: { parent: [{ objectType: 'Activity', id: `${COURSE}/quiz` }], grouping: [{ objectType: 'Activity', id: COURSE }] },
        extensions: { 'http://id.tincanapi.com/extension/attempt-id': 2 },
      },
    });
  });

  test('fill-in, true-false, matching and ordering use the xAPI response patterns', () => {
    scope = newScope();
    const answer = (id: string, response: Parameters<typeof answerStatement>[2]['response']): Statement =>
      answerStatement(scope, course, { question: question(course, id), attempt: 1, response, correct: true, latencyMs: 1000, at: AT });
    const ordering = course.questions.find((q) => q.type === 'ordering')!;
    const statements = valid([
      answer('interchangeable-term', { type: 'fill-in', text: '  Therapeutic   alliance ' }),
      answer('predictor-one-approach', { type: 'true-false', value: false }),
      answer('key-elements-match', { type: 'matching', matches: { empathy: 'empathy', rapport_trust: 'rapport_trust' } }),
      answer(ordering.id, { type: 'ordering', order: ['rapport', 'atmosphere', 'trust', 'deeper_work'] }),
    ]);
    const summary = statements.map((statement) => ({
      type: statement.object.definition?.interactionType,
      pattern: statement.object.definition?.correctResponsesPattern,
      response: statement.result?.response,
      source: statement.object.definition?.source?.map((item) => item.id),
      target: statement.object.definition?.target?.length,
    }));
    expect(summary).toEqual([
      { type: 'fill-in', pattern: ['therapeutic alliance', 'the therapeutic alliance'], response: 'Therapeutic alliance', source: undefined, target: undefined },
      { type: 'true-false', pattern: ['false'], response: 'false', source: undefined, target: undefined },
      {
        type: 'matching',
        pattern: ['rapport_trust[.]rapport_trust[,]empathy[.]empathy[,]collaboration[.]collaboration[,]boundaries[.]boundaries'],
        response: 'rapport_trust[.]rapport_trust[,]empathy[.]empathy',
        source: ['rapport_trust', 'empathy', 'collaboration', 'boundaries'],
        target: 4,
      },
      { type: 'sequencing', pattern: ['atmosphere[,]rapport[,]trust[,]deeper_work'], response: 'rapport[,]atmosphere[,]trust[,]deeper_work', source: undefined, target: undefined },
    ]);
  });

  test('an unanswered question is answered with the empty response and no success', () => {
    scope = newScope();
    const [statement] = valid([answerStatement(scope, course, { question: question(course, 'predictor-one-approach'), attempt: 1, response: undefined, correct: false, latencyMs: 0, at: AT })]);
    expect(statement!.result).toEqual({ response: '', success: false, duration: 'PT0S', score: { scaled: 0, raw: 0, min: 0, max: 1 } });
  });

  test('each concept tested gets a scored statement on its concept activity, success by the passing score', () => {
    scope = newScope();
    const statements = valid(
      conceptStatements(
        scope,
        course,
        [
          { conceptId: 'therapeutic-relationship', earned: 2, possible: 2, score: 100, questionIds: ['client-factor-enhanced', 'interchangeable-term'] },
          { conceptId: 'outcome-predictor', earned: 1, possible: 3, score: 33.33, questionIds: [] },
        ],
        AT,
        1,
      ),
    );
    expect(statements[1]).toEqual({
      id: '00000000-0000-4000-8000-000000000002',
      timestamp: TIMESTAMP,
      actor: ACTOR,
      verb: { id: 'http://adlnet.gov/expapi/verbs/scored', display: { 'en-US': 'scored' } },
      object: {
        objectType: 'Activity',
        id: `${COURSE}/concept/outcome-predictor`,
        definition: { type: 'http://adlnet.gov/expapi/activities/objective', name: { en: expect.any(String) } },
      },
      result: { score: { scaled: 0.3333, raw: 1, min: 0, max: 3 }, success: false },
      context: {
        ...CONTEXT,
        contextActivities: { parent: [{ objectType: 'Activity', id: `${COURSE}/quiz` }], grouping: [{ objectType: 'Activity', id: COURSE }] },
        extensions: { 'http://id.tincanapi.com/extension/attempt-id': 1, 'https://w3id.org/xapi/lmspack/extensions/passing-score': 0.8 },
      },
    });
    expect(statements.map((statement) => [statement.object.id, statement.result?.success])).toEqual([
      [`${COURSE}/concept/therapeutic-relationship`, true],
      [`${COURSE}/concept/outcome-predictor`, false],
    ]);
  });

  test('the course passed, completed and the session: score, success, completion and duration', () => {
    scope = newScope();
    const outcome = { at: AT, durationMs: 754_500, score: { score: 83.33, earned: 5, possible: 6 }, attempt: 1 };
    const [passed, completed, initialized, terminated] = valid([
      verdictStatement(scope, true, outcome),
      completedStatement(scope, { at: AT, durationMs: 754_500 }),
      sessionStatement(scope, 'initialized', AT),
      sessionStatement(scope, 'terminated', AT, { durationMs: 754_500 }),
    ]);
    const courseObject = {
      objectType: 'Activity',
      id: COURSE,
      definition: {
        name: { en: 'Introduction to the Therapeutic Relationship' },
        description: { en: course.settings.description },
        type: 'http://adlnet.gov/expapi/activities/course',
      },
    };
    const courseContext = { registration: REGISTRATION, language: 'en', platform: 'lmspack' };
    expect(passed).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      timestamp: TIMESTAMP,
      actor: ACTOR,
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
      object: courseObject,
      result: { score: { scaled: 0.8333, raw: 5, min: 0, max: 6 }, success: true, duration: 'PT12M34.5S' },
      context: { ...courseContext, extensions: { 'http://id.tincanapi.com/extension/attempt-id': 1 } },
    });
    expect(completed!.result).toEqual({ completion: true, duration: 'PT12M34.5S' });
    expect(completed!.context).toEqual(courseContext);
    expect(initialized!.result).toBeUndefined();
    expect(initialized!.verb.id).toBe('http://adlnet.gov/expapi/verbs/initialized');
    expect(terminated!.result).toEqual({ duration: 'PT12M34.5S' });
  });

  test('a context template (cmi5) is the base: its values stay, lmspack adds to its lists', () => {
    scope = {
      ...newScope(),
      template: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://example.org/publisher-au' }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' },
      },
    };
    const [statement] = valid([sectionStatement(scope, course, { type: 'section-viewed', sectionId: 'what-is-it', lessonViewed: false, at: AT })]);
    expect(statement!.context).toEqual({
      registration: REGISTRATION,
      contextActivities: {
        parent: [{ objectType: 'Activity', id: COURSE }],
        grouping: [{ objectType: 'Activity', id: 'https://example.org/publisher-au' }, { objectType: 'Activity', id: COURSE }],
      },
      language: 'en',
      platform: 'lmspack',
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' },
    });
  });
});
