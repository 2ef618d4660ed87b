/* global window, document, location, requestAnimationFrame, innerHeight */
/**
 * One widget showing one programme, on a fresh page, for the side-by-side
 * benchmark (bench.mjs): `?side=agenda|agenda-xml|pretalx&name=<programme>&items=<count>`.
 *
 * - `agenda`: the CDN autoloader and `<seminar-agenda src=".../programme.json">`;
 * - `agenda-xml`: the same, reading the programme's Pentabarf XML;
 * - `pretalx`: pretalx's built `<pretalx-schedule>` (list format), reading the
 *   same programme converted to its widget JSON (bench/pretalx.js).
 *
 * Times are `performance.now()` from the navigation, checked once per frame:
 * the first item visible (laid out, inside the viewport) and every item in the
 * DOM. The result is `window.peerResult`.
 */
const query = new URLSearchParams(location.search);
const side = query.get('side');
const name = query.get('name');
const expected = Number(query.get('items'));
const base = `/bench/peer/${name}/`;

/** The widget's item elements, found in its shadow root. */
let items;
let host;
if (side === 'pretalx') {
  host = document.createElement('pretalx-schedule');
  host.setAttribute('event-url', base);
  host.setAttribute('locale', 'en');
  host.setAttribute('format', 'list');
  host.style.display = 'block';
  items = () => host.shadowRoot?.querySelectorAll('.c-linear-schedule-session, .break') ?? [];
  const script = document.createElement('script');
  script.src = '/bench/peer/pretalx-schedule.min.js';
  document.head.append(script);
} else {
  host = document.createElement('seminar-agenda');
  host.setAttribute('src', `${base}${side === 'agenda-xml' ? 'programme.xml' : 'programme.json'}`);
  host.setAttribute('no-structured-data', '');
  items = () => host.shadowRoot?.querySelectorAll('[part~="item"]') ?? [];
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/cdn/autoloader.js';
  document.head.append(script);
}
document.body.append(host);

const result = { firstVisible: undefined, allItems: undefined, items: 0 };
const started = performance.now();
function check() {
  const found = items();
  if (result.firstVisible === undefined) {
    for (const item of found) {
      const box = item.getBoundingClientRect();
      if (box.height > 0 && box.top < innerHeight && box.bottom > 0) {
        result.firstVisible = performance.now();
        break;
      }
    }
  }
  result.items = found.length;
  if (found.length >= expected && result.firstVisible !== undefined) {
    result.allItems = performance.now();
    window.peerResult = result;
    return;
  }
  if (performance.now() - started > 120_000) {
    window.peerResult = { ...result, timedOut: true };
    return;
  }
  requestAnimationFrame(check);
}
requestAnimationFrame(check);
