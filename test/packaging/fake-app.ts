/**
 * A tiny stand-in for the player's Vite build: index.html, hashed assets, one dynamic chunk per
 * tracker (xAPI and cmi5 sharing one), a source map and `.vite/manifest.json`.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Files of the fake build, zip path → contents. */
export const FAKE_APP_FILES: Record<string, string> = {
  'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Course</title>
    <script type="module" crossorigin src="./assets/index-a1b2c3.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-d4e5f6.css">
  </head>
  <body><lms-player></lms-player><a href="https://example.org/more">More reading</a></body>
</html>
`,
  // Strings that name outside URLs without fetching them: the checker must leave them alone.
  'assets/index-a1b2c3.js': `const SVG="http://www.w3.org/2000/svg";const VERB="http://adlnet.gov/expapi/verbs/answered";
const lesson='<p>See <a href="https://example.org/source">the source</a>.</p><img src="./assets/diagram.svg" alt="">';
const load={scorm12:()=>import("./scorm12-111.js"),scorm2004:()=>import("./scorm2004-222.js"),xapi:()=>import("./xapi-333.js"),cmi5:()=>import("./cmi5-444.js"),standalone:()=>import("./standalone-666.js")};
export{SVG,VERB,lesson,load};
${'//#'} sourceMappingURL=index-a1b2c3.js.map
`,
  'assets/index-a1b2c3.js.map': '{"version":3,"sources":[],"mappings":""}',
  'assets/index-d4e5f6.css': 'body{margin:0;background:url(./bg-777.png)}\n',
  'assets/bg-777.png': 'not really a png',
  'assets/scorm12-111.js': 'export const tracker="scorm12";\n',
  'assets/scorm2004-222.js': 'export const tracker="scorm2004";\n',
  'assets/xapi-333.js': 'import{lrs}from"./lrs-555.js";export const tracker="xapi"+lrs;\n',
  'assets/cmi5-444.js': 'import{lrs}from"./lrs-555.js";export const tracker="cmi5"+lrs;\n',
  'assets/lrs-555.js': 'export const lrs="lrs";\n',
  'assets/standalone-666.js': 'export const tracker="standalone";\n',
  '.vite/manifest.json': JSON.stringify(
    {
      'index.html': {
        file: 'assets/index-a1b2c3.js',
        name: 'index',
        src: 'index.html',
        isEntry: true,
        css: ['assets/index-d4e5f6.css'],
        assets: ['assets/bg-777.png'],
        dynamicImports: ['tracking/scorm12.ts', 'tracking/scorm2004.ts', 'tracking/xapi.ts', 'tracking/cmi5.ts', 'tracking/standalone.ts'],
      },
      'tracking/scorm12.ts': { file: 'assets/scorm12-111.js', src: 'tracking/scorm12.ts', isDynamicEntry: true },
      'tracking/scorm2004.ts': { file: 'assets/scorm2004-222.js', src: 'tracking/scorm2004.ts', isDynamicEntry: true },
      'tracking/xapi.ts': { file: 'assets/xapi-333.js', src: 'tracking/xapi.ts', isDynamicEntry: true, imports: ['_lrs-555.js'] },
      'tracking/cmi5.ts': { file: 'assets/cmi5-444.js', src: 'tracking/cmi5.ts', isDynamicEntry: true, imports: ['_lrs-555.js'] },
      '_lrs-555.js': { file: 'assets/lrs-555.js', name: 'lrs' },
      'tracking/standalone.ts': { file: 'assets/standalone-666.js', src: 'tracking/standalone.ts', isDynamicEntry: true },
    },
    null,
    2,
  ),
};

/** Files every package carries, whatever its format (manifest and course assets aside). */
export const COMMON_APP_FILES = ['assets/bg-777.png', 'assets/index-a1b2c3.js', 'assets/index-d4e5f6.css', 'assets/standalone-666.js', 'index.html'];

/** Writes files under a new temporary folder and returns its path. */
export async function writeTree(files: Record<string, string | Buffer>, prefix = 'lmspack-tree-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  for (const [path, data] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), data);
  }
  return dir;
}

/** Writes the fake player build to a new temporary folder. */
export function writeFakeApp(): Promise<string> {
  return writeTree(FAKE_APP_FILES, 'lmspack-app-');
}
