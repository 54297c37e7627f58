/**
 * The cmi5 statement rules as `OutcomeRules` (tracking/xapi/outcome-rules.ts):
 * - an attempt passes when its score reaches LMS.LaunchData's masteryScore (cmi5 §10,
 *   §9.3.4–9.3.5): the tracker judges by a course whose passing score is that one;
 * - `initialized`, `completed`, `passed`, `failed`, `terminated` are cmi5-defined: object the
 *   launch's activityId, the cmi5 category, the moveOn category on those with success or
 *   completion, and the masteryscore extension on a verdict judged by it (cmi5 §9.4, §9.6);
 * - in Browse and Review only `initialized` and `terminated` are sent (cmi5 §10 launchMode);
 * - at most one passed or failed per session, none after passed (cmi5 §9.3).
 * @packageDocumentation
 */
import type { OutcomeRules } from '../xapi/outcome-rules.ts';
import { categoryActivity, CMI5_IRIS } from './cmi5-iris.ts';
import type { LaunchData } from './launch-data.ts';

export function cmi5Rules(data: LaunchData): OutcomeRules {
  const mastery = data.masteryScore;
  return {
    courseContext: (verb) => {
      const judged = verb === 'passed' || verb === 'failed' || verb === 'completed';
      const category = [categoryActivity(CMI5_IRIS.category), ...(judged ? [categoryActivity(CMI5_IRIS.moveOnCategory)] : [])];
      const verdict = (verb === 'passed' || verb === 'failed') && mastery !== undefined;
      return { contextActivities: { category }, ...(verdict ? { extensions: { [CMI5_IRIS.masteryScore]: mastery } } : {}) };
    },
    recordsLearning: data.launchMode === 'Normal',
    oneVerdictPerSession: true,
    suspends: false,
    pageHideEndsSession: false,
  };
}
