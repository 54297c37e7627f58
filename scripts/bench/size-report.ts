/**
 * The size figures as Markdown: the block the README carries between its bench markers (kept
 * equal to the last measurement by `npm run bench`, checked by `npm run bench -- --check`).
 * @packageDocumentation
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { SizeResults } from './results.ts';
import { formatBytes, table } from './markdown-tables.ts';

const README_START = '<!-- bench:sizes (written by npm run bench; do not edit) -->';
const README_END = '<!-- /bench:sizes -->';

/** Package sizes and per-chunk costs of the seed course. */
export function sizeMarkdown(results: SizeResults): string {
  const packages = table(
    ['package', 'zip', 'of which XML control documents', 'zip counted by the budget', 'of which its tracker', 'unzipped', 'files'],
    results.seed.map((p) => [p.format, formatBytes(p.zipBytes), formatBytes(p.controlDocumentBytes), formatBytes(p.budgetedBytes), formatBytes(p.trackerBytes), formatBytes(p.unzippedBytes), String(p.files)]),
  );
  const names = [...new Set(results.seed.flatMap((p) => p.chunks.map((c) => c.name)))].sort();
  const chunks = table(
    ['file', 'minified', 'gzip', ...results.seed.map((p) => `in ${p.format}`)],
    names.map((name) => {
      const chunk = results.seed.flatMap((p) => p.chunks).find((c) => c.name === name);
      return [`\`${name}\``, formatBytes(chunk?.bytes ?? 0), formatBytes(chunk?.gzipBytes ?? 0), ...results.seed.map((p) => (p.chunks.some((c) => c.name === name) ? 'yes' : '—'))];
    }),
  );
  const state = results.savedState;
  const saved = `Saved state after ${state.cards.toLocaleString('en')} reviewed cards: ${state.scorm2004Chars.toLocaleString('en')} characters of SCORM 2004 suspend data${state.scorm2004Trimmed ? ' (trimmed)' : ''}; SCORM 1.2 keeps the newest ${state.scorm12CardsKept.toLocaleString('en')} cards in ${state.scorm12Chars.toLocaleString('en')} of its 4,096 characters; as JSON (an xAPI state document) ${state.jsonChars.toLocaleString('en')} characters.`;
  return `${packages}\n\n${chunks}\n\n${saved}`;
}

function block(results: SizeResults): string {
  return `${README_START}\n${sizeMarkdown(results)}\n${README_END}`;
}

function currentBlock(readme: string): string | undefined {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  return start === -1 || end === -1 ? undefined : readme.slice(start, end + README_END.length);
}

/** Whether the README's block shows exactly these sizes. */
export async function readmeIsCurrent(readmeFile: string, results: SizeResults): Promise<boolean> {
  return currentBlock(await readFile(readmeFile, 'utf8')) === block(results);
}

/** Rewrites the README's block with these sizes; throws when the markers are missing. */
export async function updateReadme(readmeFile: string, results: SizeResults): Promise<void> {
  const readme = await readFile(readmeFile, 'utf8');
  const current = currentBlock(readme);
  if (current === undefined) throw new Error(`${readmeFile} has no "${README_START}" … "${README_END}" block to write the sizes into`);
  await writeFile(readmeFile, readme.replace(current, block(results)));
}
