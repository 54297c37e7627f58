/**
 * The launch's activity as the object of course-level statements, with the course's title and
 * description as its definition (xAPI 1.0.3 Data §2.4.4.1), so an LRS that never saw the
 * package's tincan.xml still shows a name.
 * @packageDocumentation
 */
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { ACTIVITY_TYPES } from './activity-ids.ts';
import type { Activity } from './statement.ts';

export function courseActivity(id: string, course: ValidatedCourse): Activity {
  const { title, description, language } = course.settings;
  return { objectType: 'Activity', id, definition: { name: { [language]: title }, description: { [language]: description }, type: ACTIVITY_TYPES.course } };
}
