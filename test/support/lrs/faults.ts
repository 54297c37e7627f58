/**
 * The fault injector of the test LRS: rules that make the gateway (lrs-gateway.ts) misbehave
 * the way real LRSs and networks do, for requests from the course only (the test's own reads
 * go straight to the statements service). Each rule matches a kind of request and applies to
 * the next `times` matching requests (or until cleared).
 * @packageDocumentation
 */

/** Which requests a rule matches. `any` is every xAPI and fetch request. */
export type FaultTarget = 'statements' | 'state' | 'agentProfile' | 'fetch' | 'any';

export type Fault =
  /** The connection is dropped without an answer: the browser sees a network error, as when the LRS is down. */
  | { kind: 'down' }
  /** An HTTP error status with a body, e.g. 500 or 503. */
  | { kind: 'status'; status: number; message?: string }
  /** 429 Too Many Requests with `Retry-After` in seconds. */
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  /** The request is processed, but the answer comes `ms` later (a slow LRS; the client may time out first). */
  | { kind: 'slow'; ms: number }
  /**
   * 400 for any statements request carrying this statement id, with an LRS-style message. Give
   * `select` instead when the id is not known beforehand: the first statement it picks fixes
   * `statementId`, and every later request carrying that statement is refused too.
   */
  | { kind: 'reject-statement'; statementId?: string; select?: (statement: SentStatement) => boolean }
  /** 401 for requests with this Authorization value (an expired cmi5 token or revoked credential). */
  | { kind: 'unauthorized'; authorization?: string };

export interface FaultRule {
  target: FaultTarget;
  fault: Fault;
  /** How many matching requests it applies to; undefined = until cleared. */
  times?: number;
  /** How many requests it has applied to so far. */
  applied: number;
}

/** A statement as the course sent it (parsed from the request body). */
export type SentStatement = { id?: string; verb?: { id?: string }; object?: { id?: string } } & Record<string, unknown>;

export interface FaultCandidate {
  target: Exclude<FaultTarget, 'any'>;
  authorization: string;
  /** The statements in the request body (none for other requests). */
  statements: SentStatement[];
}

export class FaultInjector {
  private rules: FaultRule[] = [];

  /** Adds a rule; returns it (its `applied` count grows as it fires). */
  add(target: FaultTarget, fault: Fault, times?: number): FaultRule {
    const rule: FaultRule = { target, fault, applied: 0, ...(times === undefined ? {} : { times }) };
    this.rules.push(rule);
    return rule;
  }

  /** Removes one rule. */
  remove(rule: FaultRule): void {
    this.rules = this.rules.filter((candidate) => candidate !== rule);
  }

  /** Removes every rule: the LRS is healthy again. */
  clear(): void {
    this.rules = [];
  }

  active(): readonly FaultRule[] {
    return this.rules.filter((rule) => rule.times === undefined || rule.applied < rule.times);
  }

  /** The fault for this request, if any rule matches; counts it as applied. */
  pick(request: FaultCandidate): Fault | undefined {
    const rule = this.active().find((candidate) => matches(candidate, request));
    if (!rule) return undefined;
    rule.applied += 1;
    return rule.fault;
  }
}

function matches(rule: FaultRule, request: FaultCandidate): boolean {
  if (rule.target !== 'any' && rule.target !== request.target) return false;
  const { fault } = rule;
  if (fault.kind === 'reject-statement') {
    if (request.target !== 'statements') return false;
    if (fault.statementId === undefined) fault.statementId = request.statements.find((statement) => fault.select?.(statement))?.id;
    return fault.statementId !== undefined && request.statements.some((statement) => statement.id === fault.statementId);
  }
  if (fault.kind === 'unauthorized') return fault.authorization === undefined || fault.authorization === request.authorization;
  return true;
}
