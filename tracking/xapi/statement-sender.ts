/**
 * Sends the queued statements to the LRS: in order, in batches, one request at a time. What
 * each answer means (`lrs-client.ts`):
 * - delivered (200/204): removed from the queue. Ids are fixed before the first try, so a
 *   statement sent twice is stored once.
 * - conflict (409, an id the LRS already holds) and rejected (400/403): the batch is sent again
 *   one statement at a time. Alone, a 409 statement counts as delivered and a refused one is set
 *   aside with the LRS's message; the rest go on.
 * - unauthorized (401): reported plainly; nothing more is sent this session (a retry cannot
 *   renew a launch's credentials); the queue waits for the next launch.
 * - retry (network, timeout, 5xx, 429): reported, then tried again after a backoff
 *   (`backoff.ts`), honouring `Retry-After`.
 * On exit, what fits in the 64 KB keepalive budget goes in one `keepalive` request, so it is
 * sent even as the page goes away; anything unconfirmed stays queued for the next launch.
 * @packageDocumentation
 */
import type { SchedulerClock } from '../core/commit-scheduler.ts';
import { BACKOFF_DEFAULTS, backoffDelay, type BackoffPolicy } from './backoff.ts';
import type { SendOutcome } from './lrs-client.ts';
import type { StatementQueue } from './statement-queue.ts';
import type { Statement } from './statement.ts';

/** Keepalive request bodies in flight may total 64 KiB (Fetch Standard); leave room for headers. */
export const KEEPALIVE_BUDGET_BYTES = 60 * 1024;

/** Why delivery stopped, for the learner and the log. */
export type DeliveryProblem = { kind: 'waiting'; message: string; retryInMs: number } | { kind: 'unauthorized'; message: string };

export interface StatementSenderOptions {
  queue: StatementQueue;
  post: (statements: readonly Statement[], options: { keepalive?: boolean }) => Promise<SendOutcome>;
  clock: SchedulerClock;
  /** Statements per request. @default 50 */
  batchSize?: number;
  backoff?: BackoffPolicy;
  /** Delivery stopped: the tracker tells the learner (save-failed) and logs. */
  onProblem: (problem: DeliveryProblem) => void;
  /** The queue is empty again after a problem. */
  onCaughtUp: () => void;
  log: (message: string) => void;
}

const bytes = (text: string): number => new TextEncoder().encode(text).length;

/** Drains one {@link StatementQueue}; see the module comment. */
export class StatementSender {
  private running: Promise<boolean> | undefined;
  private timer: unknown;
  private failures = 0;
  private troubled = false;
  private halted = false;
  private stopped = false;
  private readonly batchSize: number;

  constructor(private readonly options: StatementSenderOptions) {
    this.batchSize = options.batchSize ?? 50;
  }

  /** Whether every queued statement has been confirmed. */
  get idle(): boolean {
    return this.options.queue.waiting.length === 0 && !this.running;
  }

  /** Queues statements (stored before any try) and sends them in the next task. */
  enqueue(statements: readonly Statement[]): void {
    if (statements.length === 0) return;
    if (!this.options.queue.add(statements)) this.options.log('could not keep unsent statements in localStorage');
    this.sendSoon();
  }

  /** Sends in the next task, unless a backoff wait or a send is already under way. */
  sendSoon(): void {
    if (this.stopped || this.halted || this.timer !== undefined || this.running) return;
    this.arm(0);
  }

  /** Sends now, forgetting the backoff (the learner pressed Retry). Resolves whether all is delivered. */
  retryNow(): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    this.failures = 0;
    this.halted = false;
    this.disarm();
    return this.run();
  }

  /** Sends until the queue is empty or a problem stops it. */
  flush(): Promise<boolean> {
    if (this.stopped || this.halted) return Promise.resolve(this.options.queue.waiting.length === 0);
    this.disarm();
    return this.run();
  }

  /**
   * The last send of the session: stops the timers and sends the oldest statements that fit
   * {@link KEEPALIVE_BUDGET_BYTES} in one keepalive request at once, without waiting for a send
   * under way (the page may be going: only a keepalive request survives it). A statement in both
   * is stored once: its id is fixed.
   */
  async finish(): Promise<void> {
    this.stopped = true;
    this.disarm();
    if (this.halted) return;
    const batch = this.keepaliveBatch();
    if (batch.length === 0) return;
    const outcome = await this.options.post(batch, { keepalive: true });
    // A 409 for a batch may cover only some of it: those stay queued for the next launch.
    if (outcome.kind === 'delivered' || (outcome.kind === 'conflict' && batch.length === 1)) this.options.queue.remove(batch);
    else this.options.log(`statements left for the next launch (${outcome.kind}: ${'message' in outcome ? outcome.message : ''})`);
  }

  private keepaliveBatch(): Statement[] {
    const batch: Statement[] = [];
    let size = 2;
    for (const statement of this.options.queue.waiting) {
      size += bytes(JSON.stringify(statement)) + 1;
      if (size > KEEPALIVE_BUDGET_BYTES) break;
      batch.push(statement);
    }
    return batch;
  }

  private arm(ms: number): void {
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, ms);
  }

  private disarm(): void {
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): Promise<boolean> {
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Sends batch after batch; false when it stopped on a problem. */
  private async drain(): Promise<boolean> {
    let oneByOne = 0;
    while (this.options.queue.waiting.length > 0) {
      const batch = this.options.queue.waiting.slice(0, oneByOne > 0 ? 1 : this.batchSize);
      const outcome = await this.options.post(batch, {});
      if (oneByOne > 0) oneByOne -= 1;
      if (outcome.kind === 'unauthorized' || outcome.kind === 'retry') {
        this.stop(outcome);
        return false;
      }
      if (batch.length > 1 && outcome.kind !== 'delivered') {
        // A 409 or a refusal for a batch: its statements go one at a time to find which.
        oneByOne = batch.length;
        continue;
      }
      this.failures = 0;
      if (outcome.kind === 'rejected') {
        this.options.log(`the LRS refused statement ${batch[0]!.id} (${batch[0]!.verb.id}) and it is set aside: ${outcome.message}`);
        this.options.queue.putAside(batch[0]!, outcome.message);
      } else this.options.queue.remove(batch);
    }
    if (this.troubled) {
      this.troubled = false;
      this.options.onCaughtUp();
    }
    return true;
  }

  private stop(outcome: Extract<SendOutcome, { kind: 'unauthorized' | 'retry' }>): void {
    this.troubled = true;
    if (outcome.kind === 'unauthorized') {
      this.halted = true;
      this.options.onProblem({ kind: 'unauthorized', message: outcome.message });
      return;
    }
    this.failures += 1;
    const wait = backoffDelay(this.failures, outcome.retryAfterMs, this.options.backoff ?? BACKOFF_DEFAULTS);
    this.options.onProblem({ kind: 'waiting', message: outcome.message, retryInMs: wait });
    if (!this.stopped) this.arm(wait);
  }
}
