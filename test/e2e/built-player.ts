/**
 * Builds the player with Vite into a temporary folder, serves it on 127.0.0.1 and launches
 * Debian's Chromium through playwright-core: the real package, as a learner's browser gets it.
 * Used by the end-to-end tests and by scripts/screenshots.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { lmspackViteConfig } from '../../vite.config.ts';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface BuiltPlayer {
  /** Base URL of the served app, ending in `/`. */
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds and serves the player of `courseDir`; `shuffleSeed` fixes the quiz's order (screenshots). */
export async function startBuiltPlayer(courseDir = 'course', options: { shuffleSeed?: number } = {}): Promise<BuiltPlayer> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'lmspack-player-'));
  const config = lmspackViteConfig({ courseDir, outDir, ...options });
  await build({ ...config, configFile: false, logLevel: 'warn' });
  const server: PreviewServer = await preview({ ...config, configFile: false, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    url: `http://127.0.0.1:${address.port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
