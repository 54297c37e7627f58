/**
 * What a learner answered, one shape per question type. These objects are saved in the
 * learner state and sent with learner events, so they hold ids, never display text.
 * @packageDocumentation
 */

/** Radio group: the id of the picked choice, or null before the learner picks one. */
export interface SingleResponse {
  type: 'single';
  choice: string | null;
}

/** Checkboxes: the ids of the ticked choices, in course order. */
export interface MultipleResponse {
  type: 'multiple';
  choices: string[];
}

/** True/false radio group: null before the learner picks one. */
export interface TrueFalseResponse {
  type: 'true-false';
  value: boolean | null;
}

/** Text box: the text as typed. */
export interface FillInResponse {
  type: 'fill-in';
  text: string;
}

/**
 * One select per left item: left pair id → id of the pair whose right side the learner chose.
 * A pair is matched correctly when both ids are the same.
 */
export interface MatchingResponse {
  type: 'matching';
  matches: Record<string, string>;
}

/** Move up / Move down list: the item ids in the order the learner left them. */
export interface OrderingResponse {
  type: 'ordering';
  order: string[];
}

export type QuestionResponse =
  | SingleResponse
  | MultipleResponse
  | TrueFalseResponse
  | FillInResponse
  | MatchingResponse
  | OrderingResponse;
