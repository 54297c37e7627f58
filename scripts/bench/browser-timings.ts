/**
 * The Chromium part of the benchmark: each package served from 127.0.0.1 (a SCORM 1.2 package
 * inside the test LMS page, where scorm-again provides the API; xAPI and cmi5 packages
 * standalone), loaded in a fresh browser context per run, then driven through every view.
 * @packageDocumentation
 */
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { firstLaunchData, type ManifestDefaults } from '../../test/support/lms-harness/launch-data.ts';
import type { LmsHarness } from '../../test/support/lms-harness/server.ts';
import { installProbes, paintMarks, timeCardFlip, timeViewSwitch, type ViewTarget } from './page-probes.ts';
import { repeat, summarise, type Sampled } from './stats.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The views in the order the benchmark opens them, ending where it started. */
const VIEWS: readonly ViewTarget[] = [
  { href: '#/lesson', tag: 'lms-lesson-view' },
  { href: '#/flashcards', tag: 'lms-flashcard-deck' },
  { href: '#/quiz', tag: 'lms-quiz' },
  { href: '#/concepts', tag: 'lms-concept-glossary' },
  { href: '#/', tag: 'lms-course-overview' },
];

/** A page to load: a package, or the static floor page. */
export interface LoadTarget {
  name: string;
  /** Served at `/package/<name>/`. */
  launch: string;
  /** SCORM 1.2 packages run inside the LMS page; everything else is opened directly. */
  lms?: ManifestDefaults;
  /** False for the floor page, which has no player to drive. */
  player: boolean;
  /**
   * Added to every request's round trip (Chromium's network emulation), as when the LMS is a
   * server across the internet rather than 127.0.0.1: what makes the number of sequential
   * requests before the overview show.
   */
  latencyMs?: number;
}

/** Medians (and spread) of one target's figures. */
export interface LoadTimings {
  name: string;
  inLms: boolean;
  runs: number;
  fcpMs: Sampled;
  overviewMs?: Sampled;
  lmsInitializedMs?: Sampled;
  /** Per view, click → rendered. */
  viewSwitchMs?: Record<string, Sampled>;
  cardFlipMs?: Sampled;
  /** After the full run (load, every view, one flip), garbage collected; the LMS page included. */
  jsHeapMB: Sampled;
  longTasks: Sampled;
  longTaskMs: Sampled;
  bytesLoaded: Sampled;
  requests: Sampled;
}

interface RunResult {
  fcp: number;
  overview?: number;
  lmsInitialized?: number;
  views?: Record<string, number>;
  flip?: number;
  heapMB: number;
  longTasks: number;
  longTaskMs: number;
  bytes: number;
  requests: number;
}

async function scoFrame(page: Page, target: LoadTarget): Promise<Frame> {
  if (!target.lms) return page.mainFrame();
  for (let tries = 0; tries < 200; tries++) {
    const frame = page.frames().find((f) => f.url().includes(`/package/${target.name}/`));
    if (frame) return frame;
    await page.waitForTimeout(25);
  }
  throw new Error(`the LMS page did not open ${target.name}`);
}

async function waitForMark(frame: Frame, target: LoadTarget): Promise<ReturnType<typeof paintMarks>> {
  for (let tries = 0; tries < 600; tries++) {
    const marks = await frame.evaluate(paintMarks);
    if (marks.fcp !== undefined && (!target.player || marks.overview !== undefined)) return marks;
    await frame.waitForTimeout(25);
  }
  throw new Error(`${target.name}: no first contentful paint${target.player ? ' or overview' : ''} within 15 s`);
}

async function lmsInitializedAt(page: Page): Promise<number | undefined> {
  return page.evaluate(() => window.lms?.calls.find((call) => call.kind === 'initialize')?.at);
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

async function driveViews(frame: Frame): Promise<{ views: Record<string, number>; flip: number }> {
  const views: Record<string, number> = {};
  let flip = Number.NaN;
  for (const view of VIEWS) {
    views[view.href] = await frame.evaluate(timeViewSwitch, view);
    if (view.tag === 'lms-flashcard-deck') flip = await frame.evaluate(timeCardFlip);
  }
  return { views, flip };
}

async function measureOnce(browser: Browser, harness: LmsHarness, target: LoadTarget): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // tsx keeps function names with a helper the page does not have; the probes need it defined.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await context.addInitScript(installProbes);
    const page = await context.newPage();
    if (target.latencyMs) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: target.latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
    }
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (request.url().includes(`/package/${target.name}/`)) sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
    });
    const url = target.lms
      ? harness.launchUrl({ version: '1.2', launchPath: `/package/${target.name}/${target.launch}`, initial: firstLaunchData(target.lms) }).url
      : `${harness.origin}/package/${target.name}/${target.launch}`;
    await page.goto(url);
    const frame = await scoFrame(page, target);
    const marks = await waitForMark(frame, target);
    const initializedAt = target.lms && target.player ? await lmsInitializedAt(page) : undefined;
    const driven = target.player ? await driveViews(frame) : undefined;
    const { longTasks } = await frame.evaluate(paintMarks);
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    return {
      fcp: marks.fcp ?? Number.NaN,
      ...(marks.overview !== undefined ? { overview: marks.overview } : {}),
      ...(initializedAt !== undefined ? { lmsInitialized: initializedAt - marks.timeOrigin } : {}),
      ...(driven ? { views: driven.views, flip: driven.flip } : {}),
      heapMB: await heapMB(page),
      longTasks: longTasks.length,
      longTaskMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
      bytes,
      requests: sizes.length,
    };
  } finally {
    await context.close();
  }
}

function optional(values: (number | undefined)[]): Sampled | undefined {
  const present = values.filter((value): value is number => value !== undefined && !Number.isNaN(value));
  return present.length > 0 ? summarise(present) : undefined;
}

/** The medians of one target's runs. */
function timingsOf(target: LoadTarget, results: readonly RunResult[]): LoadTimings {
  const viewSwitchMs = target.player
    ? Object.fromEntries(VIEWS.map((view) => [view.href, summarise(results.map((result) => result.views?.[view.href] ?? Number.NaN))]))
    : undefined;
  const overviewMs = optional(results.map((r) => r.overview));
  const lmsInitializedMs = optional(results.map((r) => r.lmsInitialized));
  const cardFlipMs = optional(results.map((r) => r.flip));
  return {
    name: target.name,
    inLms: target.lms !== undefined,
    runs: results.length,
    fcpMs: summarise(results.map((r) => r.fcp)),
    ...(overviewMs ? { overviewMs } : {}),
    ...(lmsInitializedMs ? { lmsInitializedMs } : {}),
    ...(viewSwitchMs ? { viewSwitchMs } : {}),
    ...(cardFlipMs ? { cardFlipMs } : {}),
    jsHeapMB: summarise(results.map((r) => r.heapMB)),
    longTasks: summarise(results.map((r) => r.longTasks)),
    longTaskMs: summarise(results.map((r) => r.longTaskMs)),
    bytesLoaded: summarise(results.map((r) => r.bytes)),
    requests: summarise(results.map((r) => r.requests)),
  };
}

/**
 * Loads every target once as a warm-up, then `runs` rounds of each target in turn, and returns
 * each target's medians. Taking turns, rather than all runs of one target and then the next,
 * gives a package and the static page it is compared with the same moments of a shared machine,
 * so a slow spell raises both instead of deciding the comparison.
 */
export async function measureLoads(browser: Browser, harness: LmsHarness, targets: readonly LoadTarget[], runs: number): Promise<LoadTimings[]> {
  const results: RunResult[][] = targets.map(() => []);
  await repeat(runs, 1, async (run) => {
    for (const [index, target] of targets.entries()) {
      const result = await measureOnce(browser, harness, target);
      if (run >= 0) results[index]?.push(result);
    }
  });
  return targets.map((target, index) => timingsOf(target, results[index] ?? []));
}

/** Loads `target` `runs` times after one warm-up and returns its medians. */
export async function measureLoad(browser: Browser, harness: LmsHarness, target: LoadTarget, runs: number): Promise<LoadTimings> {
  const [timings] = await measureLoads(browser, harness, [target], runs);
  if (!timings) throw new Error(`no timings for ${target.name}`);
  return timings;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
