/**
 * The cmi5 statement rules an AU must follow (cmi5 spec §9: §9.3 verb order and counts, §9.5
 * results, §9.6 context), as checks on the statements a registration left in the LRS. Each
 * broken rule is one line naming the statement.
 * @packageDocumentation
 */
import type { Statement } from '@xapi/xapi';
import { CMI5, VERB } from '../../support/lrs/cmi5-vocabulary.ts';
import type { Cmi5Launch } from '../../support/lrs/test-lrs.ts';
import { verbOf } from '../xapi/course-run.ts';

/** Verbs cmi5 defines for the AU (§9.3); `launched`, `abandoned`, `waived`, `satisfied` are the LMS's. */
export const AU_DEFINED_VERBS = ['initialized', 'completed', 'passed', 'failed', 'terminated'] as const;

const isDefined = (statement: Statement): boolean => (AU_DEFINED_VERBS as readonly string[]).includes(verbOf(statement)) && statement.verb.id === VERB(verbOf(statement));
const categories = (statement: Statement): string[] => (statement.context?.contextActivities?.category ?? []).map((activity) => activity.id);

/** The statements the AU sent in one launch's session (the LMS's `launched` and other sessions left out). */
export function sessionStatements(statements: readonly Statement[], launch: Cmi5Launch): Statement[] {
  return statements.filter((statement) => statement.id !== launch.launchedStatementId && statement.context?.extensions?.[CMI5.sessionId] === launch.sessionId);
}

/** Broken cmi5 rules in one session's statements; `masteryScore` is what LMS.LaunchData said. */
export function cmi5Problems(session: readonly Statement[], launch: Cmi5Launch, auId: string, masteryScore: number): string[] {
  const problems: string[] = [];
  const where = (statement: Statement, index: number): string => `#${index} ${verbOf(statement)}`;
  if (session.length === 0) return ['no statements in the session'];
  if (verbOf(session[0]!) !== 'initialized') problems.push(`the first statement is ${verbOf(session[0]!)}, not initialized (§9.3.2)`);
  if (verbOf(session.at(-1)!) !== 'terminated') problems.push(`the last statement is ${verbOf(session.at(-1)!)}, not terminated (§9.3.8)`);
  for (const verb of AU_DEFINED_VERBS) {
    const count = session.filter((statement) => verbOf(statement) === verb).length;
    if (count > 1) problems.push(`${count} ${verb} statements in one session (§9.3)`);
  }
  if (session.some((statement) => verbOf(statement) === 'passed') && session.some((statement) => verbOf(statement) === 'failed')) problems.push('both passed and failed in one session (§9.3.4, §9.3.5)');
  session.forEach((statement, index) => {
    const context = statement.context;
    if (context?.registration !== launch.registration) problems.push(`${where(statement, index)}: registration ${context?.registration} (§9.6.1)`);
    if (!(context?.contextActivities?.grouping ?? []).some((activity) => activity.id === auId)) problems.push(`${where(statement, index)}: the contextTemplate's grouping (the AU's publisher id) is missing (§10.2.1)`);
    const cmi5Category = categories(statement).includes(CMI5.category);
    if (isDefined(statement)) {
      if (!cmi5Category) problems.push(`${where(statement, index)}: cmi5-defined without the cmi5 category (§9.6.2.1)`);
      if ((statement.object as { id?: string }).id !== launch.activityId) problems.push(`${where(statement, index)}: object ${(statement.object as { id?: string }).id}, not the launch activityId (§9.4)`);
    } else if (cmi5Category) problems.push(`${where(statement, index)}: cmi5-allowed statement carries the cmi5 category (§9.6.2.1)`);
    const judged = statement.result?.success !== undefined || statement.result?.completion !== undefined;
    if (isDefined(statement) && judged !== categories(statement).includes(CMI5.moveOnCategory)) problems.push(`${where(statement, index)}: moveOn category ${judged ? 'missing' : 'present without success/completion'} (§9.6.2.2)`);
    const verb = verbOf(statement);
    if (['completed', 'passed', 'failed', 'terminated'].includes(verb) && !statement.result?.duration) problems.push(`${where(statement, index)}: no duration (§9.5.4.1)`);
    if (verb === 'passed' || verb === 'failed') {
      if (context?.extensions?.[CMI5.masteryScore] !== masteryScore) problems.push(`${where(statement, index)}: masteryscore extension ${JSON.stringify(context?.extensions?.[CMI5.masteryScore])}, LaunchData said ${masteryScore} (§9.6.3.2)`);
      const scaled = statement.result?.score?.scaled;
      if (scaled === undefined || (verb === 'passed' ? scaled < masteryScore : scaled >= masteryScore)) problems.push(`${where(statement, index)}: scaled score ${scaled} against mastery ${masteryScore} (§9.3.4, §9.3.5)`);
      if (statement.result?.success !== (verb === 'passed')) problems.push(`${where(statement, index)}: success ${statement.result?.success} (§9.5.2)`);
    }
    if (verb === 'completed' && statement.result?.completion !== true) problems.push(`${where(statement, index)}: completed without completion true (§9.5.3)`);
  });
  return problems;
}

/** Counts per registration that cmi5 limits (§9.3): at most one completed, one passed, and no failed after passed. */
export function registrationProblems(statements: readonly Statement[]): string[] {
  const verbs = statements.map(verbOf);
  const problems: string[] = [];
  for (const verb of ['completed', 'passed'] as const) {
    const count = verbs.filter((candidate) => candidate === verb).length;
    if (count > 1) problems.push(`${count} ${verb} statements in one registration`);
  }
  const passedAt = verbs.indexOf('passed');
  if (passedAt !== -1 && verbs.indexOf('failed', passedAt) !== -1) problems.push('failed after passed');
  return problems;
}
