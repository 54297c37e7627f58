/**
 * `lmspack import DECK --course DIR [--dry-run]`: adds the cards of an Anki or RemNote export to
 * a course's flashcards.yaml. All or nothing: a deck with an error changes no file.
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isError } from '../diagnostics/diagnostic.ts';
import { formatDiagnostics } from '../diagnostics/format-diagnostics.ts';
import { wantsColor } from '../diagnostics/paint.ts';
import { ImportTargetError, planImport, type ImportPlan } from '../import/import-deck.ts';
import { writeTextAtomic } from '../write-text-atomic.ts';
import type { CliIo } from './cli-io.ts';
import { UsageError } from './usage-error.ts';

export async function runImportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { course: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'import needs a deck file: lmspack import DECK --course DIR' : `import takes one deck file, not ${positionals.length}`);
  if (!values.course) throw new UsageError('import needs --course DIR: the course whose flashcards.yaml gets the cards');
  const deck = path.resolve(positionals[0]!);
  if (!existsSync(deck)) throw new UsageError(`cannot read ${positionals[0]}: no such file`);
  const courseDir = path.resolve(values.course);
  const display = path.relative(process.cwd(), deck) || deck;
  let plan: ImportPlan;
  try {
    plan = await planImport(deck, courseDir, display);
  } catch (error) {
    if (!(error instanceof ImportTargetError)) throw error;
    io.stderr.write(`lmspack: ${error.message}\n`);
    return 1;
  }
  return report(plan, display, Boolean(values['dry-run']), io);
}

async function report(plan: ImportPlan, deck: string, dryRun: boolean, io: CliIo): Promise<number> {
  if (plan.diagnostics.length > 0) {
    const color = wantsColor(io.stderr, io.env);
    io.stderr.write(`${formatDiagnostics(plan.diagnostics, { displayPath: (file) => file, source: () => plan.deckText, color })}\n`);
  }
  if (plan.diagnostics.some(isError)) {
    io.stderr.write(`lmspack: ${deck} has errors; nothing was imported.\n`);
    return 1;
  }
  if (!plan.write) {
    io.stdout.write(`lmspack: no new cards in ${deck}.\n`);
    return 0;
  }
  const file = path.relative(process.cwd(), plan.write.file) || plan.write.file;
  const count = plan.cards.length === 1 ? '1 card' : `${plan.cards.length} cards`;
  if (dryRun) {
    io.stdout.write(`lmspack: would add ${count} to ${file} (dry run; nothing written):\n${plan.write.added}`);
    return 0;
  }
  await writeTextAtomic(plan.write.file, plan.write.text);
  io.stdout.write(`lmspack: added ${count} to ${file}: ${plan.cards.map((card) => card.id).join(', ')}\n`);
  return 0;
}
