/**
 * The README's table of checker codes, rendered from the typed code table, so a test can hold
 * the README to it. To refresh the README after changing a code:
 * `npx tsx test/check/code-table.ts` prints the table.
 */
import { CHECK_CODES, type CheckCode } from '../../build-scripts/check/check-codes.ts';

function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
}

/** The table: header, separator, and one row per code in table order. */
export function codeTable(): string {
  const rows = (Object.keys(CHECK_CODES) as CheckCode[]).map((code) => {
    const spec = CHECK_CODES[code];
    const severity = 'strict' in spec && spec.strict ? `${spec.severity} (${spec.strict} with \`--strict\`)` : spec.severity;
    return `| <a id="check-${code}"></a>\`${code}\` | ${severity} | ${cell(spec.why)} | ${cell(spec.source)} |`;
  });
  return ['| code | severity | the LMS behaviour the severity rests on | source |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

if (process.argv[1]?.endsWith('code-table.ts')) process.stdout.write(`${codeTable()}\n`);
