/**
 * The seed course's quiz (course/quiz.yaml) as literal test data: for each question, how a
 * learner answers it right or wrong on screen, and the exact values each SCORM version must then
 * hold. Written out by hand rather than computed with tracking/scorm/, so a mistake shared by the
 * mapping modules and the adapters cannot hide.
 *
 * 1.2 codes options by their position in course order (`a` first; matching sources `1`, `2`, …),
 * 2004 uses the option ids (SCORM 1.2 RTE `cmi.interactions.n.student_response`; SCORM 2004
 * 4th ed. RTE `cmi.interactions.n.learner_response`; docs/lms-behaviour.md). Objective ids are
 * the manifest's concept objectives, `concept.<id>` (format/package-ids.ts); 1.2 writes the dot
 * as `__`.
 */

/** One action on the question screen. */
export type AnswerAction =
  | { kind: 'radio'; label: string }
  | { kind: 'checkboxes'; labels: string[] }
  | { kind: 'type'; text: string }
  /** Left item label → the right-hand text to choose in its select. */
  | { kind: 'match'; picks: [left: string, right: string][] }
  /** Item texts in the order the learner leaves them. */
  | { kind: 'order'; texts: string[] };

export interface ExpectedAnswer {
  action: AnswerAction;
  /** 1.2 `student_response`. */
  response12: string;
  /** 2004 `learner_response`. */
  response2004: string;
}

export interface SeedQuestion {
  id: string;
  /** 1.2 and 2004 `type`. */
  type: 'choice' | 'fill-in' | 'true-false' | 'matching' | 'sequencing';
  /** 2004 `description`. */
  prompt: string;
  /** Concept ids, in quiz.yaml order. */
  concepts: string[];
  pattern12: string[];
  pattern2004: string[];
  right: ExpectedAnswer;
  wrong: ExpectedAnswer;
}

const PAIRS = {
  rapport: ['Rapport and trust', 'A sense of mutual warmth, respect, and comfort between client and therapist'],
  empathy: ['Empathy and understanding', "Accurately grasping what the client is experiencing from the client's internal perspective"],
  collaboration: ['Collaboration and goal setting', 'Goals are negotiated, not imposed by the therapist'],
  boundaries: ['Boundaries and professionalism', "Clear limits and roles that keep the relationship focused on the client's therapeutic needs"],
} as const;

const STEPS = {
  atmosphere: 'The therapist creates a non-judgmental atmosphere where the client feels safe to be honest',
  rapport: 'Rapport forms, a sense of mutual warmth, respect, and comfort',
  trust: 'Trust develops gradually over time',
  deeper: 'Deeper work can happen',
} as const;

export const SEED_QUESTIONS: SeedQuestion[] = [
  {
    id: 'client-factor-enhanced',
    type: 'choice',
    prompt: 'Research shows a strong therapeutic relationship primarily enhances which client factor?',
    concepts: ['therapeutic-relationship', 'outcome-predictor'],
    pattern12: ['a'],
    pattern2004: ['motivation'],
    right: { action: { kind: 'radio', label: 'Motivation to engage in the difficult work of therapy' }, response12: 'a', response2004: 'motivation' },
    wrong: { action: { kind: 'radio', label: 'Knowledge of the techniques the therapist uses' }, response12: 'b', response2004: 'technique_knowledge' },
  },
  {
    id: 'interchangeable-term',
    type: 'fill-in',
    prompt: 'What other term is used interchangeably with the therapeutic relationship?',
    concepts: ['therapeutic-alliance', 'therapeutic-relationship'],
    pattern12: ['therapeutic alliance', 'the therapeutic alliance'],
    pattern2004: ['therapeutic alliance', 'the therapeutic alliance'],
    right: { action: { kind: 'type', text: 'therapeutic alliance' }, response12: 'therapeutic alliance', response2004: 'therapeutic alliance' },
    wrong: { action: { kind: 'type', text: 'therapeutic bond' }, response12: 'therapeutic bond', response2004: 'therapeutic bond' },
  },
  {
    id: 'predictor-one-approach',
    type: 'true-false',
    prompt: 'The quality of the therapeutic relationship predicts treatment success only when the therapist uses one particular therapy approach.',
    concepts: ['outcome-predictor'],
    pattern12: ['f'],
    pattern2004: ['false'],
    right: { action: { kind: 'radio', label: 'False' }, response12: 'f', response2004: 'false' },
    wrong: { action: { kind: 'radio', label: 'True' }, response12: 't', response2004: 'true' },
  },
  {
    id: 'key-elements-match',
    type: 'matching',
    prompt: 'Match each key element of the therapeutic relationship to its description.',
    concepts: ['rapport', 'empathy', 'collaboration', 'professional-boundaries'],
    pattern12: ['1.a,2.b,3.c,4.d'],
    pattern2004: ['rapport_trust[.]rapport_trust[,]empathy[.]empathy[,]collaboration[.]collaboration[,]boundaries[.]boundaries'],
    right: {
      action: {
        kind: 'match',
        picks: [
          [PAIRS.rapport[0], PAIRS.rapport[1]],
          [PAIRS.empathy[0], PAIRS.empathy[1]],
          [PAIRS.collaboration[0], PAIRS.collaboration[1]],
          [PAIRS.boundaries[0], PAIRS.boundaries[1]],
        ],
      },
      response12: '1.a,2.b,3.c,4.d',
      response2004: 'rapport_trust[.]rapport_trust[,]empathy[.]empathy[,]collaboration[.]collaboration[,]boundaries[.]boundaries',
    },
    wrong: {
      action: {
        kind: 'match',
        picks: [
          [PAIRS.rapport[0], PAIRS.empathy[1]],
          [PAIRS.empathy[0], PAIRS.collaboration[1]],
          [PAIRS.collaboration[0], PAIRS.boundaries[1]],
          [PAIRS.boundaries[0], PAIRS.rapport[1]],
        ],
      },
      response12: '1.b,2.c,3.d,4.a',
      response2004: 'rapport_trust[.]empathy[,]empathy[.]collaboration[,]collaboration[.]boundaries[,]boundaries[.]rapport_trust',
    },
  },
  {
    id: 'building-trust-order',
    type: 'sequencing',
    prompt: 'Put these steps in the order in which the lesson says the relationship is built, starting from its foundation.',
    concepts: ['rapport'],
    pattern12: ['a,b,c,d'],
    pattern2004: ['atmosphere[,]rapport[,]trust[,]deeper_work'],
    right: { action: { kind: 'order', texts: [STEPS.atmosphere, STEPS.rapport, STEPS.trust, STEPS.deeper] }, response12: 'a,b,c,d', response2004: 'atmosphere[,]rapport[,]trust[,]deeper_work' },
    wrong: { action: { kind: 'order', texts: [STEPS.deeper, STEPS.trust, STEPS.rapport, STEPS.atmosphere] }, response12: 'd,c,b,a', response2004: 'deeper_work[,]trust[,]rapport[,]atmosphere' },
  },
  {
    id: 'empathy-beyond-understanding',
    type: 'choice',
    prompt: 'According to the lesson, what must a therapist do beyond intellectually understanding what the client is experiencing?',
    concepts: ['empathy'],
    pattern12: ['a'],
    pattern2004: ['communicate'],
    right: { action: { kind: 'radio', label: 'Communicate this empathy back to the client' }, response12: 'a', response2004: 'communicate' },
    wrong: { action: { kind: 'radio', label: 'Share a similar experience from their own life' }, response12: 'b', response2004: 'share_experience' },
  },
  {
    id: 'professional-boundaries-examples',
    type: 'choice',
    prompt: 'Which of the following does the lesson list as professional boundaries? Select all that apply.',
    concepts: ['professional-boundaries'],
    pattern12: ['a,b,c'],
    pattern2004: ['session_limits[,]confidentiality[,]clear_roles'],
    right: {
      action: { kind: 'checkboxes', labels: ['Clear limits on session length and frequency', 'Confidentiality (and its limits)', 'Maintaining clear roles and responsibilities'] },
      response12: 'a,b,c',
      response2004: 'session_limits[,]confidentiality[,]clear_roles',
    },
    wrong: {
      action: { kind: 'checkboxes', labels: ["Becoming the client's friend outside of sessions", 'Letting each session run as long as the client wishes'] },
      response12: 'd,e',
      response2004: 'friendship[,]open_ended',
    },
  },
  {
    id: 'why-common-factor',
    type: 'choice',
    prompt: 'Why is the therapeutic relationship called a "common factor"?',
    concepts: ['common-factor', 'therapeutic-alliance', 'outcome-predictor'],
    pattern12: ['a'],
    pattern2004: ['works_across'],
    right: {
      action: { kind: 'radio', label: 'It is a fundamental ingredient that works across all therapy modalities and enables specific techniques to produce change' },
      response12: 'a',
      response2004: 'works_across',
    },
    wrong: { action: { kind: 'radio', label: 'It is the most common reason clients start therapy' }, response12: 'b', response2004: 'most_common_reason' },
  },
];

/** Which questions a run answers right (true) or wrong, in quiz order. */
export type AnswerPlan = boolean[];

export const ALL_RIGHT: AnswerPlan = SEED_QUESTIONS.map(() => true);
export const ALL_WRONG: AnswerPlan = SEED_QUESTIONS.map(() => false);
/** The first five right, the last three wrong: 5 of 8 = 62.5. */
export const FIVE_OF_EIGHT: AnswerPlan = [true, true, true, true, true, false, false, false];

/** The 9 key concepts of concepts.yaml, in file order. */
export const SEED_CONCEPTS = [
  'therapeutic-relationship',
  'therapeutic-alliance',
  'rapport',
  'empathy',
  'collaboration',
  'professional-boundaries',
  'working-phase',
  'common-factor',
  'outcome-predictor',
] as const;

/** An objective's expected score (raw 0–100 as sent, scaled as 2004 sends it) and verdict at the 80 % pass mark. */
export interface ExpectedObjective {
  raw: string;
  scaled: string;
  passed: boolean;
}

const ALL = (raw: string, scaled: string, passed: boolean): Record<string, ExpectedObjective> =>
  Object.fromEntries(
    ['therapeutic-relationship', 'outcome-predictor', 'therapeutic-alliance', 'rapport', 'empathy', 'collaboration', 'professional-boundaries', 'common-factor'].map(
      (concept) => [concept, { raw, scaled, passed }],
    ),
  );

/**
 * Each tested concept's objective, worked out by hand from the question → concept table above
 * (every question weighs 1). `working-phase` is tested by no question and gets no score.
 * 5 of 8 (Q1–Q5 right, Q6–Q8 wrong): therapeutic-relationship Q1 Q2 → 2/2; outcome-predictor
 * Q1 Q3 ✓ Q8 ✗ → 2/3; therapeutic-alliance Q2 ✓ Q8 ✗ → 1/2; rapport Q4 Q5 → 2/2; empathy Q4 ✓
 * Q6 ✗ → 1/2; collaboration Q4 → 1/1; professional-boundaries Q4 ✓ Q7 ✗ → 1/2; common-factor
 * Q8 ✗ → 0/1.
 */
export const EXPECTED_OBJECTIVES = {
  allRight: ALL('100', '1', true),
  allWrong: ALL('0', '0', false),
  fiveOfEight: {
    'therapeutic-relationship': { raw: '100', scaled: '1', passed: true },
    'outcome-predictor': { raw: '66.67', scaled: '0.6667', passed: false },
    'therapeutic-alliance': { raw: '50', scaled: '0.5', passed: false },
    rapport: { raw: '100', scaled: '1', passed: true },
    empathy: { raw: '50', scaled: '0.5', passed: false },
    collaboration: { raw: '100', scaled: '1', passed: true },
    'professional-boundaries': { raw: '50', scaled: '0.5', passed: false },
    'common-factor': { raw: '0', scaled: '0', passed: false },
  } as Record<string, ExpectedObjective>,
};

/** The sections of the lesson a learner must view (course/lessons/therapeutic-relationship.md, the optional "stages" left out). */
export const REQUIRED_SECTIONS = [
  'what-is-it',
  'key-elements',
  'rapport-and-trust',
  'empathy-and-understanding',
  'collaboration-and-goal-setting',
  'boundaries-and-professionalism',
  'research-evidence',
] as const;
