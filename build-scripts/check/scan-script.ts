/**
 * Outside requests in JavaScript, read with acorn's tokenizer: only real request sinks count —
 * `fetch()`, `importScripts()`, `sendBeacon()`, `XMLHttpRequest.open()`, `import()` and static
 * imports, `new Worker/SharedWorker/WebSocket/EventSource()`, `src`/`href` assignments and
 * `setAttribute("src", …)` with a literal URL — plus markup inside strings (bundled lesson HTML)
 * and CSS inside Lit `css` templates. Any other URL-shaped string (xAPI verb IRIs, namespaces,
 * core-js's `new URL("https://a@b")` feature tests) is a name, not a request.
 *
 * Tokens stream through a short window, so memory does not grow with the file. The same pass
 * notes which SCORM API calls and launch parameters the script mentions.
 * @packageDocumentation
 */
import { tokenizer, tokTypes, type Token as AcornToken } from 'acorn';
import { scanCss } from './scan-css.ts';
import { scanMarkup } from './scan-markup.ts';
import { isOutsideUrl, lineCounter, snippetOf, type PlayerFact, type Scan } from './scan-result.ts';

/** Functions and methods whose first argument is fetched. */
const CALL_SINKS = new Set(['fetch', 'importScripts', 'sendBeacon', 'Worker', 'SharedWorker', 'WebSocket', 'EventSource']);
/** Properties whose assignment makes an element fetch (`img.src = …`, `link.href = …`). */
const ASSIGNED_SINKS = new Set(['src', 'href', 'srcset', 'poster', 'data']);
const HTTP_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i;
/** Names that show how the content talks to a SCORM LMS: the API objects and methods of the SCORM 1.2 and 2004 4th ed. RTE books. */
const SCORM_NAMES = new Map<unknown, PlayerFact>([
  ['API', 'scorm-api-discovery'],
  ['API_1484_11', 'scorm-api-discovery'],
  ['LMSInitialize', 'scorm-initialize'],
  ['Initialize', 'scorm-initialize'],
  ['LMSFinish', 'scorm-finish'],
  ['Terminate', 'scorm-finish'],
]);
/** Of those, the common words: SCORM only as a property (`api.Initialize`) or a string. */
const GENERIC_NAMES = new Set<unknown>(['API', 'Initialize', 'Terminate']);
/** Launch parameters an xAPI (Rustici launch) or cmi5 (cmi5 §8.1) AU reads from its URL. */
const LAUNCH_PARAMETERS = new Set(['endpoint', 'fetch', 'actor', 'registration', 'activityId']);

/** acorn's tokens carry the value of names, strings and template text (acorn's `Token` type leaves it out). */
type Token = AcornToken & { value?: unknown };

const WINDOW = 6;
const MARKUP = /<[a-z!]/i;

interface TemplateFrame {
  css: boolean;
  parts: string[];
  /** Brace depth inside the current `${…}`; 0 while in the literal text. */
  depth: number;
  line: number;
}

/** Streams tokens, stopping quietly at the first lexical error (code past it is left unscanned). Script mode, the lenient one: legacy octal escapes in old libraries are allowed. */
function* tokens(text: string): Generator<Token> {
  const options = { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true } as const;
  try {
    for (const token of tokenizer(text, options)) yield token as Token;
  } catch {
    return;
  }
}

function isName(token: Token | undefined, names?: ReadonlySet<string>): boolean {
  return token?.type === tokTypes.name && (names === undefined || names.has(String(token.value)));
}

function isPunct(token: Token | undefined, label: string): boolean {
  return token !== undefined && token.type.label === label;
}

/** What requests the string token that ends `w`, and the token its call or assignment starts at; undefined when it is no sink's argument. */
function sinkOf(w: readonly (Token | undefined)[]): { how: string; from: Token | undefined } | undefined {
  const [p5, p4, p3, p2, p1] = w.slice(-6, -1);
  if (isPunct(p1, '(') && isName(p2, CALL_SINKS)) return { how: `${String(p2?.value)}()`, from: p2 };
  if (isPunct(p1, '(') && p2?.type === tokTypes._import) return { how: 'import()', from: p2 };
  if (p1?.type === tokTypes._import || (isName(p1) && p1?.value === 'from')) return { how: 'import', from: p1 };
  if (isPunct(p1, '=') && p1?.value === '=' && isName(p2, ASSIGNED_SINKS) && isPunct(p3, '.') && !(p2?.value === 'href' && isName(p4) && p4?.value === 'location')) {
    return { how: `.${String(p2?.value)} =`, from: p3 };
  }
  if (isPunct(p1, ',') && p2?.type === tokTypes.string && isPunct(p3, '(') && isName(p4)) {
    if (p4?.value === 'open' && isPunct(p5, '.') && HTTP_METHOD.test(String(p2.value))) return { how: 'XMLHttpRequest.open()', from: p4 };
    if (p4?.value === 'setAttribute' && ASSIGNED_SINKS.has(String(p2.value))) return { how: `setAttribute("${String(p2.value)}")`, from: p4 };
  }
  return undefined;
}

/** Notes the player fact a name or string token shows; `before` and `callee` are the one and two tokens before it. */
function noteFact(token: Token, before: Token | undefined, callee: Token | undefined, scan: Scan): void {
  const isString = token.type !== tokTypes.name;
  const fact = SCORM_NAMES.get(token.value);
  if (fact && (isString || !GENERIC_NAMES.has(token.value) || isPunct(before, '.'))) scan.facts.add(fact);
  if (isString && LAUNCH_PARAMETERS.has(String(token.value)) && isPunct(before, '(') && isName(callee) && callee?.value === 'get') scan.facts.add('launch-parameters');
}

/**
 * Adds the outside requests and player facts of a script to `scan`. `firstLine` is the line of the
 * file the script starts on (for inline scripts).
 */
export function scanScript(text: string, scan: Scan, firstLine = 1): void {
  const window: (Token | undefined)[] = new Array<Token | undefined>(WINDOW).fill(undefined);
  const templates: TemplateFrame[] = [];
  const lineOf = lineCounter(text, firstLine);

  for (const token of tokens(text)) {
    window.shift();
    window.push(token);
    const top = templates[templates.length - 1];
    const label = token.type.label;
    if (token.type === tokTypes.backQuote) {
      if (top && top.depth === 0) {
        templates.pop();
        if (top.css) scanCss(top.parts.join(''), scan, { firstLine: top.line, where: 'in a css`` template' });
      } else {
        const tag = window[WINDOW - 2];
        templates.push({ css: isName(tag) && tag?.value === 'css', parts: [], depth: 0, line: lineOf(token.start) });
      }
      continue;
    }
    if (top && token.type === tokTypes.dollarBraceL) {
      top.depth = 1;
      top.parts.push('0');
    } else if (top && top.depth > 0 && label === '{') top.depth++;
    else if (top && top.depth > 0 && label === '}') top.depth--;

    const isTemplateText = token.type === tokTypes.template;
    if (isTemplateText && top) top.parts.push(String(token.value ?? ''));
    if (token.type !== tokTypes.name && token.type !== tokTypes.string && !isTemplateText) continue;
    // Bundlers write string literals as templates (`API`): the first text of a template stands where a string would.
    const sinkWindow = isTemplateText && window[WINDOW - 2]?.type === tokTypes.backQuote ? [undefined, ...window.slice(0, -2), token] : window;
    noteFact(token, sinkWindow[WINDOW - 2], sinkWindow[WINDOW - 3], scan);
    if (token.type === tokTypes.name) continue;
    const value = String(token.value ?? '');
    const tokenLine = lineOf(token.start);
    const sink = sinkOf(sinkWindow);
    if (sink && isOutsideUrl(value)) {
      scan.fetches.push({ url: value.trim(), how: sink.how, line: tokenLine, snippet: snippetOf(text.slice(sink.from?.start ?? token.start, token.end + 1)) });
    }
    if (MARKUP.test(value)) scanMarkup(value, scan, { firstLine: tokenLine, where: 'in a script string' });
  }
}
