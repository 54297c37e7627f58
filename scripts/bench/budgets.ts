/**
 * The performance budgets and their check. Size budgets are exact and hold on any machine, so
 * CI checks them; timing budgets hold for a run on an otherwise quiet machine and are checked
 * only when the benchmark is run by hand.
 * @packageDocumentation
 */
import type { BenchResults, SizeResults } from './results.ts';

export interface BudgetResult {
  name: string;
  kind: 'size' | 'timing';
  limit: number;
  actual: number;
  unit: 'B' | 'ms' | 'chars';
  ok: boolean;
}

const SEED_ZIP_LIMIT = 40_000;
/** SCORM 2004's cmi.suspend_data holds 64,000 characters (SCORM 2004 4th ed. RTE §4.2.23). */
const SAVED_STATE_LIMIT = 64_000;
const FCP_OVER_FLOOR = 1.15;

function budget(name: string, kind: BudgetResult['kind'], unit: BudgetResult['unit'], actual: number, limit: number): BudgetResult {
  return { name, kind, unit, actual: Math.round(actual * 10) / 10, limit: Math.round(limit * 10) / 10, ok: actual <= limit };
}

export function sizeBudgets(results: SizeResults): BudgetResult[] {
  const zips = results.seed.map((p) =>
    p.format.startsWith('scorm')
      ? budget(`seed ${p.format} zip without control documents`, 'size', 'B', p.budgetedBytes, SEED_ZIP_LIMIT)
      : budget(`seed ${p.format} zip (40 kB + its tracker, ${p.trackerBytes} B)`, 'size', 'B', p.budgetedBytes, SEED_ZIP_LIMIT + p.trackerBytes),
  );
  return [...zips, budget('saved state, 2,000 reviewed cards (SCORM 2004 suspend data)', 'size', 'chars', results.savedState.scorm2004Chars, SAVED_STATE_LIMIT)];
}

export function timingBudgets(results: BenchResults): BudgetResult[] {
  const load = (name: string) => results.seedLoads.find((l) => l.name === name);
  const largest = results.scales.at(-1);
  const out = [budget('seed warm build, all four packages', 'timing', 'ms', results.seedBuild.warmMs.median, 2000)];
  for (const [pkg, floor] of [['seed-scorm12', 'floor-lms'], ['seed-xapi', 'floor'], ['seed-cmi5', 'floor']] as const) {
    const measured = load(pkg);
    const base = load(floor);
    if (measured && base) out.push(budget(`${pkg} first contentful paint (≤ ${FCP_OVER_FLOOR} × ${floor}, ${base.fcpMs.median} ms)`, 'timing', 'ms', measured.fcpMs.median, base.fcpMs.median * FCP_OVER_FLOOR));
  }
  if (largest) {
    const name = largest.scale.name;
    const views = Object.values(largest.load.viewSwitchMs ?? {}).map((s) => s.median);
    out.push(
      budget(`${name} warm build, all four packages`, 'timing', 'ms', largest.build.warmMs.median, 10_000),
      budget(`${name} first contentful paint`, 'timing', 'ms', largest.load.fcpMs.median, 150),
      budget(`${name} slowest view switch`, 'timing', 'ms', Math.max(...views), 50),
      budget(`${name} card flip`, 'timing', 'ms', largest.load.cardFlipMs?.median ?? Number.POSITIVE_INFINITY, 16),
    );
  }
  return out;
}

/** One line per budget, for the terminal. */
export function formatBudgets(budgets: readonly BudgetResult[]): string {
  return budgets.map((b) => `${b.ok ? 'ok  ' : 'OVER'}  ${b.name}: ${b.actual} ${b.unit} (budget ${b.limit} ${b.unit})`).join('\n');
}
