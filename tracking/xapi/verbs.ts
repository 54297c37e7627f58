/**
 * The verbs lmspack sends: ADL's (http://adlnet.gov/expapi/verbs/, the ADL Vocabulary used by
 * xAPI 1.0.3 and required by cmi5 §9.3 for its defined statements).
 * @packageDocumentation
 */
import type { Verb } from './statement.ts';

const adl = (name: string): Verb => ({ id: `http://adlnet.gov/expapi/verbs/${name}`, display: { 'en-US': name } });

export const VERBS = {
  initialized: adl('initialized'),
  resumed: adl('resumed'),
  experienced: adl('experienced'),
  interacted: adl('interacted'),
  answered: adl('answered'),
  passed: adl('passed'),
  failed: adl('failed'),
  completed: adl('completed'),
  scored: adl('scored'),
  suspended: adl('suspended'),
  terminated: adl('terminated'),
} as const satisfies Record<string, Verb>;

export type VerbName = keyof typeof VERBS;
