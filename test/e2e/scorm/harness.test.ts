/**
 * The test LMS itself, proven with a tiny hand-written SCO (no lmspack code involved): it
 * records every call in order, stores the data model only on Commit/Finish, preloads launch
 * data the way Moodle does, refuses calls on request, serves the API where discovery must find
 * it, and keeps the calls a SCO makes while its page goes away.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstLaunchData, manifestDefaults, relaunchData, type ManifestDefaults, type ScormVersion } from '../../support/lms-harness/launch-data.ts';
import { launchSco } from '../../support/lms-harness/lms-session.ts';
import { startLmsHarness, type LmsHarness } from '../../support/lms-harness/server.ts';
import { MoodleValidator } from '../../support/moodle-validator.ts';
import { CHROMIUM_ARGS } from '../built-player.ts';

/**
 * A minimal SCO: finds the API (self, parents, opener), initializes, and exposes it as
 * `window.sco` so the test can make calls from inside the SCO's own frame. Finishes on pagehide
 * unless already finished, as a well-behaved SCO does.
 */
const SCO_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tiny SCO</title></head><body>
<h1>Tiny SCO</h1><p id="found">searching</p>
<script>
  const NAME = document.documentElement.dataset.api || new URLSearchParams(location.search).get('api');
  function search(win) {
    for (let hops = 0; win && hops < 10; hops++) {
      try { if (win[NAME]) return win[NAME]; } catch (error) {}
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  }
  const api = search(window) || (window.opener ? search(window.opener) : null);
  const v12 = NAME === 'API';
  const m = v12
    ? { init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit' }
    : { init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit' };
  let finished = false;
  window.sco = {
    api, v12,
    call: (method, ...args) => api[m[method] || method](...args),
    finish: () => { finished = true; return api[m.finish](''); },
  };
  document.getElementById('found').textContent = api ? 'found' : 'not found';
  if (api) api[m.init]('');
  addEventListener('pagehide', () => {
    if (finished || !api) return;
    api[m.set](v12 ? 'cmi.core.exit' : 'cmi.exit', 'suspend');
    window.sco.finish();
  });
</script></body></html>`;

const MANIFEST_12 = `<?xml version="1.0"?><manifest><metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
<organizations><organization><item><adlcp:masteryscore>80</adlcp:masteryscore></item></organization></organizations>
<resources><resource href="index.html?api=API"/></resources></manifest>`;
const MANIFEST_2004 = `<?xml version="1.0"?><manifest><metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
<imsss:objectives><imsss:primaryObjective objectiveID="course.x" satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure></imsss:primaryObjective>
<imsss:objective objectiveID="concept.a" satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure></imsss:objective></imsss:objectives></manifest>`;

let browser: Browser;
let context: BrowserContext;
let harness: LmsHarness;
let scoDir: string;
const manifests: Record<ScormVersion, ManifestDefaults> = { '1.2': manifestDefaults(MANIFEST_12), '2004': manifestDefaults(MANIFEST_2004) };

beforeAll(async () => {
  scoDir = await mkdtemp(path.join(tmpdir(), 'lmspack-tiny-sco-'));
  await writeFile(path.join(scoDir, 'index.html'), SCO_HTML);
  harness = await startLmsHarness({ packages: { tiny: scoDir } });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  if (scoDir) await rm(scoDir, { recursive: true, force: true });
});

const launchPath = (version: ScormVersion) => `/package/tiny/index.html`;
const query = (version: ScormVersion) => (version === '1.2' ? 'API' : 'API_1484_11');

/** Launches the tiny SCO and returns the session and its frame. */
async function launchTiny(version: ScormVersion, initial = firstLaunchData(manifests[version]), extra: { display?: 'iframe' | 'nested' | 'popup' } = {}) {
  const session = await launchSco(context, harness, { version, launchPath: `${launchPath(version)}?api=${query(version)}`, initial, ...extra });
  return session;
}

async function scoFrame(session: Awaited<ReturnType<typeof launchTiny>>): Promise<Frame> {
  const frame = await session.sco();
  await frame.waitForFunction(() => (window as unknown as { sco?: unknown }).sco !== undefined);
  return frame;
}

const call = (frame: Frame, method: string, ...args: string[]) =>
  frame.evaluate(([name, rest]) => String((window as unknown as { sco: { call: (m: string, ...a: string[]) => unknown } }).sco.call(name, ...rest)), [method, args] as const);

describe('the test LMS', () => {
  test('manifest facts are read as Moodle reads them: 1.2 mastery score, 2004 last measure and every objective id', () => {
    expect(manifests['1.2']).toEqual({ version: '1.2', masteryScore: '80', objectiveIds: [] });
    expect(manifests['2004']).toEqual({ version: '2004', scaledPassingScore: '0.8', objectiveIds: ['course.x', 'concept.a'] });
  });

  test('records every call in order with its return value and error code, and stores the data model only on Commit and Finish', async () => {
    const session = await launchTiny('1.2');
    const frame = await scoFrame(session);
    expect(await frame.locator('#found').textContent()).toBe('found');
    expect(await call(frame, 'get', 'cmi.core.entry')).toBe('ab-initio');
    expect(await call(frame, 'set', 'cmi.core.lesson_status', 'incomplete')).toBe('true');
    expect(await call(frame, 'set', 'cmi.core.score.raw', '150')).toBe('false');
    expect(await session.stored()).toEqual({});
    expect(await call(frame, 'commit', '')).toBe('true');
    expect((await session.stored())['cmi.core.lesson_status']).toBe('incomplete');
    expect(await call(frame, 'set', 'cmi.core.lesson_location', '/quiz')).toBe('true');
    // Set but not committed: the LMS has not stored it.
    expect((await session.stored())['cmi.core.lesson_location']).toBe('');
    expect((await session.live())['cmi.core.lesson_location']).toBe('/quiz');

    const calls = (await session.calls()).filter((entry) => entry.kind !== 'error');
    expect(calls.map((entry) => [entry.method, entry.element ?? '', entry.value ?? null, entry.result, entry.errorCode])).toEqual([
      ['LMSInitialize', '', null, 'true', '0'],
      ['LMSGetValue', 'cmi.core.entry', null, 'ab-initio', '0'],
      ['LMSSetValue', 'cmi.core.lesson_status', 'incomplete', 'true', '0'],
      ['LMSSetValue', 'cmi.core.score.raw', '150', 'false', '405'],
      ['LMSCommit', '', null, 'true', '0'],
      ['LMSSetValue', 'cmi.core.lesson_location', '/quiz', 'true', '0'],
    ]);
    expect(calls.map((entry) => entry.seq)).toEqual([...calls.map((entry) => entry.seq)].sort((a, b) => a - b));
    await session.page.close();
  });

  test('judges a 1.2 status from the manifest mastery score at LMSFinish, as Moodle does', async () => {
    const session = await launchTiny('1.2');
    const frame = await scoFrame(session);
    await call(frame, 'set', 'cmi.core.lesson_status', 'incomplete');
    await call(frame, 'set', 'cmi.core.score.raw', '62.5');
    await frame.evaluate(() => (window as unknown as { sco: { finish: () => unknown } }).sco.finish());
    const stored = await session.stored();
    expect(stored['cmi.core.lesson_status']).toBe('failed');
    expect(stored['cmi.core.score.raw']).toBe('62.5');
    await session.page.close();
  });

  test('refuses SetValue and Commit with each version\'s error code while told to, then accepts them again', async () => {
    for (const version of ['1.2', '2004'] as const) {
      const session = await launchTiny(version);
      const frame = await scoFrame(session);
      const location = version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';
      await session.refuse({ setValue: true, commit: true });
      expect(await call(frame, 'set', location, '/lesson')).toBe('false');
      expect(await call(frame, version === '1.2' ? 'LMSGetLastError' : 'GetLastError')).toBe(version === '1.2' ? '101' : '351');
      expect(await call(frame, 'commit', '')).toBe('false');
      expect(await call(frame, version === '1.2' ? 'LMSGetLastError' : 'GetLastError')).toBe(version === '1.2' ? '101' : '391');
      expect((await session.live())[location]).toBe('');
      expect(await session.storedCommits()).toBe(0);
      await session.recover();
      expect(await call(frame, 'set', location, '/lesson')).toBe('true');
      expect(await call(frame, 'commit', '')).toBe('true');
      expect((await session.stored())[location]).toBe('/lesson');
      const refused = (await session.calls()).filter((entry) => entry.refused).map((entry) => entry.kind);
      expect(refused).toEqual(['set', 'commit']);
      await session.page.close();
    }
  });

  test('a 2004 relaunch after a suspend exit reloads the stored data with entry resume; after a normal exit it starts blank', async () => {
    const first = await launchTiny('2004', firstLaunchData(manifests['2004'], { preloadObjectives: true }));
    let frame = await scoFrame(first);
    expect(await call(frame, 'get', 'cmi.scaled_passing_score')).toBe('0.8');
    expect(await call(frame, 'get', 'cmi.objectives.1.id')).toBe('concept.a');
    await call(frame, 'set', 'cmi.location', '/quiz');
    await call(frame, 'set', 'cmi.suspend_data', 'LP1.state');
    await call(frame, 'set', 'cmi.exit', 'suspend');
    await frame.evaluate(() => (window as unknown as { sco: { finish: () => unknown } }).sco.finish());
    const stored = await first.stored();
    expect(stored['cmi.exit']).toBe('suspend');

    const second = await launchTiny('2004', relaunchData(manifests['2004'], stored), {});
    frame = await scoFrame(second);
    expect(await call(frame, 'get', 'cmi.entry')).toBe('resume');
    expect(await call(frame, 'get', 'cmi.location')).toBe('/quiz');
    expect(await call(frame, 'get', 'cmi.suspend_data')).toBe('LP1.state');
    await call(frame, 'set', 'cmi.exit', 'normal');
    await frame.evaluate(() => (window as unknown as { sco: { finish: () => unknown } }).sco.finish());

    const third = await launchTiny('2004', relaunchData(manifests['2004'], await second.stored()));
    frame = await scoFrame(third);
    expect(await call(frame, 'get', 'cmi.entry')).toBe('ab-initio');
    expect(await call(frame, 'get', 'cmi.location')).toBe('');
    for (const session of [first, second, third]) await session.page.close();
  });

  test('a 1.2 relaunch reloads every stored element, with entry resume only after a suspend exit', async () => {
    const first = await launchTiny('1.2');
    const frame = await scoFrame(first);
    await call(frame, 'set', 'cmi.core.lesson_status', 'incomplete');
    await call(frame, 'set', 'cmi.interactions.0.id', 'q1');
    await call(frame, 'set', 'cmi.interactions.0.result', 'wrong');
    await call(frame, 'set', 'cmi.core.exit', '');
    await frame.evaluate(() => (window as unknown as { sco: { finish: () => unknown } }).sco.finish());
    const data = relaunchData(manifests['1.2'], await first.stored());
    expect(data).toMatchObject({ 'cmi.core.entry': '', 'cmi.core.lesson_status': 'incomplete', 'cmi.interactions.0.id': 'q1', 'cmi.student_data.mastery_score': '80' });
    const second = await launchTiny('1.2', data);
    const again = await scoFrame(second);
    expect(await call(again, 'get', 'cmi.interactions._count')).toBe('1');
    for (const session of [first, second]) await session.page.close();
  });

  test('puts the API where discovery must find it: two frames up, and in the opener of a popup', async () => {
    const nested = await launchTiny('2004', undefined, { display: 'nested' });
    const nestedFrame = await scoFrame(nested);
    expect(nestedFrame.parentFrame()?.parentFrame()).toBe(nested.page.mainFrame());
    expect(await nestedFrame.locator('#found').textContent()).toBe('found');
    expect((await nested.callsOf('initialize')).map((entry) => entry.result)).toEqual(['true']);
    await nested.page.close();

    const popup = await launchTiny('1.2', undefined, { display: 'popup' });
    const opened = await popup.openPopup();
    const popupFrame = await scoFrame(popup);
    expect(popupFrame.page()).toBe(opened);
    expect(await popupFrame.locator('#found').textContent()).toBe('found');
    expect((await popup.callsOf('initialize')).map((entry) => entry.result)).toEqual(['true']);
    await opened.close();
    await popup.page.close();
  });

  test('keeps the calls a SCO makes in pagehide when the LMS page navigates away or closes', async () => {
    const navigated = await launchTiny('2004');
    await scoFrame(navigated);
    await navigated.page.goto('about:blank');
    const finish = await navigated.waitForCall((entry) => entry.kind === 'finish', { what: 'Terminate from pagehide' });
    expect(finish.result).toBe('true');
    expect((await navigated.stored())['cmi.exit']).toBe('suspend');
    await navigated.page.close();

    const closed = await launchTiny('1.2');
    await scoFrame(closed);
    await closed.page.close({ runBeforeUnload: true });
    const finished = await closed.waitForCall((entry) => entry.kind === 'finish', { what: 'LMSFinish from pagehide on close' });
    expect(finished.result).toBe('true');
  });

  test('feeds the strict validator the values exactly as sent, so a value scorm-again accepts still fails it', async () => {
    const session = await launchTiny('1.2');
    const frame = await scoFrame(session);
    // scorm-again accepts both; Moodle rejects both (docs/lms-behaviour.md).
    expect(await call(frame, 'set', 'cmi.core.exit', 'normal')).toBe('true');
    expect(await call(frame, 'set', 'cmi.suspend_data', 'x'.repeat(5000))).toBe('true');
    const problems = new MoodleValidator('1.2').setAll(await session.setValues());
    expect(problems.map((problem) => problem.element)).toEqual(['cmi.core.exit', 'cmi.suspend_data']);
    await session.page.close();
  });
});
