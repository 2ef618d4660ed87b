// The demo page: the seed seminar, in English or French. The widgets follow
// <html lang> by themselves; this script switches it, translates the page's own
// headings, and (until <seminar-agenda> lands) lists the programme with the
// model's helpers.
import { parseProgramme, localise, formatDate, formatTimeRange, formatCountry } from '/dist/model.js';

const main = document.querySelector('#demo');
const response = await fetch('/examples/digital-era-seminar.json');
const programme = parseProgramme(await response.text());
const { event } = programme;

function text(value, lang) {
  const resolved = localise(value, lang, event.defaultLanguage);
  const span = document.createElement('span');
  if (!resolved) return span;
  span.textContent = resolved.text;
  if (resolved.lang !== lang) span.lang = resolved.lang;
  return span;
}

function render(lang) {
  const opts = { locale: lang, timeZone: event.timeZone };
  const title = document.createElement('h1');
  title.append(text(event.title, lang));
  title.id = 'programme-title';
  const date = document.createElement('p');
  date.textContent = formatDate(event.start, opts, 'full');
  const list = document.createElement('ol');
  list.className = 'programme';
  for (const item of programme.items) {
    const li = document.createElement('li');
    li.id = `item-${item.id}`;
    if (item.pause) li.className = 'pause';
    const time = document.createElement('time');
    time.dateTime = new Date(item.start).toISOString();
    time.textContent = formatTimeRange(item.start, item.end, opts);
    const body = document.createElement('div');
    const heading = document.createElement('h3');
    heading.append(text(item.title, lang));
    body.append(heading);
    if (item.subtitle) body.append(text(item.subtitle, lang));
    if (item.speakers.length) {
      const ul = document.createElement('ul');
      ul.className = 'speakers';
      for (const { speaker } of item.speakers) {
        const sli = document.createElement('li');
        const parts = [speaker.name];
        const org = speaker.organisation && localise(speaker.organisation.name, lang, event.defaultLanguage);
        if (org) parts.push(org.text);
        if (speaker.country) parts.push(formatCountry(speaker.country, lang) ?? speaker.country);
        sli.textContent = parts.join(', ');
        ul.append(sli);
      }
      body.append(ul);
    }
    li.append(time, body);
    list.append(li);
  }
  main.replaceChildren(title, date, list);
}

function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-en]')) node.textContent = node.dataset[lang] ?? node.dataset.en;
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  render(lang);
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}
setLanguage(new URLSearchParams(location.search).get('lang') ?? 'en');
