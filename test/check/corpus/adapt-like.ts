/**
 * Reproduces the structure of an Adapt framework SCORM 1.2 build: the spoor extension's manifest
 * template lists only `index.html`, while the course is JSON under `course/`, the framework under
 * `adapt/` and `libraries/`, and the bundled JavaScript carries core-js's URL feature tests. LMSs
 * import such packages every day, so the unlisted files are warnings, and the feature tests are
 * no requests at all.
 */
import { controlDocuments, type CorpusCase, media, SCORM12_NAMESPACES } from './corpus-case.ts';

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="adapt_manifest" version="1"
  ${SCORM12_NAMESPACES}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="adapt_org">
    <organization identifier="adapt_org">
      <title>Adapt Version 5 Demonstration</title>
      <item identifier="item_1" isvisible="true" identifierref="res1">
        <title>Adapt Version 5 Demonstration</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res1" type="webcontent" href="index.html" adlcp:scormtype="sco">
      <file href="index.html"/>
    </resource>
  </resources>
</manifest>
`;

// core-js's es.url feature detection, as bundlers inline it: URLs built only to test the URL parser.
const ADAPT_MIN = `/*! adapt.min.js */
!function(){"use strict";var t=!function(){var t=new URL("b?a=1&b=2&c=3","http://a"),e=t.searchParams;return t.pathname="c%20d",
"http://a/c%20d?a=1&c=3"!==t.href||"a"!==new URL("https://a@b").username||"xn--e1aybc"!==new URL("http://тест").host||
"#%D0%B1"!==new URL("http://a#б").hash||"x"!==new URL("http://x",void 0).host}();
var o=new XMLHttpRequest;o.open("GET","course/config.json");o.send();
var c=".icon{background:url(assets/icons.svg)}";
}();
`;

const SCORM_WRAPPER = `var pipwerks = { SCORM: { API: { handle: null } } };
pipwerks.SCORM.API.find = function (win) { var n = 0; while (!win.API && win.parent && win.parent != win && n++ < 500) win = win.parent; return win.API; };
pipwerks.SCORM.connection = { initialize: function () { return pipwerks.SCORM.API.handle.LMSInitialize(""); }, terminate: function () { return pipwerks.SCORM.API.handle.LMSFinish(""); } };
`;

const FILES: [string, string | Buffer][] = [
  ['index.html', '<!DOCTYPE html>\n<html><head>\n<link rel="stylesheet" href="adapt/css/adapt.css">\n<script src="libraries/modernizr.js"></script>\n<script src="libraries/SCORM_API_wrapper.js"></script>\n<script src="adapt/js/adapt.min.js"></script>\n</head><body></body></html>\n'],
  ['adapt/js/adapt.min.js', ADAPT_MIN],
  ['adapt/css/adapt.css', '.hero{background:url(../../course/en/images/hero.jpg)}.mask{background:url(data:image/png;base64,iVBORw0KGgo=)}\n'],
  ['adapt/css/fonts/vanilla.woff', media(21)],
  ['libraries/modernizr.js', '/*! modernizr */ window.Modernizr = { flexbox: true };\n'],
  ['libraries/SCORM_API_wrapper.js', SCORM_WRAPPER],
  ['course/config.json', '{"_defaultLanguage":"en","_spoor":{"_isEnabled":true}}\n'],
  ['course/en/course.json', '{"_id":"course","title":"Adapt Version 5 Demonstration"}\n'],
  ['course/en/contentObjects.json', '[{"_id":"co-05","_parentId":"course","title":"Presentation Components"}]\n'],
  ['course/en/articles.json', '[{"_id":"a-05","_parentId":"co-05"}]\n'],
  ['course/en/blocks.json', '[{"_id":"b-05","_parentId":"a-05"}]\n'],
  ['course/en/components.json', '[{"_id":"c-05","_parentId":"b-05","_component":"graphic","_graphic":{"large":"course/en/images/hero.jpg"}}]\n'],
  ['course/en/images/hero.jpg', media(22)],
];

export const adaptLike: CorpusCase = {
  name: 'adapt-like',
  about: 'Adapt-like SCORM 1.2: the manifest lists only index.html; the bundle carries core-js URL feature tests',
  standard: 'scorm12',
  entries: async () => [{ name: 'imsmanifest.xml', data: MANIFEST }, ...(await controlDocuments('scorm12')), ...FILES.map(([name, data]) => ({ name, data }))],
  expected: FILES.filter(([name]) => name !== 'index.html').map(([name]) => ['unlisted-file', name]),
  verdict: 'imports into Moodle, Canvas and SCORM Cloud; 12 warnings',
};
