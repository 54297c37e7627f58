/**
 * Lesson ids come from file names (`format/routes.ts` `lessonIdFromFile`: `lessons/basics.md`
 * is `basics`), so the file names are held to the id rule (`format/ids.ts`) as written ids are.
 * A lesson id reaches the LMS and the LRS in the player's route, which the tracker saves as the
 * SCORM location (`cmi.core.lesson_location` / `cmi.location`) and in the saved state: it is
 * percent-encoded there, so a name against the rule still works, but it shows in the LMS as
 * `Week%201%20%E2%80%94%20Intro`, and each such character takes three to twelve of SCORM 1.2's
 * 255 (a longer route is cut back to `/lesson`). A warning, then, with the name to use.
 * @packageDocumentation
 */
import { ID_RULE, isId, suggestId } from '../../format/ids.ts';
import { lessonIdFromFile } from '../../format/routes.ts';
import { diagnostic, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';

/** A lesson file as read (course-relative, normalised) and where course.yaml lists it. */
export interface ListedLesson {
  file: string;
  where: SourceLocation;
}

/** The problems of the ids the listed lesson files give their lessons, in list order. */
export function checkLessonIds(lessons: readonly ListedLesson[]): Diagnostic[] {
  const first = new Map<string, string>();
  return lessons.flatMap(({ file, where }) => {
    const id = lessonIdFromFile(file);
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, file);
    // The same file reached by two spellings (`./lessons/a.md`) repeats its section ids, reported as such.
    const taken = earlier !== undefined && earlier !== file ? [lessonIdTaken(id, earlier, file, where)] : [];
    return [...taken, ...lessonIdAgainstRule(id, file, where)];
  });
}

/**
 * The id the lesson file gives its lesson, when it breaks the rule. Each folder of the path
 * counts as a part of the id, as the route shows it; every part that breaks the rule is replaced
 * in the suggested name.
 */
function lessonIdAgainstRule(id: string, file: string, where: SourceLocation): Diagnostic[] {
  const parts = id.split('/');
  if (parts.every(isId)) return [];
  // The id is the file name between a folder prefix and the extension; only it is renamed.
  const end = file.length - (/\.md$/i.test(file) ? 3 : 0);
  const renamed = file.slice(0, end - id.length) + parts.map((part) => (isId(part) ? part : suggestId(part))).join('/') + file.slice(end);
  const message = `Lesson "${file}" gets its id "${id}" from its file name, and that is not a valid id: ids are ${ID_RULE}.`;
  return [diagnostic('lesson-file-name', where, message, `rename the file to "${renamed}" (and change it in course.yaml)`)];
}

/** Two lesson files that give one id (`basics.md` and `lessons/basics.md`): the route would open the first for both. */
function lessonIdTaken(id: string, earlier: string, file: string, where: SourceLocation): Diagnostic {
  const message = `Lessons "${earlier}" and "${file}" both get the id "${id}" from their file names, so a link to the second would open the first.`;
  return diagnostic('duplicate-id', where, message, 'rename one of the files (a lesson id is its path without "lessons/" and ".md")');
}
