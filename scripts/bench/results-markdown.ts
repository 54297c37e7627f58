/**
 * `bench/RESULTS.md`: everything a full run measured, for people.
 * @packageDocumentation
 */
import type { BudgetResult } from './budgets.ts';
import type { LoadTimings } from './browser-timings.ts';
import { formatBytes, ms, ratio, table } from './markdown-tables.ts';
import type { BenchResults } from './results.ts';
import { sizeMarkdown } from './size-report.ts';

const VIEW_LABELS: Record<string, string> = { '#/lesson': 'lesson', '#/flashcards': 'flashcards', '#/quiz': 'quiz', '#/concepts': 'key concepts', '#/': 'overview' };

function loadRow(label: string, load: LoadTimings): string[] {
  const views = Object.entries(load.viewSwitchMs ?? {}).map(([href, value]) => `${VIEW_LABELS[href] ?? href} ${Math.round(value.median)}`);
  return [
    label,
    load.inLms ? 'test LMS' : 'standalone',
    ms(load.fcpMs),
    ms(load.overviewMs),
    ms(load.lmsInitializedMs),
    views.length > 0 ? `${views.join(', ')} ms` : '—',
    ms(load.cardFlipMs),
    `${load.jsHeapMB.median.toFixed(1)} MB`,
    `${load.longTasks.median} (${Math.round(load.longTaskMs.median)} ms)`,
    formatBytes(load.bytesLoaded.median),
    String(load.requests.median),
  ];
}

const LOAD_HEADER = ['page', 'served', 'first contentful paint', 'overview rendered', 'LMS initialized', 'view switch (click → rendered)', 'card flip (click → laid out)', 'JS heap', 'long tasks (total)', 'bytes loaded', 'requests'];

/** The loading figures of `rows` (label, timings) as one table. */
export function loadTable(rows: readonly (readonly [string, LoadTimings])[]): string {
  return table(LOAD_HEADER, rows.map(([label, load]) => loadRow(label, load)));
}

export function resultsMarkdown(results: BenchResults, budgets: readonly BudgetResult[]): string {
  const m = results.machine;
  const seedRuns = results.seedLoads[0]?.runs ?? 0;
  const runs = results.scales[0]?.load.runs ?? seedRuns;
  const scales = table(
    ['course', 'lessons', 'cards', 'questions', 'concepts', 'images', 'build cold', 'build warm', 'SCORM 1.2 zip', 'JS (min / gzip)', 'images: source → shipped (largest WebP each)'],
    results.scales.map((s) => {
      const js = s.size.chunks.filter((c) => c.name.endsWith('.js'));
      return [
        s.scale.name,
        String(s.scale.lessons),
        String(s.scale.cards),
        String(s.scale.questions),
        String(s.scale.concepts),
        String(s.scale.images),
        ms(s.build.coldMs),
        ms(s.build.warmMs),
        formatBytes(s.size.zipBytes),
        `${formatBytes(js.reduce((a, c) => a + c.bytes, 0))} / ${formatBytes(js.reduce((a, c) => a + c.gzipBytes, 0))}`,
        `${formatBytes(s.images.sourceBytes)} → ${formatBytes(s.images.shippedBytes)} (${formatBytes(s.images.largestBytes)})`,
      ];
    }),
  );
  const growthNames = Object.keys(results.growth);
  const figures = [...new Set(growthNames.flatMap((step) => Object.keys(results.growth[step] ?? {})))];
  const growth = table(['figure', ...growthNames], figures.map((figure) => [figure, ...growthNames.map((step) => ratio(results.growth[step]?.[figure]))]));
  return `# Benchmark results

Written by \`npm run bench\` on ${m.date}: ${m.cpu}, ${m.cores} cores, ${m.os}, Node ${m.node}, ${m.chromium}.
Timings are medians of ${runs} runs after a warm-up (the seed's packages and the static pages:
${seedRuns} rounds, taking turns), with the range in brackets; the machine was shared with other
work, so single figures can be noisy — the budgets below use the medians.

## Budgets

${table(['budget', 'kind', 'measured', 'limit', ''], budgets.map((b) => [b.name, b.kind, `${b.actual} ${b.unit}`, `${b.limit} ${b.unit}`, b.ok ? 'ok' : '**over**']))}

## Seed course: packages

${sizeMarkdown(results)}

Build of all four packages (\`npm run build\` as a fresh process): cold ${ms(results.seedBuild.coldMs)}, warm ${ms(results.seedBuild.warmMs)}.

## Seed course in Chromium

Each page served from 127.0.0.1, a fresh browser context per run (nothing cached). \`floor\` is a
static HTML page with the overview's text and no script: the fastest a page can paint here.
Times are from the navigation of the course's frame; the JS heap is after a full run (load,
every view, one card flipped), garbage collected, with the test LMS page included where used.

${loadTable(results.seedLoads.map((load) => [load.name, load] as const))}

## Generated courses

Copies of the seed's lessons, cards, questions and concepts with unique ids, and 1600×1067
photograph-like JPEGs. Cold builds (one run each) encode every image; warm builds reuse the
image cache.

${scales}

${loadTable(results.scales.map((s) => [`${s.scale.name} SCORM 1.2`, s.load] as const))}

Growth from one scale to the next (content grows ×10, then ×4; a figure growing faster is super-linear):

${growth}
`;
}
