/**
 * The launch page's shell: the course's title bar, drawn by the page's own HTML and inline style,
 * so the frame shows the course as soon as the HTML arrives instead of staying blank until the
 * player's scripts have loaded and run. The player replaces it when it mounts
 * (`container.replaceChildren` in app/start-player.ts); it is the same for every view, so
 * nothing jumps when a learner resumes in a lesson. The title comes from the page's `<title>`,
 * which the course plugin writes (build-scripts/vite-course-plugin.ts), already escaped.
 * @packageDocumentation
 */
import type { Plugin } from 'vite';

const TITLE = /<title>([^<]*)<\/title>/;
const SHELL_TITLE = /(<p class="shell-title">)(<\/p>)/;

/** Fills the shell's title in index.html with the page's title. */
export function fillAppShell(html: string): string {
  const title = TITLE.exec(html)?.[1] ?? '';
  return html.replace(SHELL_TITLE, (_, open: string, close: string) => `${open}${title}${close}`);
}

export function appShellPlugin(): Plugin {
  return { name: 'lmspack:app-shell', transformIndexHtml: { order: 'post', handler: fillAppShell } };
}
