/**
 * The test side of the test LMS: launches a SCO in the harness page with playwright-core and
 * reads back what the LMS saw. One {@link LmsSession} per launch; a page can be reused for
 * several launches (a relaunch is a new launch on the same page).
 *
 * Every call and every stored snapshot is mirrored from the page to this process as it happens
 * (a Playwright binding), so what the SCO does while its page is being closed or navigated away
 * (its `pagehide` handler) is still recorded after the page is gone.
 * @packageDocumentation
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { ApiCall, ApiCallKind, CmiData, LaunchConfig, ManifestDefaults, MirrorMessage, RefuseOptions } from './launch-data.ts';
import type { LmsControl } from './lms-page.ts';
import type { LaunchLog, LmsHarness } from './server.ts';

/** One launch of a SCO in the test LMS. */
export class LmsSession {
  readonly callLog: ApiCall[] = [];
  private storedData: CmiData | undefined;
  private storedCount = 0;
  private popup: Page | undefined;

  constructor(
    readonly page: Page,
    readonly id: string,
    readonly config: LaunchConfig,
    private readonly harness: LmsHarness,
  ) {}

  /** @internal Receives mirrored records. */
  receive(message: MirrorMessage): void {
    if (message.type === 'call') this.callLog[message.call.seq] = message.call;
    else {
      this.storedData = message.data;
      this.storedCount = message.commits;
    }
  }

  /** @internal */
  setPopup(page: Page): void {
    this.popup = page;
  }

  /** Whether the LMS page still shows this launch. */
  private async pageIsLive(): Promise<boolean> {
    if (this.page.isClosed()) return false;
    try {
      return await this.page.evaluate((id) => window.lms?.launchId === id, this.id);
    } catch {
      return false;
    }
  }

  /**
   * Waits until every record the page holds has arrived here. Once the page is gone, merges in
   * what its beacons brought the server (the binding drops what a page sends while unloading),
   * waiting until no more arrive.
   */
  async sync(): Promise<void> {
    if (await this.pageIsLive()) {
      for (let round = 0; round < 100; round++) {
        const count = await this.page.evaluate(() => window.lms?.calls.length ?? 0).catch(() => 0);
        if (this.callLog.filter(Boolean).length >= count) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error('test LMS: the mirrored call log did not catch up with the page');
    }
    let previous = -1;
    for (let round = 0; round < 20; round++) {
      const log = (await (await fetch(`${this.harness.origin}/log/${this.id}`)).json()) as LaunchLog;
      log.calls.forEach((call) => {
        if (call && !this.callLog[call.seq]) this.callLog[call.seq] = call;
      });
      if (log.stored && log.commits > this.storedCount) {
        this.storedData = log.stored;
        this.storedCount = log.commits;
      }
      const size = log.calls.filter(Boolean).length + log.commits;
      if (size === previous && this.callLog.filter(Boolean).length === this.callLog.length) return;
      previous = size;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Every call so far, in order. */
  async calls(): Promise<ApiCall[]> {
    await this.sync();
    return this.callLog.filter(Boolean);
  }

  /** The calls of one kind. */
  async callsOf(kind: ApiCallKind): Promise<ApiCall[]> {
    return (await this.calls()).filter((call) => call.kind === kind);
  }

  /** Every SetValue as `[element, value]`, refused ones included: what the strict validator checks. */
  async setValues(): Promise<[string, string][]> {
    return (await this.callsOf('set')).map((call) => [call.element ?? '', call.value ?? '']);
  }

  /** The data model as of the last successful Commit/Finish: what the LMS has stored ({} before any). */
  async stored(): Promise<CmiData> {
    await this.sync();
    return { ...this.storedData };
  }

  /** How many Commit/Finish calls the LMS accepted. */
  async storedCommits(): Promise<number> {
    await this.sync();
    return this.storedCount;
  }

  /** The runtime's current data model, stored or not (the page must still be open). */
  live(): Promise<CmiData> {
    return this.page.evaluate(() => (window.lms as LmsControl).live());
  }

  /** Makes the LMS refuse calls from now on. */
  async refuse(options: RefuseOptions): Promise<void> {
    await this.page.evaluate((value) => window.lms?.refuse(value), options);
  }

  /** Makes the LMS accept calls again. */
  async recover(): Promise<void> {
    await this.page.evaluate(() => window.lms?.recover());
  }

  /** Waits until a recorded call satisfies `predicate`, and returns it. */
  async waitForCall(predicate: (call: ApiCall) => boolean, options: { timeout?: number; what?: string } = {}): Promise<ApiCall> {
    const deadline = Date.now() + (options.timeout ?? 10_000);
    for (;;) {
      const found = (await this.calls()).find(predicate);
      if (found) return found;
      if (Date.now() > deadline) {
        const recent = (await this.calls()).filter((call) => call.kind !== 'error' && call.kind !== 'get').slice(-8);
        throw new Error(
          `test LMS: timed out waiting for ${options.what ?? 'a call'}; last calls: ${recent.map((call) => `${call.method}(${call.element ?? ''}${call.value !== undefined ? `, ${JSON.stringify(call.value.slice(0, 60))}` : ''}) → ${call.result}/${call.errorCode}`).join('; ') || 'none'}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The frame the SCO runs in (waits for it to appear). */
  async sco(): Promise<Frame> {
    if ((this.config.display ?? 'iframe') === 'popup') {
      if (!this.popup) throw new Error('test LMS: the popup has not been opened (call openPopup first)');
      return this.popup.mainFrame();
    }
    const path = new URL(this.config.launchPath, 'http://x').pathname;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const frame = this.page.frames().find((candidate) => new URL(candidate.url(), 'http://x').pathname === path);
      if (frame) return frame;
      if (Date.now() > deadline) throw new Error(`test LMS: no frame at ${path}; frames: ${this.page.frames().map((f) => f.url()).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** For `display: 'popup'`: clicks the LMS page's button that opens the SCO window. */
  async openPopup(): Promise<Page> {
    const [popup] = await Promise.all([this.page.waitForEvent('popup'), this.page.getByRole('button', { name: 'Open the course' }).click()]);
    this.setPopup(popup);
    await popup.waitForLoadState('domcontentloaded');
    return popup;
  }
}

const sessionsByPage = new WeakMap<Page, Map<string, LmsSession>>();

async function mirrorTarget(page: Page): Promise<Map<string, LmsSession>> {
  let sessions = sessionsByPage.get(page);
  if (sessions) return sessions;
  sessions = new Map();
  sessionsByPage.set(page, sessions);
  const known = sessions;
  await page.exposeBinding('__lmsMirror', (_source, message: MirrorMessage) => {
    known.get(message.launch)?.receive(message);
  });
  return sessions;
}

/** Options of {@link launchSco}. */
export interface LaunchScoOptions {
  /** Reuse this page (a relaunch); a new page in `context` otherwise. */
  page?: Page;
  /** The package's manifest facts, kept with the launch (the preview's Relaunch button uses them). */
  manifest?: ManifestDefaults;
}

/**
 * Opens the LMS page for `config` and waits until the runtime is attached (before the SCO
 * starts looking for it).
 */
export async function launchSco(context: BrowserContext, harness: LmsHarness, config: LaunchConfig, options: LaunchScoOptions = {}): Promise<LmsSession> {
  const page = options.page ?? (await context.newPage());
  const sessions = await mirrorTarget(page);
  const { id, url } = harness.launchUrl({ ...config, ...(options.manifest ? { manifest: options.manifest } : {}) });
  const session = new LmsSession(page, id, config, harness);
  sessions.set(id, session);
  await page.goto(url);
  await page.waitForFunction((launch) => window.lms?.launchId === launch, id);
  return session;
}
