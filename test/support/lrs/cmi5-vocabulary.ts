/**
 * The cmi5 IRIs the test LMS writes and the tests check (cmi5 spec §9.3 verbs, §9.6.2 context
 * activities, §9.6.3 extensions, §10 LMS.LaunchData).
 * @packageDocumentation
 */
export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOnCategory: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  launchMode: 'https://w3id.org/xapi/cmi5/context/extensions/launchmode',
  launchUrl: 'https://w3id.org/xapi/cmi5/context/extensions/launchurl',
  moveOn: 'https://w3id.org/xapi/cmi5/context/extensions/moveon',
  launchParameters: 'https://w3id.org/xapi/cmi5/context/extensions/launchparameters',
  launchDataStateId: 'LMS.LaunchData',
  preferencesProfileId: 'cmi5LearnerPreferences',
} as const;

export const VERB = (name: string): string => `http://adlnet.gov/expapi/verbs/${name}`;

export type LaunchMode = 'Normal' | 'Browse' | 'Review';
export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
