/**
 * A strict validator for values a SCO sends to an LMS, modelled on Moodle's `mod/scorm`
 * validators (`datamodels/scorm_12.js`, `scorm_12.js.php`, `scorm_13.js`) and tightened where
 * the SCORM text is stricter than Moodle (SCORM 1.2 RTE and SCORM 2004 4th ed. RTE data models;
 * Moodle's rules and scorm-again's looseness in docs/lms-behaviour.md).
 *
 * scorm-again, the LMS runtime in the end-to-end tests, is deliberately looser (1.2 suspend
 * data up to 64,000 characters, hyphens in short identifiers, `Z` timestamps, 1.2 `normal`
 * exit, `incorrect` silently rewritten to `wrong`), so passing scorm-again proves little; every
 * value the tests send also goes through this validator.
 *
 * Two entry points: {@link checkCmiValue} checks one value on its own; {@link MoodleValidator}
 * follows a whole session of `SetValue` calls and also checks what depends on earlier calls
 * (array order, `id` before `type` before responses, pattern limits, duplicate ids).
 * @packageDocumentation
 */

export type ScormVersion = '1.2' | '2004';

/** One rule a value breaks. */
export interface CmiProblem {
  element: string;
  value: string;
  /** The error code Moodle (or the spec) would answer with, e.g. `405`, `406`, `351`. */
  code: string;
  message: string;
}

/** Context a value's format depends on. */
export interface CheckContext {
  /** The interaction's `type`, for response and pattern formats. */
  interactionType?: string;
}

// ---------------------------------------------------------------------------------------------
// Data types (names as in Moodle's validators)

/** 1.2 CMIDecimal as Moodle's PHP template has it: ≤ 3 integer digits, ≤ 2 fraction digits. */
const DECIMAL_12 = /^-?[0-9]{0,3}(\.[0-9]{1,2})?$/;
/** 1.2 CMITimespan (Moodle `scorm_12.js`): 2–4 hour digits, 2-digit minutes and seconds, ≤ 2 fraction digits. */
const TIMESPAN_12 = /^([0-9]{2,4}):([0-5][0-9]):([0-5][0-9])(\.[0-9]{1,2})?$/;
/** 1.2 CMITime: a 24-hour time of day. */
const TIME_12 = /^([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(\.[0-9]{1,2})?$/;
/** 1.2 CMIIdentifier (current Moodle): 1–255 printable ASCII characters, no spaces. */
const IDENTIFIER_12 = /^[\x21-\x7e]{1,255}$/;
const STATUS_12 = /^(passed|completed|failed|incomplete|browsed)$/;
const STATUS2_12 = /^(passed|completed|failed|incomplete|browsed|not attempted)$/;
const EXIT_12 = /^(time-out|suspend|logout|)$/;
const TYPE_12 = /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/;
const RESULT_12 = /^(correct|wrong|unanticipated|neutral|-?[0-9]{0,3}(\.[0-9]+)?)$/;

/** 2004 CMIDecimal (Moodle `scorm_13.js`): ≤ 5 integer digits, ≤ 18 fraction digits. */
const DECIMAL_2004 = /^-?([0-9]{1,5})(\.[0-9]{1,18})?$/;
/** 2004 CMITimespan (Moodle): ISO 8601 duration, integer Y/M/D/H/M, ≤ 2 fraction digits on seconds, no weeks. */
const TIMESPAN_2004 = /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?)|((\d+M)(\d+(\.\d{1,2})?S)?)|((\d+(\.\d{1,2})?S))))?$/;
/** 2004 CMITime (Moodle): years 1970–2038, ≤ 2 fraction digits, a zone designator only after a fraction. */
const TIME_2004 =
  /^(19[7-9][0-9]|20[0-2][0-9]|203[0-8])((-(0[1-9]|1[0-2]))((-(0[1-9]|[1-2][0-9]|3[0-1]))(T([0-1][0-9]|2[0-3])((:[0-5][0-9])((:[0-5][0-9])((\.[0-9]{1,2})((Z|([+|-]([0-1][0-9]|2[0-3])))(:[0-5][0-9])?)?)?)?)?)?)?)?$/;
/** 2004 long_identifier_type (Moodle CMILongIdentifier): no white space, ends in a letter or digit. */
const LONG_IDENTIFIER = /^\S{0,3999}[a-zA-Z0-9]$/;
/** 2004 short_identifier_type (Moodle CMIShortIdentifier): `[\w.]`, 1–250. */
const SHORT_IDENTIFIER = /^[\w.]{1,250}$/;
const C_STATUS = /^(completed|incomplete|not attempted|unknown)$/;
const S_STATUS = /^(passed|failed|unknown)$/;
const EXIT_2004 = /^(time-out|suspend|logout|normal|)$/;
const TYPE_2004 = /^(true-false|choice|fill-in|long-fill-in|matching|performance|sequencing|likert|numeric|other)$/;
const RESULT_2004 = /^(correct|incorrect|unanticipated|neutral|-?([0-9]{1,4})(\.[0-9]{1,18})?)$/;
const NAV_EVENT = /^(previous|continue|exit|exitAll|abandon|abandonAll|suspendAll|_none_|\{target=\S{0,200}[a-zA-Z0-9]\}(choice|jump))$/;
const LANG_PREFIX = /^\{lang=([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?\}/;

// ---------------------------------------------------------------------------------------------
// Element tables: the element with indices replaced by `n` → its check.

type Check = (value: string, context: CheckContext) => string[];

const problemIf = (bad: boolean, message: string): string[] => (bad ? [message] : []);
const matches = (pattern: RegExp, what: string): Check => (value) => problemIf(!pattern.test(value), `is not ${what}`);
const maxLength = (max: number): Check => (value) => problemIf(value.length > max, `is ${value.length} characters, more than ${max}`);
const all = (...checks: Check[]): Check => (value, context) => checks.flatMap((check) => check(value, context));

function range(min: number, max: number): Check {
  return (value) => {
    const number = Number(value);
    return problemIf(value !== '' && (Number.isNaN(number) || number < min || number > max), `is outside ${min}..${max}`);
  };
}

const score12 = all(matches(/^$|^-?[0-9]{0,3}(\.[0-9]{1,2})?$/, 'a CMIDecimal with at most 3 integer and 2 fraction digits'), range(0, 100));
const decimal2004 = matches(DECIMAL_2004, 'a CMIDecimal (≤ 5 integer, ≤ 18 fraction digits)');
const longId = all(matches(LONG_IDENTIFIER, 'a long identifier (no white space, ending in a letter or digit)'), maxLength(4000));
const id12 = matches(IDENTIFIER_12, 'a CMIIdentifier (1–255 printable ASCII characters, no spaces)');

const exit12: Check = (value) =>
  value === 'normal'
    ? ['is "normal", which SCORM 1.2 does not have (Moodle 405; use "" or "suspend")']
    : problemIf(!EXIT_12.test(value), 'is not one of "", "suspend", "logout", "time-out"');

const result12: Check = (value) =>
  value === 'incorrect'
    ? ['is "incorrect", a SCORM 2004 word (Moodle 405; 1.2 says "wrong")']
    : problemIf(!RESULT_12.test(value), 'is not correct, wrong, unanticipated, neutral or a decimal');

const result2004: Check = (value) =>
  value === 'wrong'
    ? ['is "wrong", a SCORM 1.2 word (406; 2004 says "incorrect")']
    : problemIf(!RESULT_2004.test(value), 'is not correct, incorrect, unanticipated, neutral or a decimal');

const timestamp2004: Check = (value) => {
  if (TIME_2004.test(value)) return [];
  if (/Z$|[+-]\d\d(:\d\d)?$/.test(value) && !/\.\d{1,2}(Z|[+-])/.test(value)) {
    return ['has a zone designator without a fractional part before it (Moodle and scorm-again 406); send YYYY-MM-DDThh:mm:ss'];
  }
  if (/\.\d{3,}/.test(value)) return ['has more than 2 fraction digits (Moodle 406)'];
  return ['is not a SCORM 2004 time (YYYY-MM-DDThh:mm:ss, years 1970–2038)'];
};

const timespan2004: Check = (value) => {
  if (TIMESPAN_2004.test(value)) return [];
  if (/W/.test(value)) return ['uses weeks (W), which Moodle rejects'];
  if (/\.\d{3,}S/.test(value)) return ['has more than 2 fraction digits on the seconds (406)'];
  return ['is not an ISO 8601 duration such as PT1H2M3.45S'];
};

/** CMILangString250/4000: an optional `{lang=…}` prefix, then at most `max` characters on one line. */
function langString(max: number): Check {
  return (value) => {
    const text = value.replace(LANG_PREFIX, '');
    return [
      ...problemIf(text.length > max, `has ${text.length} characters after the language prefix, more than ${max}`),
      ...problemIf(/[\r\n]/.test(text), 'contains a line break (Moodle\'s "." does not match it)'),
      ...problemIf(text.startsWith('{'), 'starts with "{" that is not a valid {lang=…} prefix'),
    ];
  };
}

// Interaction response formats -------------------------------------------------------------------

const CHAR_LIST_12 = /^[0-9a-z](,[0-9a-z])*$/;
/** SCORM 1.2 student_response / correct pattern formats per type (SCORM 1.2 RTE 3.4; spoor's encoding). Moodle does not check these. */
const RESPONSE_12: Record<string, RegExp | undefined> = {
  'true-false': /^[01tf]$/,
  choice: CHAR_LIST_12,
  sequencing: CHAR_LIST_12,
  matching: /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/,
  likert: /^[0-9a-z]?$/,
  numeric: DECIMAL_12,
};

function response12(value: string, context: CheckContext): string[] {
  const format = context.interactionType ? RESPONSE_12[context.interactionType] : undefined;
  return [
    ...maxLength(255)(value, context),
    ...problemIf(format !== undefined && !format.test(value), `is not a SCORM 1.2 ${context.interactionType} response (single characters [0-9a-z], comma-separated)`),
  ];
}

interface Format2004 {
  max: number;
  delimiter?: string;
  unique?: boolean;
  node: (node: string) => string | undefined;
}

const shortIdNode = (node: string): string | undefined =>
  SHORT_IDENTIFIER.test(node) ? undefined : `"${node}" is not a short identifier ([A-Za-z0-9_.], 1–250; Moodle rejects hyphens)`;
const pairNode = (node: string): string | undefined => {
  const parts = node.split('[.]');
  if (parts.length !== 2) return `"${node}" is not a source[.]target pair`;
  return shortIdNode(parts[0]!) ?? shortIdNode(parts[1]!);
};
const langNode = (max: number) => (node: string): string | undefined => langString(max)(node, {})[0];

/** 2004 formats shared by learner responses and correct patterns (SCORM 2004 4th RTE 4.2.9.1, 4.2.9.2; Moodle tables). */
const FORMAT_2004: Record<string, Format2004> = {
  'true-false': { max: 1, node: (node) => (/^(true|false)$/.test(node) ? undefined : `"${node}" is not true or false`) },
  choice: { max: 36, delimiter: '[,]', unique: true, node: shortIdNode },
  'fill-in': { max: 10, delimiter: '[,]', node: langNode(250) },
  'long-fill-in': { max: 1, node: langNode(4000) },
  matching: { max: 36, delimiter: '[,]', node: pairNode },
  performance: { max: 250, delimiter: '[,]', node: (node) => (node.split('[.]').length === 2 ? undefined : `"${node}" is not step[.]answer`) },
  sequencing: { max: 36, delimiter: '[,]', node: shortIdNode },
  likert: { max: 1, node: shortIdNode },
  numeric: { max: 1, node: (node) => (DECIMAL_2004.test(node) ? undefined : `"${node}" is not a decimal`) },
  other: { max: 1, node: (node) => (node.length <= 4000 ? undefined : 'is longer than 4000 characters') },
};

/** Prefixes a 2004 correct pattern may start with, per type (RTE 4.2.9.1). */
const PATTERN_PREFIXES: Record<string, RegExp> = {
  'fill-in': /^\{(lang=[^}]*|case_matters=(true|false)|order_matters=(true|false))\}/,
  'long-fill-in': /^\{(lang=[^}]*|case_matters=(true|false))\}/,
  performance: /^\{order_matters=(true|false)\}/,
};

function pattern2004(kind: 'learner' | 'correct'): Check {
  return (value, context) => {
    const type = context.interactionType;
    if (!type) return [];
    const format = FORMAT_2004[type];
    if (!format) return [`interaction type "${type}" is unknown`];
    let body = value;
    if (kind === 'correct') {
      const prefix = PATTERN_PREFIXES[type];
      // {lang=…} belongs to the first string, so only case/order prefixes are stripped here.
      while (prefix) {
        const match = prefix.exec(body);
        if (!match || match[1]?.startsWith('lang=')) break;
        body = body.slice(match[0].length);
      }
    }
    if (type === 'numeric' && kind === 'correct') {
      const [min = '', max = '', extra] = body.split('[:]');
      return [
        ...problemIf(extra !== undefined || !body.includes('[:]'), 'is not a numeric range min[:]max'),
        ...problemIf((min !== '' && !DECIMAL_2004.test(min)) || (max !== '' && !DECIMAL_2004.test(max)), 'has a bound that is not a decimal'),
      ];
    }
    // An empty choice pattern (no right choice) is a legal correct pattern; Moodle rejects an empty learner response.
    if (body === '' && kind === 'correct') return [];
    const nodes = format.delimiter ? body.split(format.delimiter) : [body];
    const problems: string[] = [];
    if (nodes.length > format.max) problems.push(`has ${nodes.length} parts, more than ${format.max} (351)`);
    for (const node of nodes) {
      const problem = format.node(node);
      if (problem) problems.push(problem);
    }
    if (format.unique && new Set(nodes).size !== nodes.length) problems.push('repeats an identifier (406)');
    return problems;
  };
}

const ELEMENTS_12: Record<string, Check> = {
  'cmi.core.lesson_status': (value) =>
    value === 'not attempted'
      ? ['is "not attempted", which content may not set (405)']
      : problemIf(!STATUS_12.test(value), 'is not passed, completed, failed, incomplete or browsed'),
  'cmi.core.lesson_location': maxLength(255),
  'cmi.core.score.raw': score12,
  'cmi.core.score.min': score12,
  'cmi.core.score.max': score12,
  'cmi.core.exit': exit12,
  'cmi.core.session_time': matches(TIMESPAN_12, 'a CMITimespan HHHH:MM:SS.SS (2–4 hour digits, ≤ 2 fraction digits)'),
  'cmi.suspend_data': maxLength(4096),
  'cmi.comments': maxLength(4096),
  'cmi.objectives.n.id': id12,
  'cmi.objectives.n.score.raw': score12,
  'cmi.objectives.n.score.min': score12,
  'cmi.objectives.n.score.max': score12,
  'cmi.objectives.n.status': matches(STATUS2_12, 'a CMIStatus'),
  'cmi.interactions.n.id': id12,
  'cmi.interactions.n.objectives.n.id': id12,
  'cmi.interactions.n.time': matches(TIME_12, 'a CMITime HH:MM:SS'),
  'cmi.interactions.n.type': matches(TYPE_12, 'a SCORM 1.2 interaction type'),
  'cmi.interactions.n.correct_responses.n.pattern': response12,
  'cmi.interactions.n.weighting': all(matches(DECIMAL_12, 'a CMIDecimal'), range(-100, 100)),
  'cmi.interactions.n.student_response': response12,
  'cmi.interactions.n.result': result12,
  'cmi.interactions.n.latency': matches(TIMESPAN_12, 'a CMITimespan HHHH:MM:SS.SS'),
  'cmi.student_preference.audio': all(matches(/^-?\d+$/, 'an integer'), range(-1, 100)),
  'cmi.student_preference.language': maxLength(255),
  'cmi.student_preference.speed': all(matches(/^-?\d+$/, 'an integer'), range(-100, 100)),
  'cmi.student_preference.text': all(matches(/^-?\d+$/, 'an integer'), range(-1, 1)),
};

const READ_ONLY_12 = [
  'cmi.core.student_id',
  'cmi.core.student_name',
  'cmi.core.credit',
  'cmi.core.entry',
  'cmi.core.total_time',
  'cmi.core.lesson_mode',
  'cmi.launch_data',
  'cmi.comments_from_lms',
  'cmi.student_data.mastery_score',
  'cmi.student_data.max_time_allowed',
  'cmi.student_data.time_limit_action',
];

const ELEMENTS_2004: Record<string, Check> = {
  'cmi.completion_status': matches(C_STATUS, 'completed, incomplete, not attempted or unknown'),
  'cmi.success_status': matches(S_STATUS, 'passed, failed or unknown (case-sensitive)'),
  'cmi.score.scaled': all(decimal2004, range(-1, 1)),
  'cmi.score.raw': decimal2004,
  'cmi.score.min': decimal2004,
  'cmi.score.max': decimal2004,
  'cmi.progress_measure': all(decimal2004, range(0, 1)),
  'cmi.session_time': timespan2004,
  'cmi.exit': matches(EXIT_2004, 'one of "", "suspend", "logout", "time-out", "normal"'),
  'cmi.location': maxLength(1000),
  'cmi.suspend_data': maxLength(64_000),
  'cmi.learner_preference.audio_level': all(decimal2004, range(0, Infinity)),
  'cmi.learner_preference.delivery_speed': all(decimal2004, range(0, Infinity)),
  'cmi.learner_preference.audio_captioning': all(matches(/^-?\d+$/, 'an integer'), range(-1, 1)),
  'cmi.learner_preference.language': matches(/^([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?$|^$/, 'a language code'),
  'cmi.comments_from_learner.n.comment': langString(4000),
  'cmi.comments_from_learner.n.location': maxLength(250),
  'cmi.comments_from_learner.n.timestamp': timestamp2004,
  'cmi.objectives.n.id': longId,
  'cmi.objectives.n.score.scaled': all(decimal2004, range(-1, 1)),
  'cmi.objectives.n.score.raw': decimal2004,
  'cmi.objectives.n.score.min': decimal2004,
  'cmi.objectives.n.score.max': decimal2004,
  'cmi.objectives.n.success_status': matches(S_STATUS, 'passed, failed or unknown'),
  'cmi.objectives.n.completion_status': matches(C_STATUS, 'completed, incomplete, not attempted or unknown'),
  'cmi.objectives.n.progress_measure': all(decimal2004, range(0, 1)),
  'cmi.objectives.n.description': langString(250),
  'cmi.interactions.n.id': longId,
  'cmi.interactions.n.type': matches(TYPE_2004, 'a SCORM 2004 interaction type'),
  'cmi.interactions.n.objectives.n.id': longId,
  'cmi.interactions.n.timestamp': timestamp2004,
  'cmi.interactions.n.correct_responses.n.pattern': pattern2004('correct'),
  'cmi.interactions.n.weighting': decimal2004,
  'cmi.interactions.n.learner_response': pattern2004('learner'),
  'cmi.interactions.n.result': result2004,
  'cmi.interactions.n.latency': timespan2004,
  'cmi.interactions.n.description': langString(250),
  'adl.nav.request': matches(NAV_EVENT, 'a navigation request'),
};

const READ_ONLY_2004 = [
  'cmi._version',
  'cmi.completion_threshold',
  'cmi.credit',
  'cmi.entry',
  'cmi.launch_data',
  'cmi.learner_id',
  'cmi.learner_name',
  'cmi.max_time_allowed',
  'cmi.mode',
  'cmi.scaled_passing_score',
  'cmi.time_limit_action',
  'cmi.total_time',
];

/** `cmi.interactions.3.objectives.0.id` → `cmi.interactions.n.objectives.n.id`. */
export function elementModel(element: string): string {
  return element.replace(/\.\d+(?=\.|$)/g, '.n');
}

/**
 * Checks one value for one element, as Moodle would on `SetValue` (and as the SCORM text
 * requires where Moodle is looser). Returns every problem; an empty list means the value passes.
 */
export function checkCmiValue(version: ScormVersion, element: string, value: string, context: CheckContext = {}): CmiProblem[] {
  const model = elementModel(element);
  const table = version === '1.2' ? ELEMENTS_12 : ELEMENTS_2004;
  const readOnly = version === '1.2' ? READ_ONLY_12 : READ_ONLY_2004;
  const problem = (code: string, message: string): CmiProblem => ({ element, value, code, message: `${element} ${message}` });
  if (typeof value !== 'string') return [problem('201', 'was given a non-string value')];
  if (readOnly.includes(model) || /\._(count|children|version)$/.test(model)) {
    return [problem(version === '1.2' ? '403' : '404', 'is read-only')];
  }
  const check = table[model];
  if (!check) return [problem(version === '1.2' ? '201' : '401', `is not a SCORM ${version} data model element`)];
  const code = version === '1.2' ? '405' : '406';
  return check(value, context).map((message) => problem(/outside/.test(message) && version === '2004' ? '407' : /\(351\)/.test(message) ? '351' : code, message));
}

// ---------------------------------------------------------------------------------------------
// A whole session

interface InteractionState {
  id?: string;
  type?: string;
  patterns: string[];
  objectives: number;
  objectiveIds: string[];
}

/** Types whose correct_responses hold at most one pattern in 2004 (RTE 4.2.9.1; Moodle `limit`). */
const SINGLE_PATTERN_2004 = new Set(['true-false', 'likert', 'numeric', 'other']);

/**
 * Follows a session of `SetValue` calls for one SCO and collects every problem, including the
 * ones that depend on earlier calls: array entries appended at `_count` (1.2: 201; 2004: 351),
 * in 2004 an interaction's `id` before anything else and its `type` before responses (408),
 * one pattern for true-false (351), no repeated choice pattern (351), objective ids unique and
 * write-once (351).
 */
export class MoodleValidator {
  readonly problems: CmiProblem[] = [];
  private readonly interactions: InteractionState[] = [];
  private readonly objectiveIds: string[] = [];

  constructor(readonly version: ScormVersion) {}

  /** Checks one `SetValue` and records its problems (also returned). */
  set(element: string, value: string): CmiProblem[] {
    const found = this.sessionProblems(element, value);
    this.problems.push(...found);
    return found;
  }

  /** Checks a list of calls. */
  setAll(calls: Iterable<readonly [string, string]>): CmiProblem[] {
    return [...calls].flatMap(([element, value]) => this.set(element, value));
  }

  private sessionProblems(element: string, value: string): CmiProblem[] {
    const problem = (code: string, message: string): CmiProblem => ({ element, value, code, message: `${element} ${message}` });
    const order = this.version === '1.2' ? '201' : '351';
    const interaction = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (interaction) {
      const index = Number(interaction[1]);
      const rest = interaction[2]!;
      if (index > this.interactions.length) return [problem(order, `skips interaction index ${this.interactions.length} (set out of order)`)];
      if (index === this.interactions.length) {
        if (this.version === '2004' && rest !== 'id') return [problem('408', 'is set before the interaction\'s id')];
        this.interactions.push({ patterns: [], objectives: 0, objectiveIds: [] });
      }
      const entry = this.interactions[index]!;
      const found = checkCmiValue(this.version, element, value, entry.type ? { interactionType: entry.type } : {});
      if (rest === 'id') entry.id = value;
      if (rest === 'type') {
        entry.type = value;
        entry.patterns = [];
      }
      const responses = /^(learner_response|student_response|correct_responses\.\d+\.pattern)$/.test(rest);
      if (this.version === '2004' && responses && !entry.type) found.push(problem('408', 'is set before the interaction\'s type'));
      const pattern = /^correct_responses\.(\d+)\.pattern$/.exec(rest);
      if (pattern) {
        const n = Number(pattern[1]);
        if (n > entry.patterns.length) found.push(problem(order, 'skips a correct_responses index'));
        if (n === entry.patterns.length) {
          if (this.version === '2004' && entry.type && SINGLE_PATTERN_2004.has(entry.type) && n >= 1) {
            found.push(problem('351', `adds a second pattern to a ${entry.type} interaction`));
          }
          if (entry.type === 'choice' && entry.patterns.includes(value)) found.push(problem('351', 'repeats a choice pattern'));
          entry.patterns.push(value);
        }
      }
      const objective = /^objectives\.(\d+)\.id$/.exec(rest);
      if (objective) {
        const n = Number(objective[1]);
        if (n > entry.objectives) found.push(problem(order, 'skips an objectives index'));
        if (n === entry.objectives) {
          if (entry.objectiveIds.includes(value)) found.push(problem('351', 'repeats an objective id in this interaction'));
          entry.objectives += 1;
          entry.objectiveIds.push(value);
        }
      }
      return found;
    }
    const objective = /^cmi\.objectives\.(\d+)\.(.+)$/.exec(element);
    if (objective) {
      const index = Number(objective[1]);
      const rest = objective[2]!;
      const found = checkCmiValue(this.version, element, value);
      if (index > this.objectiveIds.length) return [...found, problem(order, 'skips an objectives index')];
      if (index === this.objectiveIds.length) {
        if (this.version === '2004' && rest !== 'id') return [...found, problem('408', 'is set before the objective\'s id')];
        if (rest === 'id') {
          if (this.objectiveIds.includes(value)) found.push(problem('351', 'repeats an objective id'));
          this.objectiveIds.push(value);
        } else {
          this.objectiveIds.push('');
        }
      } else if (rest === 'id' && this.version === '2004' && this.objectiveIds[index] !== value) {
        found.push(problem('351', 'changes an objective id once set (write-once)'));
      }
      return found;
    }
    return checkCmiValue(this.version, element, value);
  }
}
