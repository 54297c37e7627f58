/**
 * Reproduces the structure of an iSpring SCORM 1.2 export: the launch page under `res/`, the
 * player and slides under `res/data/`, every file listed, a mastery score, and the control
 * documents at the root. Its page loads Google Fonts twice (a `<link>` and a CSS `@import`): the
 * requests fail offline and tell Google who is learning — two warnings.
 */
import { at, controlDocuments, type CorpusCase, fileElements, media, SCORM12_NAMESPACES } from './corpus-case.ts';

const FILES = ['res/index.html', 'res/data/player.js', 'res/data/skin.css', 'res/data/slide1.js', 'res/data/img1.png'];

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="iSpring_5F3A" version="1.0" ${SCORM12_NAMESPACES}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ispring_org">
    <organization identifier="ispring_org">
      <title>Onboarding Quiz</title>
      <item identifier="ispring_item" identifierref="ispring_res" isvisible="true">
        <title>Onboarding Quiz</title>
        <adlcp:masteryscore>80</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="ispring_res" type="webcontent" adlcp:scormtype="sco" href="res/index.html">
${fileElements(FILES)}
    </resource>
  </resources>
</manifest>
`;

const INDEX = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Onboarding Quiz</title>
<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Open+Sans:400,700">
<link rel="stylesheet" href="data/skin.css">
<script src="data/player.js"></script>
</head><body><div id="player"></div></body></html>
`;

const SKIN = `@import url("https://fonts.googleapis.com/css2?family=Roboto:wght@400");
.player{font-family:Roboto,"Open Sans",sans-serif;background:url(img1.png)}
`;

const PLAYER = `(function(w){var a=null;function f(x){for(var i=0;x&&!x.API&&i<10;i++)x=x.parent;return x&&x.API}
w.ispring={start:function(){a=f(w)||f(w.opener);a&&a.LMSInitialize("")},finish:function(){a&&a.LMSFinish("")}};
var svg="http://www.w3.org/2000/svg",u=new URL("https://a@b").username;})(window);
`;

export const ispringLike: CorpusCase = {
  name: 'ispring-like',
  about: 'iSpring-like SCORM 1.2: res/ launch page, every file listed, Google Fonts by <link> and @import',
  standard: 'scorm12',
  entries: async () => [
    { name: 'imsmanifest.xml', data: MANIFEST },
    ...(await controlDocuments('scorm12')),
    { name: 'res/index.html', data: INDEX },
    { name: 'res/data/player.js', data: PLAYER },
    { name: 'res/data/skin.css', data: SKIN },
    { name: 'res/data/slide1.js', data: 'ispring.slide({"id":1,"title":"Welcome"});\n' },
    { name: 'res/data/img1.png', data: media(31) },
  ],
  expected: [
    ['outside-url', at('res/index.html', INDEX, 'fonts.googleapis.com')],
    ['outside-url', at('res/data/skin.css', SKIN, '@import')],
  ],
  verdict: 'imports into Moodle, Canvas and SCORM Cloud; 2 warnings',
};
