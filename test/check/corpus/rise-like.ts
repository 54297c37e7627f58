/**
 * Reproduces the structure of an Articulate Rise cmi5 export: cmi5.xml at the root, the course
 * under `scormcontent/` with a bundled single-page app, its fonts and images beside it. The
 * bundle reads the cmi5 launch parameters, carries URL feature tests that are not requests, and
 * sends a beacon to a vendor's analytics server — the one finding (a warning: it imports).
 */
import { at, media, type CorpusCase } from './corpus-case.ts';

const CMI5 = `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="https://rise.example.com/courses/fire-safety-3f2a">
    <title><langstring lang="en-US">Fire Safety</langstring></title>
    <description><langstring lang="en-US">What to do when the alarm sounds.</langstring></description>
  </course>
  <au id="https://rise.example.com/courses/fire-safety-3f2a/au" moveOn="Completed" launchMethod="AnyWindow">
    <title><langstring lang="en-US">Fire Safety</langstring></title>
    <description><langstring lang="en-US">What to do when the alarm sounds.</langstring></description>
    <url>scormcontent/index.html</url>
  </au>
</courseStructure>
`;

const BUNDLE = `"use strict";(function(){
var n=function(){try{var t=new URL("b","http://a");return t.pathname="c d","http://a/c%20d"===t.href&&new URL("http://тест").host}catch(e){return!1}}();
var q=new URLSearchParams(window.location.search),endpoint=q.get("endpoint"),fetchUrl=q.get("fetch"),registration=q.get("registration");
function send(s){return fetch(endpoint+"statements",{method:"POST",body:JSON.stringify(s)})}
window.addEventListener("pagehide",function(){navigator.sendBeacon("https://telemetry.rise.example.com/v1/events",JSON.stringify({course:"fire-safety"}))});
var verb="http://adlnet.gov/expapi/verbs/completed";
})();
`;

export const riseLike: CorpusCase = {
  name: 'rise-like',
  about: 'Rise-like cmi5: scormcontent/ single-page app reading launch parameters, with a vendor analytics beacon',
  standard: 'cmi5',
  entries: async () => [
    { name: 'cmi5.xml', data: CMI5 },
    { name: 'scormcontent/index.html', data: '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n<link rel="stylesheet" href="lib/main.bundle.css">\n<script src="lib/main.bundle.js" defer></script></head>\n<body><div id="app"></div></body></html>\n' },
    { name: 'scormcontent/lib/main.bundle.js', data: BUNDLE },
    { name: 'scormcontent/lib/main.bundle.css', data: '@font-face{font-family:Lato;src:url(fonts/lato-regular.woff2) format("woff2")}.hero{background-image:url("../assets/hero.jpg")}\n' },
    { name: 'scormcontent/lib/fonts/lato-regular.woff2', data: media(11) },
    { name: 'scormcontent/assets/hero.jpg', data: media(12) },
  ],
  expected: [['outside-url', at('scormcontent/lib/main.bundle.js', BUNDLE, 'sendBeacon')]],
  verdict: 'imports into cmi5 LMSs (SCORM Cloud; Moodle with a cmi5 plugin); 1 warning',
};
