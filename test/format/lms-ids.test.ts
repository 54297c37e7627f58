/**
 * The one mapping from author ids to what reaches an LMS (format/lms-ids.ts): every output is
 * what Moodle's validators accept (docs/lms-behaviour.md), the mapping is deterministic, and
 * every id that earlier id rules allowed maps exactly as it did then, so existing suspend data
 * and LMS records keep matching.
 */
import { describe, expect, test } from 'vitest';
import { checkLmsIdCollisions } from '../../build-scripts/course/lms-id-collisions.ts';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { deriveId, ID, MAX_ID_LENGTH, suggestId } from '../../format/ids.ts';
import { lmsId, type LmsIdForm } from '../../format/lms-ids.ts';
import { conceptObjectiveId, primaryObjectiveId } from '../../format/package-ids.ts';
import { MINIMAL_COURSE, REPO, SEED_COURSE } from '../support/course-copy.ts';
import { seededRandom } from '../../learning/shuffle.ts';

/** The id rules before the one rule: entity ids (questions, concepts, …) and option ids (choices, pairs, items). */
const OLD_ENTITY_ID = /^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*$/;
const OLD_OPTION_ID = /^[a-z0-9][a-z0-9_.]*$/;

/** Moodle's validators (mod/scorm/datamodels/scorm_12.js, scorm_13.js; docs/lms-behaviour.md) and our stricter 1.2 choice. */
const ACCEPTED: Record<LmsIdForm, RegExp> = {
  scorm12: /^[A-Za-z0-9_-]{1,255}$/,
  'scorm2004-long': /^\S{0,3999}[a-zA-Z0-9]$/,
  'scorm2004-short': /^[\w.]{1,250}$/,
};
const FORMS = Object.keys(ACCEPTED) as LmsIdForm[];

/** `count` ids of up to 12 characters from `alphabet` that match `rule`. */
function idsMatching(rule: RegExp, alphabet: string, count: number, seed: number): string[] {
  const next = seededRandom(seed);
  const ids = new Set<string>();
  while (ids.size < count) {
    const length = 1 + Math.floor(next() * 12);
    const id = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    if (rule.test(id)) ids.add(id);
  }
  return [...ids];
}

const ID_CHARACTERS = 'ab09-_.';
const NEW_IDS = idsMatching(ID, ID_CHARACTERS, 3000, 1);
const OLD_ENTITY_IDS = idsMatching(OLD_ENTITY_ID, ID_CHARACTERS, 2000, 2);
const OLD_OPTION_IDS = idsMatching(OLD_OPTION_ID, ID_CHARACTERS, 2000, 3);

describe('lmsId', () => {
  test.each([
    ['rub-is-faster', 'scorm2004-short', 'rub_is_faster'],
    ['rub_is_faster', 'scorm2004-short', 'rub_is_faster'],
    ['v1.2', 'scorm2004-short', 'v1.2'],
    ['1-atom', 'scorm2004-short', '1_atom'],
    ['rub-is-faster', 'scorm12', 'rub-is-faster'],
    ['biology.cells', 'scorm12', 'biology__cells'],
    ['a.b-c_d', 'scorm12', 'a__b-c_d'],
    ['client-factor-enhanced', 'scorm2004-long', 'client-factor-enhanced'],
    ['ends-', 'scorm2004-long', 'ends-0'],
    ['ends_', 'scorm2004-long', 'ends_0'],
    ['ends.', 'scorm2004-long', 'ends.0'],
    ['concept.hand-washing', 'scorm2004-long', 'concept.hand-washing'],
    ['concept.hand-washing', 'scorm12', 'concept__hand-washing'],
    // Not author ids, but the function is total: nothing that reaches it breaks an LMS.
    ['', 'scorm12', '_'],
    ['', 'scorm2004-short', '_'],
    ['has space:colon', 'scorm12', 'has_space_colon'],
    ['a b', 'scorm2004-long', 'a_b'],
    ['a-b:c', 'scorm2004-short', 'a_b_c'],
  ] as const)('%s as %s is %s', (id, form, expected) => {
    expect(lmsId(id, form)).toBe(expected);
  });

  test('cuts to each form\'s length limit', () => {
    expect(lmsId('x'.repeat(300), 'scorm12')).toBe('x'.repeat(255));
    expect(lmsId('x'.repeat(300), 'scorm2004-short')).toBe('x'.repeat(250));
    expect(lmsId('x'.repeat(4100), 'scorm2004-long')).toBe('x'.repeat(4000));
    expect(lmsId(`${'x'.repeat(3999)}-y`, 'scorm2004-long')).toBe(`${'x'.repeat(3999)}0`);
  });

  test('every id the rule allows, bare and with the objective prefixes, maps to what Moodle accepts', () => {
    const longest = 'a'.repeat(MAX_ID_LENGTH - 1) + '.';
    const ids = [...NEW_IDS, longest, longest.replace(/\./g, '-')];
    for (const form of FORMS) {
      for (const id of ids) for (const lms of [id, conceptObjectiveId(id), primaryObjectiveId(id)]) expect(lmsId(lms, form), `${lms} as ${form}`).toMatch(ACCEPTED[form]);
    }
  });

  test('an id that is already in a form maps to itself, so mapping twice changes nothing', () => {
    for (const form of FORMS) for (const id of NEW_IDS) expect(lmsId(lmsId(id, form), form)).toBe(lmsId(id, form));
  });

  test('ids valid under the earlier rules map as they did, so saved state and LMS records keep matching', () => {
    for (const id of OLD_ENTITY_IDS) {
      // Question and concept ids: the 2004 interaction and objective ids are the ids themselves,
      // and in 1.2 each "." was sent as "__".
      expect(lmsId(id, 'scorm2004-long')).toBe(id);
      expect(lmsId(conceptObjectiveId(id), 'scorm2004-long')).toBe(conceptObjectiveId(id));
      expect(lmsId(id, 'scorm12')).toBe(id.replaceAll('.', '__'));
    }
    // Choice, pair and item ids in 2004 response patterns: themselves.
    for (const id of OLD_OPTION_IDS) expect(lmsId(id, 'scorm2004-short')).toBe(id);
  });

  test('every id the earlier rules allowed is still valid', () => {
    for (const id of [...OLD_ENTITY_IDS, ...OLD_OPTION_IDS]) expect(id).toMatch(ID);
  });

  test.each([
    ['course', SEED_COURSE],
    ['minimal fixture', MINIMAL_COURSE],
    ['three-lessons fixture', `${REPO}/test/fixtures/courses/three-lessons`],
    ['arabic fixture', `${REPO}/test/fixtures/courses/arabic`],
  ])('the %s keeps every LMS id it had', async (_name, dir) => {
    const { course } = await loadCourse(dir);
    expect(course).toBeDefined();
    for (const question of course!.questions) {
      expect(lmsId(question.id, 'scorm2004-long')).toBe(question.id);
      expect(lmsId(question.id, 'scorm12')).toBe(question.id.replaceAll('.', '__'));
      const options = 'choices' in question ? question.choices : 'pairs' in question ? question.pairs : 'items' in question ? question.items : [];
      for (const option of options) expect(lmsId(option.id, 'scorm2004-short')).toBe(option.id);
    }
  });
});

describe('the id rule', () => {
  test.each([
    ['rub-is-faster', true],
    ['1st-law', true],
    ['a', true],
    ['0', true],
    ['v1.2_final-', true],
    ['a--b..c__d', true],
    ['Rub', false],
    ['-rub', false],
    ['_rub', false],
    ['.rub', false],
    ['rub is', false],
    ['rüb', false],
    ['rub:faster', false],
    ['', false],
  ])('%s: %s', (id, valid) => {
    expect(ID.test(id)).toBe(valid);
  });

  test.each([
    ['Hand Washing', 'hand-washing'],
    ['Étape_2', 'etape_2'],
    ['  --Rub is faster!  ', 'rub-is-faster'],
    ['rub:faster', 'rub-faster'],
    ['???', 'item'],
    [`${'word-'.repeat(20)}end`, `${'word-'.repeat(12)}word`],
    ['x'.repeat(80), 'x'.repeat(64)],
  ])('suggestId(%s) is %s, a valid id', (written, expected) => {
    expect(suggestId(written)).toBe(expected);
    expect(expected).toMatch(ID);
    expect(expected.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
  });

  test('derived ids are what earlier versions derived: words joined by "-" (starting with a letter) or, for options, by "_"', () => {
    expect(deriveId('Rub is faster!', 'entity')).toBe('rub-is-faster');
    expect(deriveId('Rub is faster!', 'option')).toBe('rub_is_faster');
    expect(deriveId('2 hands', 'entity')).toBe('x-2-hands');
    expect(deriveId('2 hands', 'option')).toBe('2_hands');
  });
});

describe('collisions', () => {
  const at = (line: number) => ({ file: 'quiz.yaml', line, column: 9 });

  test('two ids of one scope that map alike are one error at the second, naming both', () => {
    const found = checkLmsIdCollisions([
      { label: 'Choice ids', within: ' of question "q"', ids: [{ id: 'a-b', at: at(3) }, { id: 'c', at: at(5) }, { id: 'a_b', at: at(7) }], uses: [{ form: 'scorm2004-short', usedAs: 'SCORM 2004 response patterns' }] },
    ]);
    expect(found.map(({ code, line, message }) => ({ code, line, message }))).toEqual([
      { code: 'LMS023', line: 7, message: 'Choice ids "a-b" (quiz.yaml:3) and "a_b" (quiz.yaml:7) of question "q" both reach the LMS as "a_b" in SCORM 2004 response patterns, so it could not tell them apart.' },
    ]);
  });

  test('ids in different scopes, the same id twice (a duplicate, LMS007) and ids distinct in a form are no collision', () => {
    const uses = [{ form: 'scorm2004-short' as const, usedAs: 'SCORM 2004 response patterns' }];
    expect(
      checkLmsIdCollisions([
        { label: 'Choice ids', within: ' of question "q1"', ids: [{ id: 'a-b', at: at(3) }, { id: 'a-b', at: at(4) }, { id: 'a.b', at: at(5) }], uses },
        { label: 'Choice ids', within: ' of question "q2"', ids: [{ id: 'a_b', at: at(9) }], uses },
      ]),
    ).toEqual([]);
  });

  test('every pair of distinct ids that share a form is found', () => {
    const ids = NEW_IDS.slice(0, 400).map((id, n) => ({ id, at: at(n + 1) }));
    // How many of these 400 ids share a form with an earlier one (counted once, below; the seed fixes them).
    const sharing: Record<LmsIdForm, number> = { scorm12: 4, 'scorm2004-long': 2, 'scorm2004-short': 5 };
    for (const form of FORMS) {
      const found = checkLmsIdCollisions([{ label: 'ids', ids, uses: [{ form, usedAs: form }] }]);
      const groups = new Map<string, Set<string>>();
      for (const { id } of ids) groups.set(lmsId(id, form), (groups.get(lmsId(id, form)) ?? new Set()).add(id));
      const expected = [...groups.values()].reduce((sum, group) => sum + group.size - 1, 0);
      expect(expected, form).toBe(sharing[form]);
      expect(found, form).toHaveLength(expected);
    }
  });
});
