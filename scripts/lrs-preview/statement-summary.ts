/**
 * One line per statement for the preview's stream: the verb's last path segment, the object's
 * name (or its id's tail), and the result in a few words (score, success, completion, response).
 * @packageDocumentation
 */
import type { Statement } from '@xapi/xapi';

export interface StatementLine {
  id: string;
  timestamp: string;
  verb: string;
  object: string;
  result: string;
  raw: Statement;
}

function languageMapText(map: unknown): string | undefined {
  if (typeof map !== 'object' || map === null) return undefined;
  const values = Object.values(map as Record<string, unknown>).filter((value): value is string => typeof value === 'string');
  return values[0];
}

function objectText(statement: Statement): string {
  const object = statement.object as { id?: string; definition?: { name?: unknown } };
  const name = languageMapText(object.definition?.name);
  const tail = object.id?.replace(/\/+$/, '').split('/').slice(-2).join('/') ?? '(no id)';
  return name ? `${name} (…/${tail})` : `…/${tail}`;
}

function resultText(statement: Statement): string {
  const result = statement.result;
  if (!result) return '';
  const parts: string[] = [];
  if (result.score) {
    const { raw, min, max, scaled } = result.score;
    parts.push(`score ${raw ?? '?'} of ${min ?? '?'}–${max ?? '?'}${scaled === undefined ? '' : ` (scaled ${scaled})`}`);
  }
  if (result.success !== undefined) parts.push(result.success ? 'success' : 'no success');
  if (result.completion !== undefined) parts.push(result.completion ? 'complete' : 'incomplete');
  if (result.response !== undefined) parts.push(`response "${result.response}"`);
  if (result.duration) parts.push(result.duration);
  return parts.join(', ');
}

export function statementLine(statement: Statement): StatementLine {
  return {
    id: statement.id ?? '',
    timestamp: String(statement.timestamp ?? ''),
    verb: statement.verb.id.split('/').pop() ?? statement.verb.id,
    object: objectText(statement),
    result: resultText(statement),
    raw: statement,
  };
}
