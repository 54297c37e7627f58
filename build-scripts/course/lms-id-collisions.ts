/**
 * Refuses two author ids that the LMS would receive as one. `format/lms-ids.ts` maps ids to the
 * forms SCORM allows (`rub-is-faster` → `rub_is_faster` in 2004 response patterns); two ids of
 * one scope that map alike would share an interaction, objective or response id, and the LMS
 * could not tell the answers apart.
 * @packageDocumentation
 */
import { lmsId, type LmsIdForm } from '../../format/lms-ids.ts';
import { conceptObjectiveId } from '../../format/package-ids.ts';
import { scorm12Coded } from '../../format/scorm12-option-codes.ts';
import { diagnostic, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';
import type { DataPath, YamlSource } from './yaml-source.ts';

/** An id and where the author wrote it (or where the item it was derived for is). */
export interface PlacedId {
  id: string;
  at: SourceLocation;
}

/** One form a scope's ids reach the LMS in. */
interface LmsUse {
  form: LmsIdForm;
  /** Where the LMS sees them, for messages ("SCORM 2004 response patterns"). */
  usedAs: string;
  /** The LMS id made from the author id before mapping (`concept.<id>`); the id itself when absent. */
  wrap?: (id: string) => string;
}

/** Ids that must stay distinct in the LMS, and the forms they reach it in. */
export interface IdScope {
  /** What the ids are, in messages: "Question ids", "Choice ids". */
  label: string;
  /** Where they must be distinct, when narrower than their file: ` of question "q1"`. */
  within?: string;
  ids: readonly PlacedId[];
  uses: readonly LmsUse[];
}

const HOW_MAPPED: Record<LmsIdForm, string> = {
  scorm12: '"." becomes "__" there',
  'scorm2004-long': 'a "0" is added to an id that ends in "-", "_" or "."',
  'scorm2004-short': '"-" becomes "_" there',
};

export function checkLmsIdCollisions(scopes: readonly IdScope[]): Diagnostic[] {
  return scopes.flatMap((scope) => scope.uses.flatMap((use) => collisionsIn(scope, use)));
}

function collisionsIn(scope: IdScope, { form, usedAs, wrap = (id) => id }: LmsUse): Diagnostic[] {
  const first = new Map<string, PlacedId>();
  const out: Diagnostic[] = [];
  for (const placed of scope.ids) {
    const mapped = lmsId(wrap(placed.id), form);
    const earlier = first.get(mapped);
    if (!earlier) first.set(mapped, placed);
    // The same id twice is a duplicate, reported as such (LMS007).
    else if (earlier.id !== placed.id) {
      const where = (p: PlacedId) => `"${p.id}" (${p.at.file}:${p.at.line})`;
      const message = `${scope.label} ${where(earlier)} and ${where(placed)}${scope.within ?? ''} both reach the LMS as "${mapped}" in ${usedAs}, so it could not tell them apart.`;
      out.push(diagnostic('lms-id-collision', placed.at, message, `rename one of them; ${HOW_MAPPED[form]}`));
    }
  }
  return out;
}

type WithId = { id: string };
type QuestionIds = WithId & { choices?: readonly WithId[]; pairs?: readonly WithId[]; items?: readonly WithId[] };

const OPTION_LISTS = { choices: 'Choice', pairs: 'Pair', items: 'Item' } as const;

const INTERACTION: readonly LmsUse[] = [
  { form: 'scorm12', usedAs: 'SCORM 1.2 interaction ids' },
  { form: 'scorm2004-long', usedAs: 'SCORM 2004 interaction ids' },
];
const OBJECTIVE: readonly LmsUse[] = [
  { form: 'scorm12', usedAs: 'SCORM 1.2 objective ids', wrap: conceptObjectiveId },
  { form: 'scorm2004-long', usedAs: 'SCORM 2004 objective ids', wrap: conceptObjectiveId },
];
const RESPONSE: readonly LmsUse[] = [{ form: 'scorm2004-short', usedAs: 'SCORM 2004 response patterns' }];
/** SCORM 1.2 names the options of a question by code while there are codes enough, by id past them. */
const RESPONSE_BY_ID_12: LmsUse = { form: 'scorm12', usedAs: "SCORM 1.2 responses (past 36 options a question's options go by id there)" };

/** The entries that passed their schema, with their index in the file. */
const present = <T>(list: readonly (T | undefined)[]): { item: T; i: number }[] => list.flatMap((item, i) => (item === undefined ? [] : [{ item, i }]));

/**
 * The scopes of a course's ids that reach the LMS: question ids (interaction ids), concept ids
 * (objective ids, `concept.<id>` as `format/package-ids.ts` makes them) and, per question, its
 * choice, pair or item ids (SCORM 2004 response patterns; SCORM 1.2 codes options by position,
 * and by id only past its 36 codes: `format/scorm12-option-codes.ts`).
 */
export function contentIdScopes(
  quiz: { source: YamlSource | undefined; questions: readonly (QuestionIds | undefined)[] },
  concepts: { source: YamlSource | undefined; groups: readonly ({ concepts: readonly WithId[] } | undefined)[] },
): IdScope[] {
  const scopes: IdScope[] = [];
  const placed = (source: YamlSource, path: DataPath, id: string): PlacedId => ({ id, at: source.locate([...path, 'id']) });
  if (quiz.source) {
    const source = quiz.source;
    const questions = present(quiz.questions);
    scopes.push({ label: 'Question ids', ids: questions.map(({ item, i }) => placed(source, ['questions', i], item.id)), uses: INTERACTION });
    for (const { item: question, i } of questions) {
      for (const [key, label] of Object.entries(OPTION_LISTS) as [keyof typeof OPTION_LISTS, string][]) {
        const ids = (question[key] ?? []).map((option, o) => placed(source, ['questions', i, key, o], option.id));
        const uses = scorm12Coded(ids.length) ? RESPONSE : [...RESPONSE, RESPONSE_BY_ID_12];
        if (ids.length) scopes.push({ label: `${label} ids`, within: ` of question "${question.id}"`, ids, uses });
      }
    }
  }
  if (concepts.source) {
    const source = concepts.source;
    const ids = present(concepts.groups).flatMap(({ item, i }) => item.concepts.map((c, ci) => placed(source, ['groups', i, 'concepts', ci], c.id)));
    scopes.push({ label: 'Concept ids', ids, uses: OBJECTIVE });
  }
  return scopes;
}
