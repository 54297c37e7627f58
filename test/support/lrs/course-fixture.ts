/**
 * What the xAPI and cmi5 end-to-end tests share per test file: the seed course's packages built
 * once as `npm run build` builds them, served unzipped on 127.0.0.1 (by the test LMS's package
 * server, a different origin from the LRS, as in production), the test LRS, and Chromium.
 * @packageDocumentation
 */
import { chromium, type Browser } from 'playwright-core';
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
