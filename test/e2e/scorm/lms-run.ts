/**
 * The test LMS with a browser, for end-to-end files that launch several packages: serves each
 * unzipped package under a name, launches it as Moodle does and leaves it with the Exit button.
 */
import { chromium, type Browser, type BrowserContext, type Frame } from 'playwright-core';
import type { UnzippedPackage } from '../../support/lms-harness/course-packages.ts';
import type { ApiCall, CmiData } from '../../support/lms-harness/launch-data.ts';
import { launchSco, type LmsSession } from '../../support/lms-harness/lms-session.ts';
import { startLmsHarness, type LmsHarness } from '../../support/lms-harness/server.ts';
import { CHROMIUM_ARGS } from '../built-player.ts';
import { exitCourse, playerReady } from './learner.ts';

/** A launched package: the LMS session and the player's frame. */
export interface Launched {
  session: LmsSession;
  frame: Frame;
}

/** What a session left: the data model the LMS holds and every call the SCO made. */
export interface Left {
  stored: CmiData;
  calls: ApiCall[];
}

export class LmsRun {
  private constructor(
    private readonly harness: LmsHarness,
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    private readonly packages: Record<string, UnzippedPackage>,
  ) {}

  /** Serves `packages` (name → unzipped package) and opens a 1280 × 900 browser context. */
  static async start(packages: Record<string, UnzippedPackage>): Promise<LmsRun> {
    const dirs = Object.fromEntries(Object.entries(packages).map(([name, pkg]) => [name, pkg.dir]));
    const harness = await startLmsHarness({ packages: dirs });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    return new LmsRun(harness, browser, context, packages);
  }

  /** Launches the package served as `name` with the LMS's launch data and waits for the player. */
  async launch(name: string, initial: CmiData): Promise<Launched> {
    const pkg = this.packages[name];
    if (!pkg) throw new Error(`no package served as ${name}`);
    const version = pkg.manifest.version;
    const session = await launchSco(this.context, this.harness, { version, launchPath: `/package/${name}/${pkg.launch}`, initial, title: name }, { manifest: pkg.manifest });
    const frame = await session.sco();
    await playerReady(frame);
    return { session, frame };
  }

  /** Presses Exit, waits for the finish, and returns what the LMS holds and every call. */
  async leave({ session, frame }: Launched): Promise<Left> {
    await exitCourse(frame);
    await session.waitForCall((call) => call.kind === 'finish', { what: 'the finish after Exit' });
    const left = { stored: await session.stored(), calls: await session.calls() };
    await session.page.close();
    return left;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.harness.close();
  }
}
