/**
 * The IRIs cmi5 defines for an AU's statements (cmi5 §9.6.2 context activities, §9.6.3
 * extensions) and its State API and Agent Profile documents (cmi5 §10, §11).
 * @packageDocumentation
 */
import type { Activity } from '../xapi/statement.ts';

export const CMI5_IRIS = {
  /** In the category list of every cmi5-defined statement (cmi5 §9.6.2.1). */
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  /** In the category list of cmi5-defined statements with `success` or `completion` (cmi5 §9.6.2.2). */
  moveOnCategory: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  /** The masteryScore a passed/failed was judged by (cmi5 §9.6.3.2). */
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

export const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';
export const LEARNER_PREFERENCES_PROFILE_ID = 'cmi5LearnerPreferences';

export const categoryActivity = (id: string): Activity => ({ objectType: 'Activity', id });
