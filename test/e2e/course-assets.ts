/**
 * The built player (test/e2e/built-player.ts) is the app alone; in a package the course's
 * `assets/` folder sits beside index.html. This serves that folder from the course on disk, so
 * lesson images load as they do in the package.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.gif': 'image/gif', '.webp': 'image/webp', '.pdf': 'application/pdf' };

export async function serveCourseAssets(context: BrowserContext, baseUrl: string, courseDir: string): Promise<void> {
  await context.route(`${baseUrl}assets/**`, async (route) => {
    const relative = decodeURIComponent(new URL(route.request().url()).pathname).replace(/^\/+/, '');
    const file = path.resolve(courseDir, relative);
    if (!file.startsWith(path.resolve(courseDir, 'assets') + path.sep)) return route.fulfill({ status: 404 });
    try {
      await route.fulfill({ body: await readFile(file), contentType: TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
}
