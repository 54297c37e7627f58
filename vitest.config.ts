/**
 * Two test projects: `node` for the build side (loader, manifests, packages, checker, and
 * end-to-end tests that drive Chromium through playwright-core), and `browser` for component
 * tests that run inside real Chromium (Debian's, at /usr/bin/chromium) through Vitest's
 * browser mode.
 */
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { lmspackCoursePlugin } from './build-scripts/vite-course-plugin.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  test: {
    // The JSON report feeds the one-line summary that .ci/run prints (build-scripts/test-summary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/test-results.json' },
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [lmspackCoursePlugin({ courseDir: 'course' })],
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: CHROMIUM,
                // The machine has no outside network: without these flags Chromium keeps
                // trying to reach Google's services and floods the log with refused connections.
                args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
