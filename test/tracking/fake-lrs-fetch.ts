/**
 * A scripted LRS for unit tests of the xAPI transport: a `fetch` that answers statement POSTs
 * with the statuses a test queues (then 200), remembers every request, and stores statements by
 * id as an LRS would (a second POST of a stored id changes nothing).
 */
import type { Statement } from '../../tracking/xapi/statement.ts';

export interface ScriptedAnswer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Fail at the network level instead of answering. */
  network?: boolean;
}

export class FakeLrsFetch {
  readonly requests: { url: string; init: RequestInit; statements: Statement[] }[] = [];
  readonly stored = new Map<string, Statement>();
  private readonly script: ScriptedAnswer[] = [];

  /** Answers for the next statement POSTs, in order. */
  answer(...answers: ScriptedAnswer[]): this {
    this.script.push(...answers);
    return this;
  }

  /** Statement ids in the order the LRS stored them. */
  get storedIds(): string[] {
    return [...this.stored.keys()];
  }

  readonly fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const statements = init.body ? (JSON.parse(String(init.body)) as Statement[]) : [];
    this.requests.push({ url, init, statements });
    const next = this.script.shift() ?? { status: 200 };
    if (next.network) throw new TypeError('Failed to fetch');
    if (next.status === 200) for (const statement of statements) if (!this.stored.has(statement.id)) this.stored.set(statement.id, statement);
    const body = next.status === 200 ? JSON.stringify(statements.map((statement) => statement.id)) : (next.body ?? '');
    return new Response(body, { status: next.status, headers: next.headers ?? {} });
  };
}
