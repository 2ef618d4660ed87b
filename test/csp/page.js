/* global window, document, location, customElements */
// Records what the strict policy reports, then loads the library: the CDN
// bundle, and with `?copies=2` the npm build as well (a second copy of Lit and
// of every element class); with `?loader=auto`, the CDN autoloader instead of
// the bundle. The test page reads `window.cspReport`.
const report = { violations: [], errors: [], warnings: [], done: false, tags: {} };
window.cspReport = report;
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    report.violations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
  },
  true,
);
window.addEventListener('error', (event) => report.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => report.errors.push(String(event.reason)));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  report.warnings.push(args.map(String).join(' '));
  warn(...args);
};

const query = new URLSearchParams(location.search);
const copies = Number(query.get('copies') ?? 1);
try {
  if (query.get('loader') === 'auto') {
    const { discover } = await import('/cdn/autoloader.js');
    await discover();
  } else {
    await import('/cdn/seminar-widgets.js');
  }
  if (copies > 1) {
    const npm = await import('/dist/index.js');
    // The npm copy's classes, registered under names of their own, work beside the CDN copy.
    if (!customElements.get('npm-speaker-card')) customElements.define('npm-speaker-card', npm.SpeakerCard);
    const card = document.createElement('npm-speaker-card');
    card.setAttribute('src', '/examples/digital-era-seminar.json');
    card.setAttribute('speaker', 'robert-fuss');
    document.body.append(card);
  }
} catch (error) {
  report.errors.push(`loading: ${String(error)}`);
}
for (const tag of ['seminar-agenda', 'speaker-card', 'speaker-list', 'session-timer']) {
  report.tags[tag] = Boolean(customElements.get(tag));
}
report.loaded = true;
