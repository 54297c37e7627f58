/**
 * Every package, under its Content-Security-Policy, in real Chromium, with a course whose every
 * text field and Markdown construct carries a script payload (xss-course.ts). SCORM packages
 * run inside the test LMS (scorm-again in the parent frame), xAPI and cmi5 standalone. A learner
 * visits every view; afterwards no payload has run, no request has left the package, the page
 * reported no CSP violation, and the images with reserved characters in their names loaded.
 * The zips also pass `npm run check`, which would see a quoted `<img src="https://…">` in a
 * flashcard as an outside request if the build let it look like markup.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../build-scripts/build-app.ts';
import { checkPackage } from '../../build-scripts/check/check-package.ts';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { buildPackages, PACKAGE_FORMATS, type PackageFormat, type PackageResult } from '../../build-scripts/package/build-packages.ts';
import { CHROMIUM_ARGS } from '../e2e/built-player.ts';
import { openView, playerReady } from '../e2e/scorm/learner.ts';
import { schemaGate } from '../packaging/schema-gate.ts';
import { unzip } from '../packaging/unzip.ts';
import { firstLaunchData, manifestDefaults } from '../support/lms-harness/launch-data.ts';
import { launchSco } from '../support/lms-harness/lms-session.ts';
import { startLmsHarness, type LmsHarness } from '../support/lms-harness/server.ts';
import { RESERVED_NAMES, writeXssCourse, XSS_GLOBAL } from './xss-course.ts';

let courseDir: string;
let results: PackageResult[];
let harness: LmsHarness;
let browser: Browser;
const root = () => path.join(courseDir, '.packages');

beforeAll(async () => {
  courseDir = await writeXssCourse();
  const loaded = await loadCourse(courseDir);
  if (!loaded.course) throw new Error(`the hostile course did not load: ${JSON.stringify(loaded.diagnostics)}`);
  await buildApp({ course: loaded.course, courseDir, outDir: path.join(root(), 'app') });
  results = await buildPackages({ course: loaded.course, courseDir, appDir: path.join(root(), 'app'), outDir: path.join(root(), 'zips'), formats: PACKAGE_FORMATS });
  harness = await startLmsHarness();
  for (const result of results) harness.addPackage(result.format, await unzipTo(result.file, path.join(root(), result.format)));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  if (courseDir) await rm(courseDir, { recursive: true, force: true });
});

async function unzipTo(zip: string, dir: string): Promise<string> {
  for (const [name, entry] of await unzip(zip)) {
    if (name.endsWith('/')) continue;
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), entry.data);
  }
  return dir;
}

/** What the browser did while a learner used one package. */
interface Observed {
  violations: string[];
  outsideRequests: string[];
}

/** A context that records CSP violations in every frame and every request a package frame makes outside its own folder. */
async function observedContext(format: PackageFormat): Promise<{ context: BrowserContext; observed: Observed }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const observed: Observed = { violations: [], outsideRequests: [] };
  await context.exposeBinding('reportViolation', (_source, text: string) => observed.violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const packagePrefix = `${harness.origin}/package/${format}/`;
  context.on('request', (request) => {
    const fromPackage = request.frame().url().startsWith(packagePrefix);
    if (fromPackage && !request.url().startsWith(packagePrefix)) observed.outsideRequests.push(request.url());
  });
  return { context, observed };
}

/** Opens the package's player: SCORM inside the test LMS, xAPI and cmi5 on their own. */
async function openPlayer(context: BrowserContext, format: PackageFormat): Promise<Frame> {
  if (format === 'scorm12' || format === 'scorm2004') {
    const xml = (await unzip(results.find((r) => r.format === format)!.file)).get('imsmanifest.xml')!.data.toString('utf8');
    const manifest = manifestDefaults(xml);
    const session = await launchSco(context, harness, { version: manifest.version, launchPath: `/package/${format}/index.html`, initial: firstLaunchData(manifest), title: format }, { manifest });
    return session.sco();
  }
  const page = await context.newPage();
  await page.goto(`${harness.origin}/package/${format}/index.html`);
  return page.mainFrame();
}

/** Answers whatever question is on screen with the first option the screen offers. */
async function answerAnything(frame: Frame): Promise<void> {
  const question = frame.locator('lms-quiz-question');
  if (await question.getByRole('radio').count()) await question.getByRole('radio').first().check();
  else if (await question.getByRole('checkbox').count()) await question.getByRole('checkbox').first().check();
  else if (await question.getByRole('textbox').count()) await question.getByRole('textbox').fill('an answer');
  else for (const select of await question.getByRole('combobox').all()) await select.selectOption({ index: 1 });
}

/** Opens the lesson from the course menu (its link is named by the lesson's title). */
const openLesson = (frame: Frame) => frame.getByRole('navigation', { name: 'Course' }).locator('a[href^="#/lesson"]').first().click();

/** Every view and state: overview, lesson (extra opened, term popover), card back, each question with feedback, results, glossary. */
async function visitEveryView(frame: Frame): Promise<void> {
  await playerReady(frame);
  await openLesson(frame);
  const lesson = frame.locator('lms-lesson-view');
  await lesson.locator('article h1').first().waitFor();
  await lesson.locator('details.lms-extra summary').click();
  await lesson.locator('a.lms-term').first().click();
  await frame.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await openView(frame, 'Flashcards');
  await frame.getByRole('button', { name: 'Show answer' }).click();
  await frame.getByRole('button', { name: /^Good/ }).click();
  await openView(frame, 'Quiz');
  await frame.getByRole('button', { name: 'Start quiz', exact: true }).click();
  for (let question = 0; question < 6; question++) {
    await answerAnything(frame);
    await frame.getByRole('button', { name: 'Check', exact: true }).click();
    await frame.locator('lms-quiz-question .feedback').waitFor();
    await frame.getByRole('button', { name: question === 5 ? 'Submit quiz' : 'Next', exact: true }).click();
  }
  await frame.locator('lms-quiz-results .score').waitFor();
  await openView(frame, 'Key concepts');
  await frame.getByRole('searchbox').or(frame.getByRole('textbox')).first().fill('payload');
  await openView(frame, 'Overview');
  await frame.waitForTimeout(300);
}

describe.each(PACKAGE_FORMATS)('the %s package of a hostile course', (format) => {
  test('runs every view under its CSP: no payload runs, no request leaves the package, no violation', async () => {
    const { context, observed } = await observedContext(format);
    try {
      const frame = await openPlayer(context, format);
      await visitEveryView(frame);
      await openLesson(frame);
      const images = frame.locator('lms-lesson-view .content img');
      await expect.poll(() => images.evaluateAll((list) => list.map((img) => [decodeURIComponent((img as HTMLImageElement).src.split('/').pop()!), (img as HTMLImageElement).naturalWidth]))).toEqual(
        [['cell.png', 1], ...RESERVED_NAMES.map((name) => [name, 1])],
      );
      const ran = await Promise.all(context.pages().flatMap((page) => page.frames()).map((f) => f.evaluate((name) => (window as unknown as Record<string, unknown>)[name] ?? null, XSS_GLOBAL)));
      expect(ran.filter((value) => value !== null)).toEqual([]);
      expect(observed.outsideRequests).toEqual([]);
      expect(observed.violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

const gate = schemaGate();
describe('the hostile course passes the package checker', () => {
  test.skipIf(gate.missing !== undefined).each(PACKAGE_FORMATS)(`%s has no finding${gate.missing ? ` (skipped: ${gate.missing})` : ''}`, async (format) => {
    const report = await checkPackage(results.find((r) => r.format === format)!.file, { standardsDir: gate.standardsDir! });
    expect(report.findings).toEqual([]);
  });
});
