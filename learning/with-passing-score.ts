/**
 * The course with another passing score: an LMS may set its own for a launch (cmi5 §10
 * LMS.LaunchData `masteryScore`), and then the player's verdict, the completion rule and the
 * tracker's reports must all judge by that one score (`learning/scoring.ts`).
 * @packageDocumentation
 */
import type { ValidatedCourse } from '../format/validated-course.ts';

/** `course` judged by `passingScore` (0–100) instead of its own `quiz.passingScore`. */
export function withPassingScore(course: ValidatedCourse, passingScore: number): ValidatedCourse {
  if (course.settings.quiz.passingScore === passingScore) return course;
  return { ...course, settings: { ...course.settings, quiz: { ...course.settings.quiz, passingScore } } };
}
