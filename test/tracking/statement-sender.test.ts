import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { backoffDelay } from '../../tracking/xapi/backoff.ts';
import { postStatements, retryAfterMs } from '../../tracking/xapi/lrs-client.ts';
import { StatementQueue } from '../../tracking/xapi/statement-queue.ts';
import { KEEPALIVE_BUDGET_BYTES, StatementSender, type DeliveryProblem } from '../../tracking/xapi/statement-sender.ts';
import type { Statement } from '../../tracking/xapi/statement.ts';
import { MemoryStorage } from './fake-scorm-api.ts';
import { FakeLrsFetch } from './fake-lrs-fetch.ts';

const KEY = { courseId: 'c', standard: 'xapi' as const, learner: 'mailto:a@example.org', registration: '6f1c2f7e-3b1a-4c55-9d2e-2b7f3c1d0a11' };

function statement(n: number, padding = 0): Statement {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    timestamp: '2026-01-05T10:30:00.000Z',
    actor: { mbox: 'mailto:a@example.org' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
    object: { objectType: 'Activity', id: `https://example.org/section/${n}${'x'.repeat(padding)}` },
    context: {},
  };
}

function setUp(lrs: FakeLrsFetch, storage = new MemoryStorage(), batchSize = 3) {
  const problems: DeliveryProblem[] = [];
  const logs: string[] = [];
  let caughtUp = 0;
  const queue = new StatementQueue(KEY, () => 0, storage);
  const sender = new StatementSender({
    queue,
    post: (statements, options) => postStatements({ endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic abc=', fetch: lrs.fetch }, statements, options),
    clock: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
    batchSize,
    onProblem: (problem) => problems.push(problem),
    onCaughtUp: () => (caughtUp += 1),
    log: (message) => logs.push(message),
  });
  return { queue, sender, problems, logs, storage, caughtUp: () => caughtUp };
}

describe('backoff', () => {
  test('doubles from one second up to a minute, and honours Retry-After within ten minutes', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((failures) => backoffDelay(failures, undefined))).toEqual([1000, 2000, 4000, 8000, 60_000, 60_000, 60_000]);
    expect(backoffDelay(5, 3000)).toBe(3000);
    expect(backoffDelay(1, 3_600_000)).toBe(600_000);
    expect(retryAfterMs('7', 0)).toBe(7000);
    expect(retryAfterMs('Mon, 05 Jan 2026 10:30:10 GMT', Date.UTC(2026, 0, 5, 10, 30, 0))).toBe(10_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
  });
});

describe('StatementSender', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('stores statements before the first try, sends them in order in batches with the xAPI headers', async () => {
    const lrs = new FakeLrsFetch();
    const { sender, storage } = setUp(lrs);
    sender.enqueue([1, 2, 3, 4, 5].map((n) => statement(n)));
    expect(JSON.parse(storage.getItem(storage.key(0)!)!).statements).toHaveLength(5);
    expect(lrs.requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(lrs.requests.map((request) => request.statements.length)).toEqual([3, 2]);
    expect(lrs.requests[0]!.url).toBe('https://lrs.example.org/xapi/statements');
    expect(lrs.requests[0]!.init.headers).toEqual({ 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic abc=', 'Content-Type': 'application/json' });
    expect(lrs.storedIds).toEqual([1, 2, 3, 4, 5].map((n) => statement(n).id));
    expect(storage.length).toBe(0);
  });

  test('retries after 5xx, a network error and 429 with exponential backoff and Retry-After, then reports it is caught up', async () => {
    const lrs = new FakeLrsFetch().answer({ status: 503 }, { status: 0, network: true }, { status: 429, headers: { 'Retry-After': '30' } });
    const { sender, problems, caughtUp } = setUp(lrs);
    sender.enqueue([statement(1)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(problems).toEqual([{ kind: 'waiting', message: 'HTTP 503', retryInMs: 1000 }]);
    await vi.advanceTimersByTimeAsync(999);
    expect(lrs.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(problems[1]).toEqual({ kind: 'waiting', message: 'network error: Failed to fetch', retryInMs: 2000 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(problems[2]).toEqual({ kind: 'waiting', message: 'HTTP 429', retryInMs: 30_000 });
    expect(caughtUp()).toBe(0);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(lrs.requests).toHaveLength(4);
    expect(lrs.storedIds).toEqual([statement(1).id]);
    expect(caughtUp()).toBe(1);
  });

  test('a timeout counts as a network failure and is retried', async () => {
    const lrs = new FakeLrsFetch();
    let calls = 0;
    const hanging = (url: string, init: RequestInit): Promise<Response> =>
      ++calls === 1 ? new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))) : lrs.fetch(url, init);
    const queue = new StatementQueue(KEY, () => 0, new MemoryStorage());
    const problems: DeliveryProblem[] = [];
    const sender = new StatementSender({
      queue,
      post: (statements) => postStatements({ endpoint: 'https://lrs.example.org/', auth: '', fetch: hanging, timeoutMs: 5000 }, statements),
      clock: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
      onProblem: (problem) => problems.push(problem),
      onCaughtUp: () => {},
      log: () => {},
    });
    sender.enqueue([statement(1)]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(problems).toEqual([{ kind: 'waiting', message: 'no answer within the time limit', retryInMs: 1000 }]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(lrs.storedIds).toEqual([statement(1).id]);
  });

  test('a 400 for one statement sets it aside with the LRS message; the others are delivered in order', async () => {
    const lrs = new FakeLrsFetch().answer({ status: 400, body: '{"message":"object.id is not an IRI"}' }, { status: 200 }, { status: 400, body: '{"message":"object.id is not an IRI"}' }, { status: 200 });
    const { sender, queue, logs, problems } = setUp(lrs);
    sender.enqueue([1, 2, 3].map((n) => statement(n)));
    await vi.advanceTimersByTimeAsync(0);
    expect(lrs.requests.map((request) => request.statements.map((item) => item.id.slice(-1)))).toEqual([['1', '2', '3'], ['1'], ['2'], ['3']]);
    expect(lrs.storedIds).toEqual([statement(1).id, statement(3).id]);
    expect(queue.refused).toEqual([{ statement: statement(2), message: 'HTTP 400: object.id is not an IRI' }]);
    expect(queue.waiting).toEqual([]);
    expect(problems).toEqual([]);
    expect(logs).toEqual([`the LRS refused statement ${statement(2).id} (http://adlnet.gov/expapi/verbs/experienced) and it is set aside: HTTP 400: object.id is not an IRI`]);
  });

  test('409 (ids already stored) counts as delivered', async () => {
    const lrs = new FakeLrsFetch().answer({ status: 409 });
    const { sender, queue } = setUp(lrs);
    sender.enqueue([statement(1)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.waiting).toEqual([]);
  });

  test('a 401 stops sending and is reported once; the queue stays for the next launch', async () => {
    const lrs = new FakeLrsFetch().answer({ status: 401, body: 'token expired' });
    const storage = new MemoryStorage();
    const { sender, problems } = setUp(lrs, storage);
    sender.enqueue([statement(1)]);
    await vi.advanceTimersByTimeAsync(0);
    sender.enqueue([statement(2)]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(problems).toEqual([{ kind: 'unauthorized', message: 'HTTP 401: token expired' }]);
    expect(lrs.requests).toHaveLength(1);
    const next = setUp(new FakeLrsFetch(), storage);
    expect(next.queue.waiting.map((item) => item.id)).toEqual([statement(1).id, statement(2).id]);
  });

  test('the next launch sends what an earlier one left queued, before anything new', async () => {
    const storage = new MemoryStorage();
    const first = setUp(new FakeLrsFetch().answer({ status: 500 }), storage);
    first.sender.enqueue([statement(1), statement(2)]);
    await vi.advanceTimersByTimeAsync(0);
    const lrs = new FakeLrsFetch();
    const second = setUp(lrs, storage);
    second.sender.enqueue([statement(3)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(lrs.storedIds).toEqual([1, 2, 3].map((n) => statement(n).id));
  });

  test('on exit, what fits 60 KB goes in one keepalive request; the rest stays queued', async () => {
    const lrs = new FakeLrsFetch().answer({ status: 503 });
    const { sender, queue } = setUp(lrs, new MemoryStorage(), 50);
    const big = [1, 2, 3, 4].map((n) => statement(n, 25_000));
    sender.enqueue(big);
    await vi.advanceTimersByTimeAsync(0);
    await sender.finish();
    const last = lrs.requests.at(-1)!;
    expect(last.init.keepalive).toBe(true);
    expect(last.statements.map((item) => item.id)).toEqual(big.slice(0, 2).map((item) => item.id));
    expect(String(last.init.body).length).toBeLessThanOrEqual(KEEPALIVE_BUDGET_BYTES);
    expect(queue.waiting.map((item) => item.id)).toEqual(big.slice(2).map((item) => item.id));
    // Stopped: the backoff armed by the 503 never fires.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(lrs.requests).toHaveLength(2);
  });
});
