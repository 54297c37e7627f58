/**
 * The seed course's SCORM 2004 package, end to end in scorm-again's `Scorm2004API` (see
 * quiz-suite.ts for what is asserted).
 */
import { defineQuizSuite } from './quiz-suite.ts';

defineQuizSuite('scorm2004');
