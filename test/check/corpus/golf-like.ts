/**
 * Reproduces the structure of Rustici's "golf" sample course in its SCORM 2004 3rd Edition
 * multi-SCO form: several SCOs launched through one shared page with a query string, a shared
 * asset resource they reach by `<dependency>`, sequencing with a measured primary objective on
 * the test and reporting objectives (no measure) beside it. The one finding: the edition.
 */
import { at, controlDocuments, fileElements, SCORM2004_NAMESPACES, type CorpusCase } from './corpus-case.ts';

const SCOS = ['Playing', 'Etiquette', 'Handicapping', 'HavingFun'];
const SHARED = ['shared/launchpage.html', 'shared/scormfunctions.js', 'shared/contentfunctions.js', 'shared/style.css', 'shared/background.jpg'];
const PAGES = SCOS.flatMap((sco) => [`${sco}/${sco}.html`, `${sco}/${sco.toLowerCase()}.jpg`]);

function item(sco: string): string {
  return `      <item identifier="item_${sco}" identifierref="resource_${sco}">
        <title>${sco}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${sco}_satisfied" satisfiedByMeasure="false"/>
            <imsss:objective objectiveID="${sco}_reviewed"/>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>`;
}

function resource(sco: string): string {
  return `    <resource identifier="resource_${sco}" type="webcontent" adlcp:scormType="sco" href="shared/launchpage.html?content=${sco.toLowerCase()}">
${fileElements([`${sco}/${sco}.html`, `${sco}/${sco.toLowerCase()}.jpg`])}
      <dependency identifierref="common_files"/>
    </resource>`;
}

const MANIFEST = `<?xml version="1.0" standalone="no" ?>
<manifest identifier="com.scorm.golfsamples.sequencing.multisco.20043rd" version="1"
  ${SCORM2004_NAMESPACES}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 3rd Edition</schemaversion>
  </metadata>
  <organizations default="golf_sample_default_org">
    <organization identifier="golf_sample_default_org" adlseq:objectivesGlobalToSystem="false">
      <title>Golf Explained - Sequencing Multi-SCO</title>
${SCOS.map(item).join('\n')}
      <item identifier="item_test" identifierref="resource_test">
        <title>Knowledge Check</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="test_passed" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
            <imsss:objective objectiveID="test_attempted"/>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
${SCOS.map(resource).join('\n')}
    <resource identifier="resource_test" type="webcontent" adlcp:scormType="sco" href="shared/launchpage.html?content=assessment">
${fileElements(['assessment/questions.js'])}
      <dependency identifierref="common_files"/>
    </resource>
    <resource identifier="common_files" type="webcontent" adlcp:scormType="asset">
${fileElements(SHARED)}
    </resource>
  </resources>
</manifest>
`;

const SCORM_FUNCTIONS = `var scormAPI = null;
function ScanForAPI(win) { var n = 0; while (win.API_1484_11 == null && win.parent != null && win.parent != win && n++ < 500) win = win.parent; return win.API_1484_11; }
function ScormProcessInitialize() { scormAPI = ScanForAPI(window) || ScanForAPI(window.opener); return scormAPI.Initialize(""); }
function ScormProcessTerminate() { return scormAPI.Terminate(""); }
`;

export const golfLike: CorpusCase = {
  name: 'golf-like',
  about: 'Rustici-golf-like multi-SCO SCORM 2004 3rd Edition: shared launch page, dependency resources, reporting objectives',
  standard: 'scorm2004',
  entries: async () => [
    { name: 'imsmanifest.xml', data: MANIFEST },
    ...(await controlDocuments('scorm2004')),
    { name: 'shared/launchpage.html', data: '<html><head><link rel="stylesheet" href="style.css"><script src="scormfunctions.js"></script><script src="contentfunctions.js"></script></head>\n<body onload="ScormProcessInitialize()" onunload="ScormProcessTerminate()"><iframe id="content"></iframe></body></html>\n' },
    { name: 'shared/scormfunctions.js', data: SCORM_FUNCTIONS },
    { name: 'shared/contentfunctions.js', data: 'function loadPage(){ var c = new URLSearchParams(location.search).get("content"); document.getElementById("content").src = "../" + c + "/" + c + ".html"; }\n' },
    { name: 'shared/style.css', data: 'body{background:url(background.jpg) no-repeat}\n' },
    { name: 'shared/background.jpg', data: Buffer.from('jpeg') },
    ...PAGES.map((name) => ({ name, data: name.endsWith('.html') ? `<html><body><h1>${name}</h1><img src="${name.split('/')[0]!.toLowerCase()}.jpg" alt=""></body></html>\n` : Buffer.from(name) })),
    { name: 'assessment/questions.js', data: 'var questions = [{ id: "q1", text: "Par for a short hole is usually", answers: ["3", "4", "5"] }];\n' },
  ],
  expected: [['scorm2004-older-edition', at('imsmanifest.xml', MANIFEST, '<metadata>')]],
  verdict: 'imports into Moodle, Canvas and SCORM Cloud; 1 warning',
};
