/**
 * Reproduces the structure of an Articulate Storyline SCORM 2004 export: a launch page that loads
 * the LMS driver, story content under `story_content/`, the player under `html5/`, the manifest's
 * metadata kept in `metadata.xml` and referenced by `adlcp:location`, and the control documents
 * at the root. Its one finding: the SCO does not set its status by content (a suggestion).
 */
import { at, controlDocuments, fileElements, SCORM2004_NAMESPACES, media, type CorpusCase } from './corpus-case.ts';

const CONTENT = [
  'index_lms.html',
  'story.html',
  'meta.xml',
  'lms/scormdriver.js',
  'lms/goodbye.html',
  'html5/lib/scripts/bootstrapper.min.js',
  'html5/data/css/output.min.css',
  'html5/data/fonts/open-sans.woff',
  'story_content/user.js',
  'story_content/slides/6aBcD.js',
  'story_content/media/image1.jpg',
  'story_content/media/narration1.mp3',
];

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="Storyline_Course_ID" version="1.0"
  ${SCORM2004_NAMESPACES}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <adlcp:location>metadata.xml</adlcp:location>
  </metadata>
  <organizations default="Storyline_Org">
    <organization identifier="Storyline_Org">
      <title>Workplace Safety</title>
      <item identifier="Storyline_Item" identifierref="Storyline_Resource" isvisible="true">
        <title>Workplace Safety</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="Storyline_Resource" type="webcontent" adlcp:scormType="sco" href="index_lms.html">
${fileElements(CONTENT)}
    </resource>
  </resources>
</manifest>
`;

const SCORM_DRIVER = `var objAPI = null;
function SCORM2004_GrabAPI() {
  var win = window, tries = 0;
  while (win && !win.API_1484_11 && tries++ < 500) win = win.parent === win ? win.opener : win.parent;
  return win ? win.API_1484_11 : null;
}
function SCORM2004_Initialize() { objAPI = SCORM2004_GrabAPI(); return objAPI && objAPI.Initialize("") === "true"; }
function SCORM2004_Finish() { return objAPI.Terminate("") === "true"; }
var NS_SVG = "http://www.w3.org/2000/svg";
`;

export const storylineLike: CorpusCase = {
  name: 'storyline-like',
  about: 'Storyline-like SCORM 2004: metadata.xml by adlcp:location, story_content/, control documents at the root',
  standard: 'scorm2004',
  entries: async () => [
    { name: 'imsmanifest.xml', data: MANIFEST },
    { name: 'metadata.xml', data: '<?xml version="1.0"?>\n<lom xmlns="http://ltsc.ieee.org/xsd/LOM"><general><title><string language="en-US">Workplace Safety</string></title></general></lom>\n' },
    ...(await controlDocuments('scorm2004')),
    { name: 'index_lms.html', data: '<!DOCTYPE html>\n<html><head><script src="lms/scormdriver.js"></script></head>\n<body onload="SCORM2004_Initialize()"><iframe src="story.html"></iframe></body></html>\n' },
    { name: 'story.html', data: '<!DOCTYPE html>\n<html><head>\n<link rel="stylesheet" href="html5/data/css/output.min.css">\n<script src="html5/lib/scripts/bootstrapper.min.js"></script>\n</head><body><div id="app"></div></body></html>\n' },
    { name: 'meta.xml', data: '<?xml version="1.0"?>\n<meta><project title="Workplace Safety"/></meta>\n' },
    { name: 'lms/scormdriver.js', data: SCORM_DRIVER },
    { name: 'lms/goodbye.html', data: '<!DOCTYPE html>\n<p>You may now close this window.</p>\n' },
    { name: 'html5/lib/scripts/bootstrapper.min.js', data: '!function(){var e=new URL("https://a@b");var t="http://www.w3.org/1999/xlink";window.DS={load:function(n){var s=document.createElement("script");s.src="story_content/slides/"+n+".js";document.head.appendChild(s)}}}();\n' },
    { name: 'html5/data/css/output.min.css', data: '@font-face{font-family:"Open Sans";src:url(../fonts/open-sans.woff) format("woff")}body{margin:0}/* url(https://commented.example/x.png) */\n' },
    { name: 'html5/data/fonts/open-sans.woff', data: media(1) },
    { name: 'story_content/user.js', data: 'function ExecuteScript(strId) { switch (strId) { default: break; } }\n' },
    { name: 'story_content/slides/6aBcD.js', data: 'window.globalProvideData("slide", "{\\"id\\":\\"6aBcD\\",\\"title\\":\\"Introduction\\"}");\n' },
    { name: 'story_content/media/image1.jpg', data: media(2) },
    { name: 'story_content/media/narration1.mp3', data: media(3) },
  ],
  expected: [['status-not-set-by-content', at('imsmanifest.xml', MANIFEST, '<item identifier="Storyline_Item"')]],
  verdict: 'imports into Moodle, Canvas and SCORM Cloud; 1 suggestion',
};
