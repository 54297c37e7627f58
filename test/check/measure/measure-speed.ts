/**
 * Measures the checker on a large package: about 30 MB zipped and 2,000 files (300 scripts of
 * ~60 KB, 100 pages, 100 stylesheets, 1,500 media files), checked three times, each in a fresh
 * child process. Writes the numbers to checker-speed.json beside this file (the README quotes
 * them). The target: under 5 s and 300 MB per check on the 2-core development machine.
 * Usage: npx tsx test/check/measure/measure-speed.ts
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { controlDocuments, fileElements, media } from '../corpus/corpus-case.ts';
import { writeCorpusZip, type ZipEntry } from '../corpus/zip-builder.ts';
import { checkInChild } from './run-child.ts';

function script(index: number): string {
  const parts: string[] = [`/*! chunk ${index} */`];
  for (let fn = 0; parts.join('\n').length < 60_000; fn++) {
    parts.push(
      `function f${index}_${fn}(a,b){var c="label-${index}-${fn}",d={id:"https://example.org/activities/${index}/${fn}",n:${fn * 7 % 113}};` +
        `if(a&&a.length>${fn % 17}){return b.map(function(e){return e+c+d.n})}var u=new URL("https://a@b");return\`tpl \${c} ${fn}\`}`,
    );
  }
  return parts.join('\n');
}

function page(index: number): string {
  const rows = Array.from({ length: 80 }, (_, row) => `<tr><td>${index}.${row}</td><td><img src="../media/m${(index * 80 + row) % 1500}.jpg" alt="row ${row}"></td></tr>`);
  return `<!DOCTYPE html>\n<html><head><link rel="stylesheet" href="../css/s${index}.css"><script src="../js/c${index}.js"></script></head><body><table>\n${rows.join('\n')}\n</table></body></html>\n`;
}

function stylesheet(index: number): string {
  return Array.from({ length: 150 }, (_, rule) => `.c${index}-${rule}{margin:${rule % 9}px;background:url(../media/m${(index + rule) % 1500}.jpg)}`).join('\n');
}

async function largePackage(): Promise<ZipEntry[]> {
  const files: ZipEntry[] = [
    ...Array.from({ length: 300 }, (_, index) => ({ name: `js/c${index}.js`, data: script(index) })),
    ...Array.from({ length: 100 }, (_, index) => ({ name: `pages/p${index}.html`, data: page(index) })),
    ...Array.from({ length: 100 }, (_, index) => ({ name: `css/s${index}.css`, data: stylesheet(index) })),
    ...Array.from({ length: 1500 }, (_, index) => ({ name: `media/m${index}.jpg`, data: media(index + 1, 18_500) })),
  ];
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="large" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Large</title><item identifier="item" identifierref="res"><title>Large</title></item></organization></organizations>
  <resources><resource identifier="res" type="webcontent" adlcp:scormtype="sco" href="pages/p0.html">
${fileElements(files.map((file) => file.name))}
  </resource></resources>
</manifest>
`;
  return [{ name: 'imsmanifest.xml', data: manifest }, ...(await controlDocuments('scorm12')), ...files];
}

// Other processes on the machine slow the wall time; the load average says how busy it was.
const loadBefore = loadavg()[0];
const dir = await mkdtemp(join(tmpdir(), 'lmspack-speed-'));
try {
  const entries = await largePackage();
  const zip = join(dir, 'large.zip');
  await writeCorpusZip(zip, entries);
  const runs = [];
  for (let run = 0; run < 3; run++) {
    const { stdout, measurement } = await checkInChild([zip, '--json']);
    const report = JSON.parse(stdout) as { findings: { code: string }[] };
    runs.push({ ...measurement, findings: report.findings.map((item) => item.code) });
  }
  const result = {
    measuredAt: new Date().toISOString(),
    machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, loadAverageBefore: loadBefore },
    package: { zipBytes: (await stat(zip)).size, files: entries.length },
    target: { ms: 5000, maxRssBytes: 300 * 1024 * 1024 },
    runs,
  };
  const out = fileURLToPath(new URL('./checker-speed.json', import.meta.url));
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  if (!process.env.KEEP) await rm(dir, { recursive: true, force: true });
  else process.stdout.write(`kept ${dir}\n`);
}
