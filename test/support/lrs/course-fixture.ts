/**
 * What the xAPI and cmi5 end-to-end tests share per test file: the seed course's packages built
 * once as `npm run build` builds them, served unzipped on 127.0.0.1 (by the test LMS's package
 * server, a different origin from the LRS, as in production), the test LRS, and Chromium.
 * @packageDocumentation
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { CHROMIUM_ARGS } from '../../e2e/built-player.ts';
import { SEED_COURSE } from '../course-copy.ts';
import { startLmsHarness, type LmsHarness } from '../lms-harness/server.ts';
import { buildLrsPackages, type BuiltLrsPackages, type LrsFormat, type LrsPackage } from './lrs-packages.ts';
import { startTestLrs, type TestLrs } from './test-lrs.ts';

export interface LrsCourseFixture {
  built: BuiltLrsPackages;
  lrs: TestLrs;
  browser: Browser;
  pkg(format: LrsFormat): LrsPackage;
  /** The launch page of a package, without launch parameters. */
  packageUrl(format: LrsFormat): string;
  close(): Promise<void>;
}

export async function startLrsCourse(formats: readonly LrsFormat[], courseDir = SEED_COURSE): Promise<LrsCourseFixture> {
  const built = await buildLrsPackages(courseDir, formats);
  let lrs: TestLrs | undefined;
  let content: LmsHarness | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    await content?.close();
    await lrs?.close();
    await built.cleanup();
  };
  try {
    lrs = await startTestLrs();
    content = await startLmsHarness({ packages: Object.fromEntries(Object.values(built.packages).map((pkg) => [pkg.format, pkg.dir])) });
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const origin = content.origin;
    const pkg = (format: LrsFormat): LrsPackage => {
      const found = built.packages[format];
      if (!found) throw new Error(`no ${format} package was built`);
      return found;
    };
    return { built, lrs, browser, pkg, packageUrl: (format) => `${origin}/package/${format}/${pkg(format).launch}`, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The fixture of one test file, with the browser contexts its tests open. */
export interface LrsCourseFile extends Omit<LrsCourseFixture, 'close'> {
  /** A new browser context, closed after the test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * Registers a test file's hooks: the fixture is started before its tests and closed after them;
 * after each test the LRS is healthy again (no faults) and the contexts it opened are closed.
 * `courseDir` gives the course to build (the seed course by default), when the fixture starts.
 */
export function useLrsCourse(formats: readonly LrsFormat[], courseDir: () => Promise<string> = async () => SEED_COURSE): LrsCourseFile {
  let fixture: LrsCourseFixture | undefined;
  const contexts: BrowserContext[] = [];
  const started = (): LrsCourseFixture => {
    if (!fixture) throw new Error('the LRS course fixture has not started (used outside a test?)');
    return fixture;
  };
  beforeAll(async () => {
    fixture = await startLrsCourse(formats, await courseDir());
  }, 180_000);
  afterEach(async () => {
    fixture?.lrs.faults.clear();
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await fixture?.close();
  });
  return {
    get built() {
      return started().built;
    },
    get lrs() {
      return started().lrs;
    },
    get browser() {
      return started().browser;
    },
    pkg: (format) => started().pkg(format),
    packageUrl: (format) => started().packageUrl(format),
    async newContext(options = {}) {
      const context = await started().browser.newContext(options);
      contexts.push(context);
      return context;
    },
  };
}
