/**
 * Questions with so many options that an answer would not reach the LMS whole. SCORM 2004 LMSs
 * must accept 36 ids in one choice, matching or sequencing response and need accept no more
 * (SCORM 2004 4th RTE §4.2.9.1 and §4.2.9.2, "SPM: 36"); scorm-again and Moodle's `scorm_13.js`
 * refuse a 37th (error 351), so the tracker could never record such an answer. Past 36 options
 * SCORM 1.2 has no single-character codes left and names options by id
 * (`format/scorm12-option-codes.ts`), which can exceed its 255 characters (the message says so
 * when they would) and which SCORM 1.2 does not provide for: a single-choice question, whose
 * answer is one id, is then a warning. Two such ids that read alike are LMS023
 * (`lms-id-collisions.ts`).
 * @packageDocumentation
 */
import { questionOptions, SCORM12_RESPONSE_MAX, scorm12Coded, scorm12List, scorm12OptionForms, scorm12Pair, type QuestionOptions } from '../../format/scorm12-option-codes.ts';
import type { Question } from '../../format/validated-course.ts';
import { diagnostic, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';
import type { Entries } from './content-entries.ts';
import type { YamlSource } from './yaml-source.ts';

/** The most ids one SCORM 2004 response is sure to be accepted with (the SPM above). */
const SCORM2004_RESPONSE_IDS = 36;

/** A question's options as one answer can name them. */
interface OptionAnswer extends QuestionOptions {
  /** How many options one answer can name: one choice, any number of ticked ones, every item or pair. */
  named: number;
  /** How an answer names them: "names all of them", "can name all of them". */
  naming: string;
  /** The longest SCORM 1.2 response an answer can give. */
  longest12: number;
}

function optionAnswer(question: Question): OptionAnswer | undefined {
  const options = questionOptions(question);
  if (!options) return undefined;
  const forms = scorm12OptionForms(options.ids);
  const all = { ...options, named: options.ids.length, naming: 'names all of them' };
  switch (options.key) {
    case 'choices':
      if (question.type === 'single') return { ...all, named: 1, naming: 'names one of them', longest12: Math.max(...[...forms.values()].map((form) => form.length)) };
      return { ...all, naming: 'can name all of them', longest12: scorm12List([...forms.values()]).length };
    case 'items':
      return { ...all, longest12: scorm12List([...forms.values()]).length };
    case 'pairs': {
      const sources = scorm12OptionForms(options.ids, 'source');
      // The longest answer matches every left item to the right item with the longest form.
      const target = [...forms.values()].reduce((a, b) => (b.length > a.length ? b : a));
      return { ...all, longest12: scorm12List(options.ids.map((id) => scorm12Pair(sources.get(id) ?? id, target))).length };
    }
  }
}

/** Every question (of those that passed their schema, ids assigned) whose answers a SCORM LMS would refuse or cut. */
export function checkOptionLimits(questions: Entries<Question>, source: YamlSource): Diagnostic[] {
  return questions.flatMap((question, q) => {
    const options = question && optionAnswer(question);
    if (!question || !options) return [];
    const at = source.locateKey(['questions', q], options.key);
    if (options.named > SCORM2004_RESPONSE_IDS) return [tooManyNamed(question.id, options, at)];
    return scorm12Coded(options.ids.length) ? [] : [byId12(question.id, options, at)];
  });
}

function tooManyNamed(id: string, options: OptionAnswer, at: SourceLocation): Diagnostic {
  const noun = options.key;
  const scorm12 =
    options.longest12 > SCORM12_RESPONSE_MAX
      ? ` In SCORM 1.2 it would go by id (the 36 one-character codes run out) and take ${options.longest12} characters, which the LMS cuts at ${SCORM12_RESPONSE_MAX}.`
      : '';
  const message = `Question "${id}" has ${options.ids.length} ${noun}, and one answer ${options.naming}; a SCORM 2004 LMS need accept only ${SCORM2004_RESPONSE_IDS} in one answer (scorm-again and Moodle refuse more), so such an answer would not be recorded.${scorm12}`;
  return diagnostic('too-many-options', at, message, `use at most ${SCORM2004_RESPONSE_IDS} ${noun}, for example by splitting the question in two`);
}

/**
 * A single-choice question past the 36 codes: its one-id answers are whole and told apart (the
 * ids are checked for collisions), and Moodle and scorm-again store them, so this only warns
 * that SCORM 1.2 itself provides for single characters, which a stricter LMS may hold it to.
 */
function byId12(id: string, options: OptionAnswer, at: SourceLocation): Diagnostic {
  const message = `Question "${id}" has ${options.ids.length} ${options.key}, more than SCORM 1.2's 36 one-character codes, so SCORM 1.2 records its answers by choice id instead, which Moodle and scorm-again store but SCORM 1.2 does not provide for: a stricter LMS may refuse them (error 405).`;
  return diagnostic('scorm12-options-by-id', at, message, 'use at most 36 choices if the course goes to another SCORM 1.2 LMS; SCORM 2004, xAPI and cmi5 are not affected');
}
