/**
 * The launch page fetches its tracker beside the player chunk: a real SCORM 1.2 package, served
 * from 127.0.0.1 by a server that holds the player chunk back, in Chromium. Without the
 * preloads (`build-scripts/package/tracker-preload.ts`) nothing can ask for the tracker before
 * the player chunk has arrived and run, because that is where the tracker is chosen.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildCourseZips, extractZip, type BuiltZips } from '../support/lms-harness/course-packages.ts';
import { SEED_COURSE } from '../support/course-copy.ts';
import { CHROMIUM_ARGS } from './built-player.ts';

const HOLD_MS = 600;
let built: BuiltZips;
let dir: string;
let server: Server;
let origin: string;
/** Each request as it arrived, and when the held player chunk was answered (ms since the launch). */
const arrivals: { path: string; at: number }[] = [];
let playerAnsweredAt = Number.NaN;
let launchedAt = 0;

beforeAll(async () => {
  built = await buildCourseZips(SEED_COURSE, ['scorm12']);
  dir = path.join(built.root, 'unzipped');
  await extractZip(built.zips[0]!.file, dir);
  server = createServer((request, response) => {
    const file = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).slice(1) || 'index.html';
    arrivals.push({ path: file, at: Date.now() - launchedAt });
    const send = (): void => {
      readFile(path.join(dir, file)).then(
        (body) => {
          if (/^app\/player-/.test(file)) playerAnsweredAt = Date.now() - launchedAt;
          response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
        },
        () => response.writeHead(404).end(),
      );
    };
    if (/^app\/player-/.test(file)) setTimeout(send, HOLD_MS);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await built?.cleanup();
});

test('the tracker chunks are asked for while the player chunk is still on its way', async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    launchedAt = Date.now();
    await page.goto(`${origin}/index.html`);
    await page.waitForSelector('lms-course-player', { state: 'attached', timeout: 15_000 });
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    const trackerFiles = [...html.matchAll(/<link rel="modulepreload" crossorigin href="\.\/(app\/[^"]+)">/g)].map((match) => match[1]!).filter((file) => !file.startsWith('app/player-'));
    expect(trackerFiles.map((file) => file.replace(/-[\w-]{8}\.js$/, '.js'))).toEqual(['app/scorm12.js', 'app/save-mirror.js', 'app/standalone.js', 'app/scorm-tracker.js']);
    for (const file of trackerFiles) {
      const arrival = arrivals.find((request) => request.path === file);
      expect(arrival, file).toBeDefined();
      expect(arrival!.at, `${file} asked for at ${arrival!.at} ms, the player chunk answered at ${playerAnsweredAt} ms`).toBeLessThan(playerAnsweredAt);
    }
    // Each file is fetched once: the preload is the request the tracker's import then uses.
    for (const file of trackerFiles) expect(arrivals.filter((request) => request.path === file).length, file).toBe(1);
  } finally {
    await browser.close();
  }
}, 60_000);
