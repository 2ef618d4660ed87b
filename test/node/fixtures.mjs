// A small valid programme shared by the model tests: each test takes a fresh copy.
export function validProgramme() {
  return {
    $schema: 'https://example.org/programme.schema.json',
    version: 1,
    event: {
      id: 'seminar-2016',
      title: { en: 'Seminar on work', fr: 'Séminaire sur le travail' },
      subtitle: 'Second edition',
      description: 'Two days of talks.\n\n- Debates\n- Panels',
      timeZone: 'Europe/Paris',
      days: ['2016-07-07', { date: '2016-07-08', title: { en: 'Day two', fr: 'Deuxième jour' } }],
      defaultLanguage: 'en',
      languages: ['en', 'fr'],
      organisers: [{ name: 'Org', role: { en: 'Host', fr: 'Hôte' }, url: 'https://example.org' }],
      partners: [{ name: 'Partner' }],
      location: { name: 'Hall', address: '1 rue X\nParis', url: 'https://example.org/map' },
      url: 'https://example.org/seminar',
    },
    speakers: [
      {
        id: 'ana-garcia',
        name: 'Ana García',
        title: { en: 'Secretary', fr: 'Secrétaire' },
        organisation: { name: 'Union', url: 'https://example.org/union' },
        country: 'ES',
        bio: 'Bio.',
        links: [{ url: 'https://example.org/ana', label: 'Site' }, { url: 'mailto:ana@example.org' }],
      },
      { id: 'ben-li', name: 'Ben Li', photo: { url: 'https://example.org/ben.jpg', alt: 'Ben Li' } },
    ],
    rooms: [
      { id: 'main', name: 'Main hall' },
      { id: 'b', name: { en: 'Room B', fr: 'Salle B' } },
    ],
    tracks: [{ id: 'policy', name: 'Policy', color: '#0a7d5a' }],
    items: [
      { id: 'welcome', type: 'welcome', day: '2016-07-07', start: '09:00', title: 'Welcome' },
      {
        id: 'keynote',
        type: 'keynote',
        day: '2016-07-07',
        start: '09:15',
        end: '10:00',
        title: { en: 'Keynote', fr: 'Conférence' },
        speakers: [{ id: 'ana-garcia', topic: 'Work' }],
        room: 'main',
        track: 'policy',
        language: 'es',
        tags: ['opening'],
        links: [{ url: 'https://example.org/slides' }],
      },
      {
        id: 'panel',
        type: 'panel',
        day: '2016-07-07',
        start: '10:00',
        duration: 'PT1H',
        title: 'Panel',
        speakers: [{ id: 'ben-li', role: 'moderator' }],
      },
      { id: 'recap', type: 'recap', day: '2016-07-08', start: '09:00', end: '10:00', title: 'Recap' },
    ],
  };
}

/** Freezes an object and everything in it. */
export function deepFreeze(value) {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze(value[key]);
  }
  return value;
}

/** ICU puts U+202F / U+00A0 / U+2009 in some outputs: compare with plain spaces. */
export function spaces(text) {
  return text.replace(/[\u202f\u00a0\u2009]/g, ' ');
}
