/**
 * The preview page in the browser: shows the launched course in the iframe and, beside it, what
 * the LRS holds, polling the preview server every second (`/api/session`). Statements are
 * appended by id, so a raw JSON view the author opened stays open.
 * @packageDocumentation
 */
import { breakable, startSplitter } from '../../test/support/lms-harness/panel-layout.ts';
import type { PreviewFault, PreviewSnapshot } from './preview-server.ts';

const $ = <T extends HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;
const frame = $<HTMLIFrameElement>('#course');
let registration = '';
let launchUrl = '';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** A collapsible row: the summary line, and the raw JSON once opened. */
function detailsRow(parts: [className: string, text: string][], raw: unknown): HTMLLIElement {
  const item = document.createElement('li');
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  for (const [className, text] of parts) if (text) summary.append(element('span', className, text), ' ');
  const json = document.createElement('pre');
  json.append(...breakable(JSON.stringify(raw, null, 2)));
  details.append(summary, json);
  item.append(details);
  return item;
}

function renderStatements(snapshot: PreviewSnapshot): void {
  const list = $('#statements');
  const shown = new Set([...list.children].map((child) => (child as HTMLElement).dataset.id));
  for (const line of snapshot.statements) {
    if (shown.has(line.id)) continue;
    const row = detailsRow(
      [
        ['time', line.timestamp.slice(11, 19)],
        ['verb', line.verb],
        ['object', line.object],
        ['result', line.result],
      ],
      line.raw,
    );
    row.dataset.id = line.id;
    list.append(row);
  }
  $('#statement-count').textContent = String(snapshot.statements.length);
}

function renderState(snapshot: PreviewSnapshot): void {
  const list = $('#state');
  if (snapshot.state.length === 0) {
    list.replaceChildren(element('li', 'object', 'none yet'));
    return;
  }
  const open = new Set([...list.querySelectorAll('details[open]')].map((details) => (details.parentElement as HTMLElement).dataset.id));
  list.replaceChildren(
    ...snapshot.state.map((document) => {
      const row = detailsRow(
        [
          ['verb', document.stateId],
          ['object count', `${document.bytes.toLocaleString('en')} bytes`],
        ],
        document.value,
      );
      row.dataset.id = document.stateId;
      if (open.has(document.stateId)) row.querySelector('details')!.open = true;
      return row;
    }),
  );
}

function render(snapshot: PreviewSnapshot): void {
  if (snapshot.registration !== registration) {
    registration = snapshot.registration;
    $('#statements').replaceChildren();
  }
  if (snapshot.launchUrl !== launchUrl) {
    launchUrl = snapshot.launchUrl;
    frame.src = launchUrl;
  }
  $('#title').textContent = `${snapshot.format === 'cmi5' ? 'cmi5' : 'xAPI'} preview: ${snapshot.title}`;
  $('#registration').textContent = snapshot.registration;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-fault]')) button.setAttribute('aria-pressed', String(snapshot.faults[button.dataset.fault as PreviewFault]));
  renderStatements(snapshot);
  renderState(snapshot);
  $('#requests').replaceChildren(
    ...snapshot.requests.map((request) => {
      const item = element('li', typeof request.status === 'number' && request.status < 400 ? '' : 'bad', '');
      item.append(...breakable(`${request.method} ${request.target}`), ' ', element('span', 'status', `→ ${request.status}`));
      return item;
    }),
  );
}

async function refresh(): Promise<void> {
  const response = await fetch('/api/session');
  if (response.ok) render((await response.json()) as PreviewSnapshot);
}

async function post(path: string, body: unknown): Promise<void> {
  await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await refresh();
}

$('#new-registration').addEventListener('click', () => void post('/api/launch', { fresh: true }));
$('#relaunch').addEventListener('click', () => {
  launchUrl = ''; // the same URL must load again
  void post('/api/launch', { fresh: false });
});
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-fault]')) {
  button.addEventListener('click', () => void post('/api/fault', { fault: button.dataset.fault, on: button.getAttribute('aria-pressed') !== 'true' }));
}

startSplitter($('#splitter'));
void refresh();
setInterval(() => void refresh().catch(() => undefined), 1_000);
