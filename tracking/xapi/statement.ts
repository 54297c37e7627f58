/**
 * The parts of an xAPI 1.0.3 statement lmspack writes (xAPI 1.0.3 Data §2.4), as plain JSON
 * types. Only what the trackers emit is modelled; every statement is made by the pure modules in
 * this folder and carries a client-made `id` and `timestamp` before it is first sent, so a
 * retry is idempotent (xAPI 1.0.3 Communication §2.1.1).
 * @packageDocumentation
 */

/** A language map (xAPI 1.0.3 Data §5.2.2): BCP 47 tag → text. */
export type LanguageMap = Record<string, string>;

/** An Agent with exactly one inverse functional identifier (xAPI 1.0.3 Data §2.4.2.1). */
export type Agent = { objectType?: 'Agent'; name?: string } & (
  | { mbox: string }
  | { mbox_sha1sum: string }
  | { openid: string }
  | { account: { homePage: string; name: string } }
);

export interface Verb {
  id: string;
  display: LanguageMap;
}

/** An interaction component (xAPI 1.0.3 Data §2.4.4.1 "Interaction Components"). */
export interface InteractionComponent {
  id: string;
  description: LanguageMap;
}

export interface ActivityDefinition {
  name?: LanguageMap;
  description?: LanguageMap;
  type?: string;
  interactionType?: 'true-false' | 'choice' | 'fill-in' | 'matching' | 'sequencing';
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  extensions?: Record<string, unknown>;
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface Score {
  scaled: number;
  raw?: number;
  min?: number;
  max?: number;
}

export interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  response?: string;
  /** ISO 8601 duration (xAPI 1.0.3 Data §4.6). */
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface ContextActivities {
  parent?: Activity[];
  grouping?: Activity[];
  category?: Activity[];
  other?: Activity[];
}

export interface Context {
  registration?: string;
  contextActivities?: ContextActivities;
  language?: string;
  platform?: string;
  extensions?: Record<string, unknown>;
}

export interface Statement {
  id: string;
  timestamp: string;
  actor: Agent;
  verb: Verb;
  object: Activity;
  result?: Result;
  context: Context;
}
