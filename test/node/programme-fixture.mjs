// A normalised `Programme` built by hand (plain data, see src/model/types.ts),
// so that the iCalendar and JSON-LD tests do not depend on the parser.
// Not a test file: it has no `.test.` in its name.

/** Epoch ms for a UTC date-time written `YYYY-MM-DDTHH:MM`. */
export const utc = (text) => Date.parse(`${text}:00Z`);

export const LONG_FR_DESCRIPTION =
  "À l'heure du numérique, l'action collective peut se révéler semée d'embûches pour les " +
  'professionnels : lieux et horaires de travail éclatés, émiettement des collectifs… ' +
  'Ce séminaire réunit chercheurs, syndicats et plateformes 🤝🏽 pour en débattre — ' +
  'Œuvres, naïveté, façade, 漢字 et 👩‍💻 inclus.\n\n' +
  '- Pourquoi favoriser l’action collective des indépendants ?\n' +
  '- Comment y parvenir, et avec quelles ressources ?';

export function makeProgramme() {
  const ada = {
    id: 'ada-lovelace',
    name: 'Ada Lovelace',
    title: { en: 'Analyst', fr: 'Analyste' },
    organisation: { name: 'Analytical Society', url: 'https://example.org/society' },
    country: 'GB',
    photo: { url: 'https://example.org/ada.jpg' },
    links: [{ url: 'https://example.org/ada' }],
    items: ['talk'],
  };
  const cesar = {
    id: 'cesar-garcia-arnal',
    name: 'César García Arnal',
    links: [],
    items: ['talk'],
  };
  const room = { id: 'main', name: { en: 'Main hall', fr: 'Grande salle' } };
  const track = { id: 'work', name: { en: 'Work', fr: 'Travail' }, color: '#336699' };
  const base = {
    speakers: [],
    tags: [],
    links: [],
    endDerived: false,
    openEnd: false,
    pause: false,
    status: 'confirmed',
    day: '2016-07-08',
  };
  const items = [
    {
      ...base,
      id: 'welcome',
      type: 'welcome',
      start: utc('2016-07-08T06:45'),
      end: utc('2016-07-08T07:00'),
      endDerived: true,
      title: { en: 'Welcome', fr: 'Accueil' },
    },
    {
      ...base,
      id: 'talk',
      type: 'talk',
      start: utc('2016-07-08T07:00'),
      end: utc('2016-07-08T08:30'),
      title: { en: 'Collective action in the digital era', fr: "L'action collective à l'heure du numérique" },
      subtitle: { en: 'Three experiences', fr: 'Trois expériences' },
      description: { en: 'Why it matters.\n\n- Needs\n- Resources', fr: LONG_FR_DESCRIPTION },
      speakers: [
        { speaker: ada, role: 'speaker', topic: { en: 'Engines', fr: 'Machines' } },
        { speaker: cesar, role: 'moderator' },
      ],
      room,
      track,
      language: 'fr',
      tags: ['labour', 'platforms'],
      links: [{ url: 'https://example.org/slides.pdf', label: { en: 'Slides', fr: 'Diapositives' } }],
    },
    {
      ...base,
      id: 'break',
      type: 'break',
      start: utc('2016-07-08T08:30'),
      end: utc('2016-07-08T08:45'),
      title: { en: 'Coffee break', fr: 'Pause café' },
      pause: true,
    },
    {
      ...base,
      id: 'q.and-a_1',
      type: 'debate',
      start: utc('2016-07-08T08:45'),
      end: utc('2016-07-08T09:30'),
      title: 'Q&A; costs, benefits \\ trade-offs',
      description: 'First line\nsecond line, with a comma; and a semicolon\\backslash',
    },
    {
      ...base,
      id: 'roundtable',
      type: 'roundtable',
      start: utc('2016-07-08T14:00'),
      end: utc('2016-07-08T14:00'),
      openEnd: true,
      title: { en: 'Roundtable', fr: 'Table ronde' },
    },
  ];
  return {
    version: 1,
    event: {
      id: 'faire-collectif-2016',
      title: { en: 'Building collective action', fr: 'Faire collectif à l’heure du numérique' },
      subtitle: { en: 'Seminar', fr: 'Séminaire' },
      description: { en: 'A seminar.\n\n- One\n- Two', fr: 'Un séminaire.' },
      timeZone: 'Europe/Paris',
      defaultLanguage: 'en',
      languages: ['en', 'fr'],
      organisers: [
        { name: 'France Stratégie', role: { en: 'Organiser', fr: 'Organisateur' }, url: 'https://www.strategie.gouv.fr' },
      ],
      partners: [{ name: 'IRES', role: { en: 'Partner', fr: 'Partenaire' } }],
      start: items[0].start,
      end: items[items.length - 1].end,
    },
    days: [{ date: '2016-07-08', start: utc('2016-07-07T22:00') }],
    items,
    speakers: [ada, cesar],
    rooms: [room],
    tracks: [track],
    warnings: [],
  };
}
