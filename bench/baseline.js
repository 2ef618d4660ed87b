/* global document */
/**
 * The baseline the agenda is measured against: the same markup as
 * `<seminar-agenda>` renders (header, day navigation, filters, days, items
 * with times, badges, speakers, rooms, tracks, descriptions and the two
 * action buttons with their icons), built as one string — every text escaped,
 * times and dates formatted with cached `Intl` formatters — and written with
 * ONE `innerHTML` assignment into a shadow root that adopts the agenda's own
 * style sheets, plus one delegated click listener.
 *
 * What it does not do, and the agenda does: validate and normalise the
 * programme (the agenda refuses a broken one with a precise error), keep
 * per-element language, favourites, the clock, structured data, or update in
 * place. The bench reports the model's share separately.
 */

const STRINGS = {
  en: {
    organisedBy: 'Organised by',
    about: 'About this event',
    options: 'Programme options',
    days: 'Days',
    allDays: 'All days',
    search: 'Search',
    type: 'Type',
    all: 'All',
    place: 'Room or track',
    language: 'Language',
    mine: 'My agenda (0)',
    timesIn: (zone) => `Times in: ${zone}.`,
    myZone: 'Show in my time zone',
    download: 'Download the programme (.ics)',
    details: 'Details',
    keep: (title) => `Keep "${title}" in my agenda`,
    add: (title) => `Add "${title}" to my calendar`,
    moderator: 'Moderator',
    noMatch: 'No item matches these filters.',
    everything: 'Show everything',
    speaker: 'Speaker',
    close: 'Close',
    types: { keynote: 'Keynote', talk: 'Talk', panel: 'Panel', break: 'Break', meal: 'Meal' },
  },
  fr: {
    organisedBy: 'Organisé par',
    about: 'À propos de cet événement',
    options: 'Options du programme',
    days: 'Jours',
    allDays: 'Tous les jours',
    search: 'Rechercher',
    type: 'Type',
    all: 'Tous',
    place: 'Salle ou parcours',
    language: 'Langue',
    mine: 'Mon programme (0)',
    timesIn: (zone) => `Horaires en\u202f: ${zone}.`,
    myZone: 'Afficher dans mon fuseau horaire',
    download: 'Télécharger le programme (.ics)',
    details: 'Détails',
    keep: (title) => `Garder «\u202f${title}\u202f» dans mon programme`,
    add: (title) => `Ajouter «\u202f${title}\u202f» à mon agenda`,
    moderator: 'Modération',
    noMatch: 'Aucun élément ne correspond à ces filtres.',
    everything: 'Tout afficher',
    speaker: 'Intervention',
    close: 'Fermer',
    types: { keynote: 'Conférence', talk: 'Intervention', panel: 'Panel', break: 'Pause', meal: 'Repas' },
  },
};

const STAR =
  '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.1l-5.7 3.2 1.2-6.4-4.7-4.4 6.4-.8z" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" fill="none"></path></svg>';
const CALENDAR =
  '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="3.5" y="5" width="17" height="15.5" rx="2" fill="none" stroke="currentColor" stroke-width="1.8"></rect><path d="M3.5 10h17M8 3v4M16 3v4M12 12.5v5M9.5 15h5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path></svg>';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (value) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);

const cache = new Map();
function cached(key, make) {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
const timeFormat = (locale, timeZone) => cached(`t ${locale} ${timeZone}`, () => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }));
const dateFormat = (locale, timeZone) => cached(`d ${locale} ${timeZone}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone }));
const countries = (locale) => cached(`c ${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' }));
const languages = (locale) => cached(`l ${locale}`, () => new Intl.DisplayNames([locale], { type: 'language' }));

/** The zone's UTC offset on a day, in minutes (read once per day and zone). */
function offsetMinutes(date, timeZone) {
  return cached(`o ${date} ${timeZone}`, () => {
    const noon = Date.parse(`${date}T12:00:00Z`);
    const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(noon)
      .find((p) => p.type === 'timeZoneName').value;
    const match = /GMT([+-])(\d\d):(\d\d)/.exec(name);
    return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  });
}

function instant(day, time, timeZone) {
  return Date.parse(`${day}T${time}:00Z`) - offsetMinutes(day, timeZone) * 60_000;
}

/** Localised text in `lang`, else the default language, else the first; with a `lang` span when it is a fallback. */
function localise(value, lang, fallback) {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value, lang: fallback };
  if (value[lang] !== undefined) return { text: value[lang], lang };
  if (value[fallback] !== undefined) return { text: value[fallback], lang: fallback };
  const [first] = Object.keys(value);
  return { text: value[first], lang: first };
}
function text(value, lang, fallback) {
  const resolved = localise(value, lang, fallback);
  if (!resolved) return '';
  return resolved.lang === lang ? escape(resolved.text) : `<span lang="${escape(resolved.lang)}">${escape(resolved.text)}</span>`;
}
function plain(value, lang, fallback) {
  return localise(value, lang, fallback)?.text ?? '';
}
function longText(value, lang, fallback) {
  const resolved = localise(value, lang, fallback);
  if (!resolved) return '';
  const blocks = resolved.text.split(/\n\s*\n/).map((block) => {
    const lines = block.split('\n');
    return lines.every((l) => /^[-–•*] /.test(l))
      ? `<ul>${lines.map((l) => `<li>${escape(l.slice(2))}</li>`).join('')}</ul>`
      : `<p>${escape(lines.join(' '))}</p>`;
  });
  return `<div class="long-text"${resolved.lang === lang ? '' : ` lang="${escape(resolved.lang)}"`}>${blocks.join('')}</div>`;
}

/** What a search for `query` matches: the agenda's fields (title, subtitle, speakers, organisations, topics, tags). */
export function baselineMatches(item, speakers, query, lang, fallback) {
  if (!query) return true;
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const haystack = fold(
    [
      plain(item.title, lang, fallback),
      plain(item.subtitle, lang, fallback),
      ...(item.speakers ?? []).flatMap((s) => {
        const speaker = speakers.get(s.id);
        return [speaker?.name ?? '', plain(speaker?.organisation?.name, lang, fallback), plain(s.topic, lang, fallback)];
      }),
      ...(item.tags ?? []),
    ].join('\n'),
  );
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** The agenda's markup for `programme` (raw programme JSON), in `lang`, filtered by `query`. */
export function baselineMarkup(programme, lang, query = '') {
  const s = STRINGS[lang] ?? STRINGS.en;
  const { event } = programme;
  const zone = event.timeZone;
  const fallback = event.defaultLanguage ?? 'en';
  const speakers = new Map((programme.speakers ?? []).map((sp) => [sp.id, sp]));
  const rooms = new Map((programme.rooms ?? []).map((r) => [r.id, r]));
  const tracks = new Map((programme.tracks ?? []).map((t) => [t.id, t]));
  const days = event.days.map((d) => (typeof d === 'string' ? d : d.date));
  // A one-day programme may leave out items' day; an end may be a duration, or the next item's start.
  const items = programme.items
    .map((item, index) => {
      const day = item.day ?? days[0];
      const start = instant(day, item.start, zone);
      const minutes = typeof item.duration === 'number' ? item.duration : Number(/^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(item.duration ?? '')?.slice(1).reduce((sum, v, i) => sum + Number(v ?? 0) * (i ? 1 : 60), 0) ?? NaN);
      const end = item.end ? instant(day, item.end, zone) : Number.isFinite(minutes) ? start + minutes * 60_000 : undefined;
      return { item, index, start, end };
    })
    .sort((a, b) => a.start - b.start || a.index - b.index);
  items.forEach((entry, i) => {
    entry.end ??= items[i + 1]?.start ?? entry.start;
  });
  const time = timeFormat(lang, zone);
  const date = dateFormat(lang, zone);
  const out = [];
  out.push(`<div class="agenda" lang="${lang}"><header part="header" class="header">`);
  out.push(`<div class="event-title" role="heading" aria-level="2">${text(event.title, lang, fallback)}</div>`);
  if (event.subtitle) out.push(`<p class="event-subtitle">${text(event.subtitle, lang, fallback)}</p>`);
  const first = instant(days[0], '12:00', zone);
  const last = instant(days[days.length - 1], '12:00', zone);
  out.push(`<p class="event-when"><span>${escape(date.formatRange(first, last))}</span>`);
  if (event.location) out.push(`<br><span class="location">${text(event.location.name, lang, fallback)}</span>`);
  out.push('</p>');
  if (event.organisers?.length) {
    out.push(`<p class="organisations">${s.organisedBy} `);
    out.push(event.organisers.map((o) => (o.url ? `<a href="${escape(o.url)}">${text(o.name, lang, fallback)}</a>` : text(o.name, lang, fallback))).join(', '));
    out.push('</p>');
  }
  if (event.description) out.push(`<details class="about"><summary>${s.about}</summary>${longText(event.description, lang, fallback)}</details>`);
  out.push(`</header><div part="controls" class="controls" role="group" aria-label="${s.options}">`);
  if (days.length > 1) {
    const short = cached(`s ${lang}`, () => new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }));
    out.push(`<nav class="days" aria-label="${s.days}"><button type="button" aria-pressed="true">${s.allDays}</button>`);
    for (const d of days) out.push(`<button type="button" aria-pressed="false">${escape(short.format(Date.parse(`${d}T12:00:00Z`)))}</button>`);
    out.push('</nav>');
  }
  const types = [...new Set(programme.items.map((i) => i.type))];
  const itemLanguages = [...new Set(programme.items.flatMap((i) => (i.language ? [i.language] : [])))];
  out.push(`<div class="filters"><label class="search">${s.search} <input type="search" value="${escape(query)}"></label>`);
  out.push(`<label>${s.type} <select><option value="" selected>${s.all}</option>`);
  for (const t of types) out.push(`<option value="${escape(t)}">${escape(s.types[t] ?? t)}</option>`);
  out.push(`</select></label><label>${s.place} <select><option value="" selected>${s.all}</option>`);
  for (const r of rooms.values()) out.push(`<option value="room:${escape(r.id)}">${escape(plain(r.name, lang, fallback))}</option>`);
  for (const t of tracks.values()) out.push(`<option value="track:${escape(t.id)}">${escape(plain(t.name, lang, fallback))}</option>`);
  out.push(`</select></label><label>${s.language} <select><option value="" selected>${s.all}</option>`);
  for (const l of itemLanguages) out.push(`<option value="${escape(l)}">${escape(languages(lang).of(l))}</option>`);
  out.push(`</select></label><button type="button" class="toggle" aria-pressed="false">${s.mine}</button></div>`);
  const zoneName = cached(`z ${lang} ${zone}`, () =>
    new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'long' }).formatToParts(first).find((p) => p.type === 'timeZoneName').value,
  );
  out.push(`<div class="tools"><p class="zone">${escape(s.timesIn(zoneName))} <button type="button" class="link">${s.myZone}</button></p>`);
  out.push(`<button type="button" class="download">${s.download}</button></div></div><p class="visually-hidden" role="status"></p>`);
  const shown = items.filter(({ item }) => baselineMatches(item, speakers, query, lang, fallback));
  if (!shown.length) out.push(`<p class="empty">${s.noMatch} <button type="button" class="link">${s.everything}</button></p>`);
  for (const day of days) {
    const dayItems = shown.filter(({ item }) => (item.day ?? days[0]) === day);
    if (!dayItems.length) continue;
    const heading = escape(date.format(instant(day, '12:00', zone)));
    out.push(`<section part="day" class="day" aria-label="${heading}"><div class="day-title" role="heading" aria-level="3">${heading}</div><ol class="items">`);
    for (const { item, start, end } of dayItems) {
      const pause = item.type === 'break' || item.type === 'meal';
      const title = plain(item.title, lang, fallback);
      const badge = s.types[item.type] ?? item.type;
      const id = escape(item.id);
      out.push(
        `<li tabindex="-1" part="item${pause ? ' pause' : ''}" class="item ${pause ? 'pause' : ''}" id="item-${id}" data-item-id="${id}">`,
        `<div class="when"><time datetime="${new Date(start).toISOString()}">${escape(time.formatRange(start, end))}</time></div><div class="what">`,
      );
      if (badge.toLocaleLowerCase(lang) !== title.trim().toLocaleLowerCase(lang)) out.push(`<span part="badge" class="badge">${escape(badge)}</span>`);
      out.push(`<div class="title" role="heading" aria-level="4">${text(item.title, lang, fallback)}</div>`);
      if (item.subtitle) out.push(`<p class="subtitle">${text(item.subtitle, lang, fallback)}</p>`);
      if (item.speakers?.length) {
        out.push('<ul class="speakers" part="speakers">');
        for (const { id: speakerId, role, topic } of item.speakers) {
          const speaker = speakers.get(speakerId);
          const details = [
            plain(speaker.title, lang, fallback),
            plain(speaker.organisation?.name, lang, fallback),
            speaker.country ? countries(lang).of(speaker.country) : '',
          ]
            .filter(Boolean)
            .join(', ');
          out.push(
            `<li><button type="button" class="speaker" part="speaker" aria-haspopup="dialog" data-speaker="${escape(speakerId)}">${escape(speaker.name)}</button>`,
            role && role !== 'speaker' ? ` <span class="role">(${s.moderator})</span>` : '',
            details ? `<span class="details">, ${escape(details)}</span>` : '',
            topic ? `<div class="topic">${text(topic, lang, fallback)}</div>` : '',
            '</li>',
          );
        }
        out.push('</ul>');
      }
      if (item.room || item.track) {
        const room = rooms.get(item.room);
        const track = tracks.get(item.track);
        out.push(
          '<p class="where">',
          room ? `<span class="room">${text(room.name, lang, fallback)}</span>` : '',
          track ? `<span class="track"${track.color ? ` style="--_track: ${escape(track.color)}"` : ''}>${text(track.name, lang, fallback)}</span>` : '',
          '</p>',
        );
      }
      if (item.description) {
        out.push(`<details class="description" part="description"><summary>${s.details}</summary>${longText(item.description, lang, fallback)}</details>`);
      }
      out.push('</div>');
      if (!pause) {
        out.push(
          `<div class="actions" part="actions"><button type="button" class="favourite" aria-pressed="false" aria-label="${escape(s.keep(title))}" data-action="favourite">${STAR}</button>`,
          `<button type="button" class="calendar" aria-label="${escape(s.add(title))}" data-action="calendar">${CALENDAR}</button></div>`,
        );
      }
      out.push('</li>');
    }
    out.push('</ol></section>');
  }
  out.push(`<dialog part="dialog" class="speaker-dialog" aria-label="${s.speaker}"><form method="dialog" class="dialog-bar"><button type="submit" class="close" aria-label="${s.close}">×</button></form></dialog></div>`);
  return out.join('');
}

/** A shadow root that adopts `sheets`, with one delegated click listener (as a hand-written widget would have). */
export function baselineHost(sheets) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  root.addEventListener('click', (event) => {
    const button = event.target.closest?.('button[data-action], button[data-speaker]');
    if (button) host.dataset.clicked = button.dataset.action ?? button.dataset.speaker;
  });
  return { host, root };
}
