/**
 * Turns the issues a zod schema reports into diagnostics at the right line, with hints an
 * author can act on ("did you mean …", "expected one of …").
 * @packageDocumentation
 */
import { z } from 'zod';
import { ID, MAX_ID_LENGTH, suggestId } from '../../format/ids.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { closestMatch } from './closest-match.ts';
import type { DataPath, YamlSource } from './yaml-source.ts';

/** What the conversion of one issue needs to know about the file and its other issues. */
interface IssueContext {
  schema: z.ZodType;
  data: unknown;
  source: YamlSource;
  /** Missing required fields (by {@link pathKey}) that a misspelt field explains, to that field's key. */
  misspelt: Map<string, string>;
}

const pathKey = (path: DataPath): string => JSON.stringify(path.map(String));

/** Validates `data` against `schema`; returns the parsed value (when valid) and every problem. */
export function validateWithSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  source: YamlSource,
): { value?: z.output<S>; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const context: IssueContext = { schema, data, source, misspelt: misspeltRequired(result.error.issues, schema, data, source) };
  const diagnostics = result.error.issues.flatMap((issue) => toDiagnostics(issue, context).map((d) => specialise(d, issue)));
  return { diagnostics: dedupe(diagnostics) };
}

/**
 * A misspelt required field is one mistake, not two: "promt" is unknown because "prompt" is
 * missing. Finds each missing required field that an unknown field of the same mapping is
 * closest to, so the two are reported as one diagnostic at the misspelt key.
 */
function misspeltRequired(issues: readonly z.core.$ZodIssue[], schema: z.ZodType, data: unknown, source: YamlSource): Map<string, string> {
  const missing = new Set(issues.filter((i) => i.code === 'invalid_type' && !source.has(i.path as DataPath)).map((i) => pathKey(i.path as DataPath)));
  const misspelt = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = allowedKeys(schema, issue.path as DataPath, data);
    for (const key of issue.keys) {
      const guess = closestMatch(key, known);
      const required = guess === undefined ? undefined : pathKey([...(issue.path as DataPath), guess]);
      if (required && missing.has(required) && !misspelt.has(required)) misspelt.set(required, key);
    }
  }
  return misspelt;
}

function toDiagnostics(issue: z.core.$ZodIssue, context: IssueContext): Diagnostic[] {
  const { schema, data, source } = context;
  let path = issue.path as DataPath;
  const field = describePath(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = allowedKeys(schema, path, data);
      return issue.keys.map((key) => {
        const guess = closestMatch(key, known);
        const at = source.locateKey(path, key);
        const where = path.length ? ` in ${field}` : '';
        if (guess !== undefined && context.misspelt.get(pathKey([...path, guess])) === key) {
          return diagnostic('unknown-field', at, `Unknown field "${key}"${where}, and the required field "${guess}" is missing.`, `did you mean "${guess}"?`);
        }
        return diagnostic('unknown-field', at, `Unknown field "${key}"${where}.`, guess !== undefined ? `did you mean "${guess}"?` : known.length ? `allowed fields: ${known.join(', ')}` : undefined);
      });
    }
    case 'invalid_type': {
      if (!source.has(path) && context.misspelt.has(pathKey(path))) return [];
      if (!source.has(path)) {
        const key = String(path[path.length - 1] ?? '');
        return [
          diagnostic('missing-field', source.locate(path), `Missing field "${key}" in ${describePath(path.slice(0, -1))}.`, `add "${key}:" (${expected(issue.expected)})`),
        ];
      }
      return [
        diagnostic(
          'wrong-type',
          source.locate(path),
          `${capitalise(field)} should be ${expected(issue.expected)}, not ${source.describe(path)}.`,
          issue.expected === 'string' ? 'put the text in quotes if YAML read it as a number, boolean or date' : undefined,
        ),
      ];
    }
    case 'invalid_union': {
      // A discriminated union (question type) reports here when `type` is missing or unknown.
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        const key = issue.discriminator;
        // zod points at the discriminator itself when the object has one; at the object otherwise.
        if (path[path.length - 1] === key) path = path.slice(0, -1);
        const field = describePath(path);
        const options = discriminatorValues(schema, path, key);
        if (!source.has([...path, key])) return [missingDiscriminator(key, path, options, context)];
        const given = String(readPath(data, [...path, key]));
        const guess = closestMatch(given, options);
        return [
          diagnostic(
            'invalid-value',
            source.locate([...path, key]),
            `Unknown ${key} "${given}" in ${field}.`,
            `use one of: ${options.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`,
          ),
        ];
      }
      return [diagnostic('invalid-value', source.locate(path), `${capitalise(field)} is not valid: ${issue.message}.`)];
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => String(v));
      const given = String(readPath(data, path));
      const guess = closestMatch(given, options);
      return [
        diagnostic(
          'invalid-value',
          source.locate(path),
          `${capitalise(field)} cannot be "${given}".`,
          `use one of: ${options.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`,
        ),
      ];
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'not_multiple_of':
    case 'custom':
    default:
      return [diagnostic('invalid-value', source.locate(path), `${capitalise(field)} ${lowerFirst(issue.message)}.`.replace(/\.\.$/, '.'), idHint(issue, readPath(data, path)) ?? valueHint(issue))];
  }
}

/**
 * A question without `type`: when a key of it is a misspelling of `type` (`tpye: single`), that
 * key is the one mistake, since no question type's schema applies to report it as unknown.
 */
function missingDiscriminator(key: string, path: DataPath, options: readonly string[], { data, source }: IssueContext): Diagnostic {
  const written = readPath(data, path);
  const keys = written !== null && typeof written === 'object' ? Object.keys(written) : [];
  const typo = keys.find((k) => closestMatch(k, [key]) !== undefined);
  const field = describePath(path);
  if (typo !== undefined) {
    return diagnostic('unknown-field', source.locateKey(path, typo), `Unknown field "${typo}" in ${field}, and the required field "${key}" is missing.`, `did you mean "${key}"?`);
  }
  return diagnostic('missing-field', source.locate(path), `Missing field "${key}" in ${field}.`, `add "${key}:" with one of: ${options.join(', ')}`);
}

/** An id that breaks the id rule (`format/ids.ts`) gets the valid id closest to it as its fix. */
function idHint(issue: z.core.$ZodIssue, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const brokenRule = issue.code === 'invalid_format' && issue.format === 'regex' && issue.pattern === String(ID);
  // Only ids have this maximum among the course's text fields.
  const tooLong = issue.code === 'too_big' && issue.origin === 'string' && issue.maximum === MAX_ID_LENGTH;
  return brokenRule || tooLong ? `use "${suggestId(value)}"` : undefined;
}

/**
 * A few schema rules are course rules with their own code, so authors can look them up:
 * a fill-in with no accepted answer, and a matching pair with a side missing.
 */
function specialise(d: Diagnostic, issue: z.core.$ZodIssue): Diagnostic {
  const last = issue.path[issue.path.length - 1];
  const parent = issue.path[issue.path.length - 3];
  if (last === 'accepted' && issue.code === 'too_small') {
    return diagnostic('fill-in-no-answer', d, 'A fill-in question needs at least one accepted answer.', 'list the answers that count as right under "accepted:"');
  }
  if (parent === 'pairs' && (last === 'left' || last === 'right') && d.name === 'missing-field') {
    const other = last === 'left' ? 'right' : 'left';
    return diagnostic('matching-unbalanced', d, `This matching pair has a ${other} side but no ${last} side.`, `add "${last}:" so that every item has exactly one match`);
  }
  return d;
}

function valueHint(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'too_small' && issue.origin === 'array') return `add at least ${String(issue.minimum)} item(s)`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `use a value of at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `use a value of at most ${String(issue.maximum)}`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `shorten it to ${String(issue.maximum)} characters`;
  return undefined;
}

/** "questions[2].choices[0].text" style name of a data path, for messages. */
export function describePath(path: DataPath): string {
  if (path.length === 0) return 'the file';
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return `"${out}"`;
}

function expected(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping (key: value lines)',
  };
  return names[type] ?? type;
}

const capitalise = (s: string) => (s.startsWith('"') ? `Field ${s}` : s.charAt(0).toUpperCase() + s.slice(1));
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function readPath(data: unknown, path: DataPath): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** The schema that applies at `path`, following the data through lists and unions. */
function schemaAt(schema: z.ZodType, path: DataPath, data: unknown): z.ZodType[] {
  let current: z.ZodType[] = [schema];
  let value: unknown = data;
  for (const key of path) {
    const next: z.ZodType[] = [];
    for (const s of current.flatMap((c) => unwrap(c, value))) {
      if (s instanceof z.ZodObject && typeof key === 'string') {
        const child = (s.shape as Record<string, z.ZodType>)[key];
        if (child) next.push(child);
      } else if (s instanceof z.ZodArray && typeof key === 'number') {
        next.push(s.element as z.ZodType);
      }
    }
    current = next;
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return current.flatMap((c) => unwrap(c, value));
}

/** Removes optional/default wrappers and picks the union member the data's discriminator names. */
function unwrap(schema: z.ZodType, value: unknown): z.ZodType[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault || schema instanceof z.ZodNullable) {
    return unwrap(schema.unwrap() as z.ZodType, value);
  }
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const key = schema.def.discriminator;
    const tag = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    const members = schema.options as z.ZodType[];
    const match = members.filter((m) => m instanceof z.ZodObject && discriminatorOf(m, key) === tag);
    return (match.length ? match : members).flatMap((m) => unwrap(m, value));
  }
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap((m) => unwrap(m, value));
  return [schema];
}

function discriminatorOf(schema: z.ZodObject, key: string): unknown {
  const field = (schema.shape as Record<string, z.ZodType>)[key];
  return field instanceof z.ZodLiteral ? field.value : undefined;
}

function allowedKeys(schema: z.ZodType, path: DataPath, data: unknown): string[] {
  const keys = new Set<string>();
  for (const s of schemaAt(schema, path, data)) if (s instanceof z.ZodObject) for (const k of Object.keys(s.shape)) keys.add(k);
  return [...keys];
}

function discriminatorValues(schema: z.ZodType, path: DataPath, key: string): string[] {
  const values = new Set<string>();
  for (const s of schemaAt(schema, path, undefined)) {
    if (s instanceof z.ZodObject) {
      const v = discriminatorOf(s, key);
      if (v !== undefined) values.add(String(v));
    }
  }
  return [...values];
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
