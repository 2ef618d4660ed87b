/**
 * A realistic generated programme of `count` items (DOM-free: used by the
 * benchmark page and by Node): several days, parallel rooms, tracks, a pool
 * of speakers with titles, organisations and countries, talks, panels with
 * moderators, keynotes, breaks and meals, bilingual titles on some items,
 * descriptions with paragraphs and bullets, tags and links.
 *
 * Deterministic: the same `count` (and `seed`) gives the same programme.
 */

const FIRST = ['Ana', 'Bo', 'Chloé', 'Dmitri', 'Eva', 'Farid', 'Grace', 'Hugo', 'Inès', 'Jonas', 'Kemi', 'Léa', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tomás', 'Uma', 'Victor', 'Wen', 'Yara', 'Zoé'];
const LAST = ['García', 'Chen', 'Martin', 'Ivanov', 'Novak', 'Haddad', 'Okafor', 'Lefèvre', 'Müller', 'Rossi', 'Silva', 'Nguyen', 'Kowalski', 'Dubois', 'Andersen', 'Tanaka', 'Moreau', 'Schmidt', 'Costa', 'Petit'];
const ORGS = ['Université Paris-Saclay', 'Platform Co-op', 'Fair Work Institute', 'Digital Labour Lab', 'Open Society Forum', 'Ministry of Labour', 'City of Lyon', 'Tech Workers Union', 'Sciences Po', 'OECD'];
const JOBS = [
  { en: 'Professor', fr: 'Professeure' },
  { en: 'Researcher', fr: 'Chercheur' },
  { en: 'General Secretary', fr: 'Secrétaire générale' },
  { en: 'Economist', fr: 'Économiste' },
  { en: 'Journalist', fr: 'Journaliste' },
];
const COUNTRIES = ['FR', 'DE', 'ES', 'IT', 'CA', 'US', 'GB', 'NL', 'BE', 'CH', 'JP', 'BR', 'NG', 'IN', 'SE'];
const TOPICS = ['platform work', 'collective bargaining', 'algorithmic management', 'remote work', 'the right to disconnect', 'gig economy', 'data unions', 'social protection', 'skills and training', 'automation', 'cooperatives', 'working time'];
const TRACKS = [
  { id: 'work', name: { en: 'Work', fr: 'Travail' }, color: '#1a6' },
  { id: 'law', name: { en: 'Law', fr: 'Droit' }, color: '#a16' },
  { id: 'tech', name: { en: 'Technology', fr: 'Technologie' }, color: '#16a' },
  { id: 'society', name: { en: 'Society', fr: 'Société' }, color: '#a61' },
];

function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const hhmm = (minutes) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

function addDays(date, days) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Slots of 30 minutes from 08:00 to 20:00 in each room: 24 per room and day. */
const SLOTS_PER_DAY = 24;

/**
 * @param {number} count items
 * @param {{ seed?: number, firstDay?: string, timeZone?: string }} [options]
 */
export function generateProgramme(count, options = {}) {
  const rnd = random(options.seed ?? 42 + count);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const dayCount = Math.max(2, Math.round(count / 500));
  // Three plenary slots a day (keynote, coffee, lunch); the other slots run in every room.
  const roomCount = Math.max(2, Math.ceil((Math.ceil(count / dayCount) - 3) / (SLOTS_PER_DAY - 3)));
  const firstDay = options.firstDay ?? '2026-06-08';
  const days = Array.from({ length: dayCount }, (_, i) => addDays(firstDay, i));
  const rooms = Array.from({ length: roomCount }, (_, i) => ({
    id: `room-${i + 1}`,
    name: { en: `Room ${i + 1}`, fr: `Salle ${i + 1}` },
  }));
  const speakerCount = Math.max(10, Math.ceil(count / 2));
  const speakers = Array.from({ length: speakerCount }, (_, i) => {
    const first = FIRST[i % FIRST.length];
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
    const speaker = {
      id: `${slug(first)}-${slug(last)}-${i + 1}`,
      name: `${first} ${last}`,
      title: pick(JOBS),
      organisation: { name: pick(ORGS) },
      country: pick(COUNTRIES),
    };
    if (i % 3 === 0) speaker.bio = `${first} works on ${pick(TOPICS)} and ${pick(TOPICS)}.\n\nPreviously at ${pick(ORGS)}.`;
    if (i % 4 === 0) speaker.links = [{ url: `https://example.org/people/${i + 1}`, label: 'Website' }];
    return speaker;
  });
  const items = [];
  let n = 0;
  let s = 0;
  const nextSpeaker = () => speakers[s++ % speakers.length].id;
  for (const day of days) {
    for (let slot = 0; slot < SLOTS_PER_DAY && n < count; slot++) {
      const start = 8 * 60 + slot * 30;
      // Plenary slots: a keynote to open the day, coffee, lunch.
      if (slot === 0 || slot === 5 || slot === 9) {
        const type = slot === 0 ? 'keynote' : slot === 5 ? 'break' : 'meal';
        const title = slot === 0 ? { en: `Keynote: the future of ${pick(TOPICS)}`, fr: `Conférence : l'avenir du travail` } : slot === 5 ? { en: 'Coffee break', fr: 'Pause café' } : { en: 'Lunch', fr: 'Déjeuner' };
        const item = { id: `item-${++n}`, type, day, start: hhmm(start), end: hhmm(start + 30), title };
        if (type === 'keynote') item.speakers = [{ id: nextSpeaker() }];
        items.push(item);
        continue;
      }
      for (let r = 0; r < rooms.length && n < count; r++) {
        const type = rnd() < 0.2 ? 'panel' : 'talk';
        const topic = pick(TOPICS);
        const item = {
          id: `item-${++n}`,
          type,
          day,
          start: hhmm(start),
          end: hhmm(start + 30),
          room: rooms[r].id,
          track: pick(TRACKS).id,
          language: rnd() < 0.7 ? 'en' : 'fr',
          title: rnd() < 0.5 ? `${type === 'panel' ? 'Panel' : 'Talk'} ${n}: ${topic}` : { en: `Talk ${n}: ${topic}`, fr: `Intervention ${n} : ${topic}` },
          speakers:
            type === 'panel'
              ? [{ id: nextSpeaker(), role: 'moderator' }, { id: nextSpeaker() }, { id: nextSpeaker() }]
              : [{ id: nextSpeaker() }],
        };
        if (rnd() < 0.5) item.description = `What ${topic} changes for workers.\n\n- Evidence from ${pick(COUNTRIES)}\n- What unions do\n\nQuestions from the floor.`;
        if (rnd() < 0.3) item.tags = [topic, pick(TOPICS)];
        if (rnd() < 0.2) item.links = [{ url: `https://example.org/slides/${n}.pdf`, label: 'Slides' }];
        items.push(item);
      }
    }
  }
  return {
    version: 1,
    event: {
      id: `bench-${count}`,
      title: { en: `Work in the digital era (${count} items)`, fr: `Le travail à l'ère numérique (${count} éléments)` },
      subtitle: { en: 'A generated programme', fr: 'Un programme généré' },
      description: 'A programme generated for the benchmarks.\n\n- Several days\n- Parallel rooms',
      timeZone: options.timeZone ?? 'Europe/Paris',
      days,
      defaultLanguage: 'en',
      languages: ['en', 'fr'],
      location: { name: 'Conference centre', address: '20 avenue de Ségur\n75007 Paris' },
      organisers: [{ name: 'France Stratégie', url: 'https://www.strategie.gouv.fr' }],
    },
    speakers,
    rooms,
    tracks: TRACKS,
    items,
  };
}

function slug(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}
