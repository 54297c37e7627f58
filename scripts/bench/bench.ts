/**
 * `npm run bench [-- --check] [--sizes] [--runs N] [--scales 1x,10x,40x]`: measures the seed
 * course's packages (sizes, build times, loading in Chromium), generated courses up to 40× the
 * seed, and the saved state of a learner with 2,000 reviewed cards. Writes bench/results.json,
 * bench/RESULTS.md, bench/sizes.json and the README's size block. `--sizes` measures only the
 * sizes (exact, so CI can check them); `--check` exits 1 when a budget is exceeded or the
 * README's size block differs from what this run measured. `--no-growth` (what CI runs, with
 * `--sizes`) instead fails when a seed zip is larger than bench/sizes.json says, or the README
 * differs: it prints the budgets without failing on them. `--loads` times only the loading in
 * Chromium (each course built once, no build timing) and prints it, writing no results: for
 * comparing one change's effect on a busy machine.
 * @packageDocumentation
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, release, tmpdir, type as osType } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { packageFileName } from '../../build-scripts/package/build-packages.ts';
import { PACKAGE_FORMATS } from '../../build-scripts/package/formats.ts';
import { repoRoot } from '../../build-scripts/repo-root.ts';
import { manifestDefaults } from '../../test/support/lms-harness/launch-data.ts';
import { startLmsHarness, type LmsHarness } from '../../test/support/lms-harness/server.ts';
import { CHROMIUM_PATH, launchChromium, measureLoad, measureLoads, type LoadTarget, type LoadTimings } from './browser-timings.ts';
import { formatBudgets, noGrowth, sizeBudgets, timingBudgets } from './budgets.ts';
import { measureBuildTimes, timeBuild } from './build-times.ts';
import { extractZip } from './extract-zip.ts';
import { writeFloorPage } from './floor-page.ts';
import { COURSE_SCALES, generateCourse, type CourseScale } from './generate-course.ts';
import { measurePackages, type PackageSize } from './package-sizes.ts';
import type { BenchResults, Growth, ImageCost, Machine, ScaleResult, SizeResults } from './results.ts';
import { loadTable, resultsMarkdown } from './results-markdown.ts';
import { measureSavedState, reviewedState } from './saved-state.ts';
import { readmeIsCurrent, updateReadme } from './size-report.ts';

const SEED = path.join(repoRoot, 'course');
const BENCH_DIR = path.join(repoRoot, 'bench');
const README = path.join(repoRoot, 'README.md');
/** `--loads` keeps the generated courses' encoded images between runs, so a 40× build takes seconds. */
const LOADS_IMAGE_CACHE = path.join(repoRoot, 'node_modules/.cache/lmspack-bench/images');
const log = (line: string): void => void process.stdout.write(`bench: ${line}\n`);
/**
 * The seed's packages are held to within 15 % of a static page whose first paint takes about
 * 50 ms, a margin of a few frames that single runs on a shared machine swing past: they take
 * this many times the runs of everything else (taken in turn with the static pages).
 */
const SEED_LOAD_RUN_FACTOR = 3;
/** The round trip the seed's SCORM 1.2 package is also loaded with: an LMS across a country. */
const ROUND_TRIP_MS = 80;

function machine(): Machine {
  let chromium = 'Chromium (not found)';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/ built on.*/, '');
  } catch {
    // Reported as not found; the size part needs no browser.
  }
  return { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, chromium, os: `${osType()} ${release()}`, date: new Date().toISOString() };
}

async function buildZips(courseDir: string, outDir: string, courseId: string, imageCache: string): Promise<Record<string, string>> {
  await timeBuild(courseDir, outDir, imageCache);
  return Object.fromEntries(PACKAGE_FORMATS.map((format) => [format, path.join(outDir, packageFileName(courseId, format))]));
}

async function courseFacts(courseDir: string): Promise<{ id: string; sections: string[] }> {
  const loaded = await loadCourse(courseDir);
  if (!loaded.course) throw new Error(`the course in ${courseDir} does not load; run npm run build -- --course ${courseDir}`);
  return { id: loaded.course.settings.id, sections: loaded.course.lessons.flatMap((lesson) => lesson.sections.map((s) => s.id)) };
}

async function measureSizes(work: string): Promise<SizeResults> {
  const seed = await courseFacts(SEED);
  const zips = await buildZips(SEED, path.join(work, 'seed-dist'), seed.id, path.join(work, 'images'));
  // Forty lessons' worth of sections read, as in the 40× course.
  const sections = Array.from({ length: 40 }, (_, n) => seed.sections.map((id) => `${id}-l${n}`)).flat();
  return { machine: machine(), seed: await measurePackages(zips), savedState: measureSavedState(reviewedState(2000, sections)) };
}

async function imageCost(courseDir: string, zip: string, work: string): Promise<ImageCost> {
  const sources = (await readdir(path.join(courseDir, 'assets')).catch(() => [])).filter((f) => /\.(jpe?g|png)$/i.test(f));
  const sourceBytes = (await Promise.all(sources.map(async (f) => (await stat(path.join(courseDir, 'assets', f))).size))).reduce((a, b) => a + b, 0);
  const dir = path.join(work, 'images-of-zip');
  await rm(dir, { recursive: true, force: true });
  await extractZip(zip, dir);
  const shipped = await readdir(path.join(dir, 'assets')).catch(() => [] as string[]);
  const sizeOf = async (f: string): Promise<number> => (await stat(path.join(dir, 'assets', f))).size;
  const shippedBytes = (await Promise.all(shipped.map(sizeOf))).reduce((a, b) => a + b, 0);
  const largest = new Map<string, string>();
  for (const f of shipped.filter((name) => name.endsWith('.webp'))) {
    const match = /^(.*)-(\d+)\.webp$/.exec(f);
    const previous = match ? largest.get(match[1] ?? '') : undefined;
    if (match && (!previous || Number(/-(\d+)\.webp$/.exec(previous)?.[1]) < Number(match[2]))) largest.set(match[1] ?? '', f);
  }
  const largestBytes = (await Promise.all([...largest.values()].map(sizeOf))).reduce((a, b) => a + b, 0);
  return { images: sources.length, sourceBytes, shippedBytes, largestBytes };
}

async function servePackage(harness: LmsHarness, zip: string, name: string, work: string): Promise<string> {
  const dir = path.join(work, 'serve', name);
  await rm(dir, { recursive: true, force: true });
  await extractZip(zip, dir);
  harness.addPackage(name, dir);
  return dir;
}

async function scormTarget(harness: LmsHarness, zip: string, name: string, work: string): Promise<LoadTarget> {
  const dir = await servePackage(harness, zip, name, work);
  return { name, launch: 'index.html', lms: manifestDefaults(await readFile(path.join(dir, 'imsmanifest.xml'), 'utf8')), player: true };
}

async function measureSeedLoads(browser: Browser, harness: LmsHarness, work: string, runs: number): Promise<LoadTimings[]> {
  const loaded = await loadCourse(SEED);
  if (!loaded.course) throw new Error('the seed course does not load');
  const floorDir = path.join(work, 'serve', 'floor');
  await writeFloorPage(loaded.course, floorDir);
  for (const name of ['floor', 'floor-lms', `floor-lms-${ROUND_TRIP_MS}ms`]) harness.addPackage(name, floorDir);
  const zips = path.join(work, 'seed-dist');
  const id = loaded.course.settings.id;
  const scorm12 = await scormTarget(harness, path.join(zips, packageFileName(id, 'scorm12')), 'seed-scorm12', work);
  harness.addPackage(`seed-scorm12-${ROUND_TRIP_MS}ms`, path.join(work, 'serve', scorm12.name));
  const floorLms: LoadTarget = { name: 'floor-lms', launch: 'index.html', lms: { version: '1.2', objectiveIds: [] }, player: false };
  const targets: LoadTarget[] = [
    floorLms,
    scorm12,
    { ...floorLms, name: `floor-lms-${ROUND_TRIP_MS}ms`, latencyMs: ROUND_TRIP_MS },
    { ...scorm12, name: `seed-scorm12-${ROUND_TRIP_MS}ms`, latencyMs: ROUND_TRIP_MS },
    { name: 'floor', launch: 'index.html', player: false },
  ];
  for (const format of ['xapi', 'cmi5'] as const) {
    await servePackage(harness, path.join(zips, packageFileName(id, format)), `seed-${format}`, work);
    targets.push({ name: `seed-${format}`, launch: 'index.html', player: true });
  }
  log(`loading ${targets.map((target) => target.name).join(', ')} in Chromium, in turn (${runs} rounds after a warm-up)`);
  return measureLoads(browser, harness, targets, runs);
}

async function measureScale(scale: CourseScale, browser: Browser, harness: LmsHarness, work: string, runs: number): Promise<ScaleResult> {
  const courseDir = path.join(work, `course-${scale.name}`);
  log(`generating the ${scale.name} course`);
  await generateCourse(SEED, courseDir, scale);
  const outDir = path.join(work, `dist-${scale.name}`);
  log(`building the ${scale.name} course (1 cold, ${runs} warm)`);
  const build = await measureBuildTimes(courseDir, outDir, 1, runs);
  const id = `generated-${scale.name}`;
  const zips = Object.fromEntries(PACKAGE_FORMATS.map((format) => [format, path.join(outDir, packageFileName(id, format))]));
  const sizes = await measurePackages(zips);
  const size = sizes.find((p) => p.format === 'scorm12') as PackageSize;
  const images = await imageCost(courseDir, zips.scorm12 as string, work);
  const target = await scormTarget(harness, zips.scorm12 as string, `${scale.name}-scorm12`, work);
  log(`loading the ${scale.name} course in Chromium`);
  return { scale, build, size, images, load: await measureLoad(browser, harness, target, runs) };
}

function figures(s: ScaleResult): Record<string, number | undefined> {
  const views = Object.values(s.load.viewSwitchMs ?? {}).map((v) => v.median);
  const out: Record<string, number | undefined> = {
    'warm build': s.build.warmMs.median,
    'SCORM 1.2 zip': s.size.zipBytes,
    'JavaScript (minified)': s.size.chunks.filter((c) => c.name.endsWith('.js')).reduce((a, c) => a + c.bytes, 0),
    'first contentful paint': s.load.fcpMs.median,
    'overview rendered': s.load.overviewMs?.median,
    'LMS initialized': s.load.lmsInitializedMs?.median,
    'slowest view switch': views.length > 0 ? Math.max(...views) : undefined,
    'card flip': s.load.cardFlipMs?.median,
    'JS heap': s.load.jsHeapMB.median,
  };
  for (const [href, value] of Object.entries(s.load.viewSwitchMs ?? {})) out[`view switch to ${href}`] = value.median;
  return out;
}

function growth(scales: readonly ScaleResult[]): Growth {
  const out: Growth = {};
  for (let i = 1; i < scales.length; i++) {
    const [from, to] = [scales[i - 1] as ScaleResult, scales[i] as ScaleResult];
    const a = figures(from);
    const b = figures(to);
    out[`${to.scale.name} ÷ ${from.scale.name}`] = Object.fromEntries(
      Object.keys(b).map((key) => [key, (b[key] ?? Number.NaN) / (a[key] ?? Number.NaN)]).filter(([, value]) => Number.isFinite(value as number)),
    );
  }
  return out;
}

async function measureTimings(sizes: SizeResults, work: string, runs: number, scaleNames: readonly string[]): Promise<BenchResults> {
  log(`timing the seed build (${runs} cold, ${runs} warm)`);
  const seedBuild = await measureBuildTimes(SEED, path.join(work, 'seed-build'), runs, runs);
  const harness = await startLmsHarness();
  const browser = await launchChromium();
  try {
    const seedLoads = await measureSeedLoads(browser, harness, work, runs * SEED_LOAD_RUN_FACTOR);
    const scales: ScaleResult[] = [];
    for (const scale of COURSE_SCALES.filter((s) => scaleNames.includes(s.name))) scales.push(await measureScale(scale, browser, harness, work, runs));
    return { ...sizes, seedBuild, seedLoads, scales, growth: growth(scales) };
  } finally {
    await browser.close();
    await harness.close();
  }
}

/** Builds the course of each scale once (images cached across runs) and times its loading only. */
async function measureLoadsOnly(work: string, runs: number, scaleNames: readonly string[]): Promise<string> {
  const harness = await startLmsHarness();
  const browser = await launchChromium();
  try {
    const rows: [string, LoadTimings][] = (await measureSeedLoads(browser, harness, work, runs * SEED_LOAD_RUN_FACTOR)).map((load) => [load.name, load]);
    for (const scale of COURSE_SCALES.filter((s) => scaleNames.includes(s.name))) {
      const courseDir = path.join(work, `course-${scale.name}`);
      await generateCourse(SEED, courseDir, scale);
      const outDir = path.join(work, `dist-${scale.name}`);
      log(`building the ${scale.name} course once`);
      await timeBuild(courseDir, outDir, LOADS_IMAGE_CACHE);
      const target = await scormTarget(harness, path.join(outDir, packageFileName(`generated-${scale.name}`, 'scorm12')), `${scale.name}-scorm12`, work);
      log(`loading the ${scale.name} course in Chromium`);
      rows.push([`${scale.name} SCORM 1.2`, await measureLoad(browser, harness, target, runs)]);
    }
    return loadTable(rows);
  } finally {
    await browser.close();
    await harness.close();
  }
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { check: { type: 'boolean', default: false }, 'no-growth': { type: 'boolean', default: false }, sizes: { type: 'boolean', default: false }, loads: { type: 'boolean', default: false }, runs: { type: 'string', default: '5' }, scales: { type: 'string', default: COURSE_SCALES.map((s) => s.name).join(',') } },
    strict: true,
  });
  const runs = Math.max(1, Number.parseInt(values.runs, 10) || 5);
  const work = await mkdtemp(path.join(tmpdir(), 'lmspack-bench-'));
  try {
    if (values.loads) {
      await buildZips(SEED, path.join(work, 'seed-dist'), (await courseFacts(SEED)).id, LOADS_IMAGE_CACHE);
      process.stdout.write(`\n${await measureLoadsOnly(work, runs, values.scales.split(','))}\n`);
      return 0;
    }
    await mkdir(BENCH_DIR, { recursive: true });
    log('building the seed course and measuring its packages');
    const sizes = await measureSizes(work);
    const committed = values['no-growth'] ? (JSON.parse(await readFile(path.join(BENCH_DIR, 'sizes.json'), 'utf8')) as SizeResults) : undefined;
    await writeJson(path.join(BENCH_DIR, 'sizes.json'), sizes);
    let budgets = sizeBudgets(sizes);
    if (!values.sizes) {
      const results = await measureTimings(sizes, work, runs, values.scales.split(','));
      budgets = [...budgets, ...timingBudgets(results)];
      await writeJson(path.join(BENCH_DIR, 'results.json'), { ...results, budgets });
      await writeFile(path.join(BENCH_DIR, 'RESULTS.md'), resultsMarkdown(results, budgets));
      log('wrote bench/results.json and bench/RESULTS.md');
    }
    log('wrote bench/sizes.json');
    process.stdout.write(`\n${formatBudgets(budgets)}\n`);
    if (!values.check && !committed) {
      await updateReadme(README, sizes);
      return 0;
    }
    const readmeCurrent = await readmeIsCurrent(README, sizes);
    if (!readmeCurrent) process.stdout.write('OVER  README.md: its size block differs from these measurements; run npm run bench -- --sizes and commit README.md\n');
    const held = committed ? noGrowth(committed, sizes) : budgets;
    if (committed) process.stdout.write(`\n${formatBudgets(held)}\n`);
    return held.every((b) => b.ok) && readmeCurrent ? 0 : 1;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
