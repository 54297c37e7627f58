/**
 * Reproduces a hand-written cmi5 course as found in public repositories: a cmi5.xml typed by
 * hand with `launchMethod` written as an element where the schema has an attribute, a launch
 * page that reads its launch parameters, and its own small xAPI client. cmi5 LMSs reject a course
 * structure the schema rejects, so the package will be rejected.
 */
import { type CorpusCase } from './corpus-case.ts';

const CMI5 = `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="https://courses.example.edu/xapi/intro-statistics">
    <title><langstring lang="en">Intro to Statistics</langstring></title>
    <description><langstring lang="en">Means, medians and modes.</langstring></description>
  </course>
  <au id="https://courses.example.edu/xapi/intro-statistics/au1" moveOn="CompletedOrPassed">
    <title><langstring lang="en">Lesson 1</langstring></title>
    <description><langstring lang="en">Averages.</langstring></description>
    <launchMethod>OwnWindow</launchMethod>
    <url>index.html</url>
  </au>
</courseStructure>
`;

export const handwrittenCmi5: CorpusCase = {
  name: 'handwritten-cmi5',
  about: 'hand-written cmi5: an element where the schema has an attribute',
  standard: 'cmi5',
  entries: async () => [
    { name: 'cmi5.xml', data: CMI5 },
    { name: 'index.html', data: '<!doctype html>\n<html><head><script src="js/cmi5-client.js"></script></head>\n<body><script>\nconst params = new URLSearchParams(location.search);\nstart(params.get("endpoint"), params.get("fetch"));\n</script></body></html>\n' },
    { name: 'js/cmi5-client.js', data: 'async function start(endpoint, fetchUrl) {\n  const token = await (await fetch(fetchUrl, { method: "POST" })).json();\n  return fetch(endpoint + "statements", { headers: { Authorization: "Basic " + token["auth-token"] } });\n}\n' },
  ],
  expected: [['cmi5-schema-invalid', `cmi5.xml:${CMI5.split('\n').findIndex((line) => line.includes('<launchMethod>')) + 1}`]],
  verdict: 'will be rejected or will not work: 1 error (cmi5-schema-invalid)',
};
