/**
 * Writes `cmi5.xml`, the cmi5 course structure (cmi5 §13, `CourseStructure.xsd`): the course
 * and one assignable unit (AU) that is the whole player.
 * @packageDocumentation
 */
import type { CompletionRule } from '../../format/course-schema.ts';
import { auActivityIri, courseActivityIri } from '../../format/package-ids.ts';
import { fileHref } from './file-href.ts';
import type { ManifestInput, ManifestOutput } from './manifest-input.ts';
import { scaledPassingScore } from './mastery-score.ts';
import { el, renderXmlDocument } from './xml-tree.ts';

const CMI5 = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** cmi5 `moveOn` values (cmi5 §13.1.4): which AU outcome satisfies it for the LMS. */
export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/**
 * `moveOn` for each completion rule. In cmi5 "Completed" means the learner experienced the
 * content and "Passed" that they met the mastery score (§9.3.3, §9.3.4); the AU sends each
 * verb when its half of the rule is met, so the LMS needs exactly the parts the rule names.
 */
export const MOVE_ON: Record<CompletionRule, MoveOn> = {
  'lesson-viewed': 'Completed',
  'quiz-submitted': 'Completed',
  'quiz-passed': 'Passed',
  'lesson-viewed-and-quiz-submitted': 'Completed',
  'lesson-viewed-and-quiz-passed': 'CompletedAndPassed',
};

/**
 * AnyWindow (the default) lets the LMS show the AU in a frame or a new window, as it does SCORM
 * content; the player works in either. OwnWindow would oblige the AU to navigate to `returnURL`
 * when it ends (cmi5 §8.1; `returnURL` in §10), which the player has no reason to own.
 */
const LAUNCH_METHOD = 'AnyWindow';

/** Writes the `cmi5.xml` of a course. */
export function cmi5Manifest({ course, launch }: ManifestInput): ManifestOutput {
  const { iri, title, description, language, completion, quiz } = course.settings;
  const text = (value: string) => el('langstring', { lang: language }, value);
  const root = el(
    'courseStructure',
    { xmlns: CMI5 },
    el('course', { id: courseActivityIri(iri) }, el('title', {}, text(title)), el('description', {}, text(description))),
    el(
      'au',
      {
        id: auActivityIri(iri),
        moveOn: MOVE_ON[completion],
        // The LMS hands this to the AU in LMS.LaunchData, and the AU must judge pass/fail by it (§9.3.4, §10).
        masteryScore: scaledPassingScore(quiz.passingScore),
        launchMethod: LAUNCH_METHOD,
      },
      el('title', {}, text(title)),
      el('description', {}, text(description)),
      // Relative URL: the AU is inside the zip (cmi5 §14.1).
      el('url', {}, fileHref(launch)),
    ),
  );
  return { fileName: 'cmi5.xml', xml: renderXmlDocument(root), warnings: [] };
}
