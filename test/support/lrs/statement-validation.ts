/**
 * Validates stored statements with Learning Locker's `xapi-validation` (the rules its LRS
 * enforces, conformance-tested against xAPI 1.0.x). Each problem becomes one readable line naming
 * the statement, the path and the rule.
 * @packageDocumentation
 */
import { createRequire } from 'node:module';
import type { Statement } from '@xapi/xapi';

const require = createRequire(import.meta.url);
/** xapi-validation is CommonJS with a default export: `(statement) => Warning[]`. */
const validate = (require('xapi-validation') as { default: (data: unknown) => ValidationWarning[] }).default;

/** rulr's Warning: an Error whose `name` is the rule (e.g. `TypeWarning`) and `path` where it failed. */
interface ValidationWarning {
  name: string;
  message: string;
  path?: (string | number)[];
  data?: unknown;
}

/** Problems xapi-validation finds in each statement, e.g. `#3 (answered) result.score.raw: …`. */
export function statementProblems(statements: readonly Statement[]): string[] {
  return statements.flatMap((statement, index) =>
    validate(statement).map((warning) => {
      const where = (warning.path ?? []).join('.') || '(statement)';
      const verb = statement.verb?.id?.split('/').pop() ?? '?';
      return `#${index} (${verb}) ${where}: ${warning.name} ${warning.message} (value ${JSON.stringify(warning.data)})`;
    }),
  );
}
