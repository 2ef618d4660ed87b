// The example programme (examples/digital-era-seminar.json) against its sources:
// the seed seminar programme text and its public facts (France Stratégie, 8 July 2016).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const examplePath = `${root}examples/digital-era-seminar.json`;
const modelPath = `${root}dist/model.js`;
const schemaPath = `${root}schema/programme.schema.json`;

const programme = JSON.parse(readFileSync(examplePath, 'utf8'));
const { event, speakers, items } = programme;
const item = (id) => items.find((i) => i.id === id);
const speaker = (id) => speakers.find((s) => s.id === id);

const NNBSP = '\u202F';
const NBSP = '\u00A0';

/** The seed's programme, in order: id, start, type, and the speakers it names. */
const EXPECTED_ITEMS = [
  ['welcome', '08:45', 'welcome', []],
  ['introduction', '09:00', 'introduction', []],
  ['opening-talk', '09:05', 'keynote', ['mark-graham']],
  ['session-1', '09:15', 'session', ['kristy-milland', 'robert-fuss', 'sarah-bormann']],
  ['debate-1', '09:30', 'debate', []],
  ['session-2', '10:15', 'session', ['caitlin-pearce', 'claudio-treves', 'cesar-garcia-arnal']],
  ['debate-2', '10:30', 'debate', []],
  ['coffee-break', '11:15', 'break', []],
  ['session-3', '11:30', 'session', ['christophe-lemaire', 'delphine-chenuet', 'stephane-veyer']],
  ['debate-3', '11:45', 'debate', []],
  ['recap', '12:10', 'recap', ['olivier-meriaux']],
  ['lunch', '13:00', 'meal', []],
];

/** The seed's speakers: id, name, organisation, country. */
const EXPECTED_SPEAKERS = [
  ['mark-graham', 'Mark Graham', 'Oxford Internet Institute', 'GB'],
  ['kristy-milland', 'Kristy Milland', 'TurkerNation.com', 'CA'],
  ['robert-fuss', 'Robert Fuss', 'IG Metall', 'DE'],
  ['sarah-bormann', 'Sarah Bormann', 'Ver.di', 'DE'],
  ['caitlin-pearce', 'Caitlin Pearce', 'Freelancers Union', 'US'],
  ['claudio-treves', 'Claudio Treves', 'NIdiL-Cgil', 'IT'],
  ['cesar-garcia-arnal', 'César Garcia Arnal', 'UPTA — Unión de Profesionales y Trabajadores Autónomos', 'ES'],
  ['christophe-lemaire', 'Christophe Lemaire', 'French Allianz for Design', 'FR'],
  ['delphine-chenuet', 'Delphine Chenuet', 'Collectif des tiers-lieux', 'FR'],
  ['stephane-veyer', 'Stéphane Veyer', 'Coopaname', 'FR'],
  ['olivier-meriaux', 'Olivier Mériaux', 'ANACT', 'FR'],
];

/** Every LocalisedText value in the file, with its JSON pointer. */
function localisedFields() {
  const out = [];
  const add = (path, value) => {
    if (value !== undefined) out.push([path, value]);
  };
  for (const key of ['title', 'subtitle', 'description']) add(`/event/${key}`, event[key]);
  for (const group of ['organisers', 'partners']) {
    (event[group] ?? []).forEach((o, i) => {
      add(`/event/${group}/${i}/name`, o.name);
      add(`/event/${group}/${i}/role`, o.role);
    });
  }
  speakers.forEach((s, i) => {
    add(`/speakers/${i}/title`, s.title);
    add(`/speakers/${i}/organisation/name`, s.organisation?.name);
    add(`/speakers/${i}/bio`, s.bio);
  });
  items.forEach((it, i) => {
    for (const key of ['title', 'subtitle', 'description']) add(`/items/${i}/${key}`, it[key]);
    (it.speakers ?? []).forEach((s, j) => add(`/items/${i}/speakers/${j}/topic`, s.topic));
  });
  return out;
}

/** Every object anywhere in the file that carries an `en` or `fr` key. */
function languageObjects(value, path = '', out = []) {
  if (Array.isArray(value)) value.forEach((v, i) => languageObjects(v, `${path}/${i}`, out));
  else if (value && typeof value === 'object') {
    if ('en' in value || 'fr' in value) out.push([path, value]);
    for (const [k, v] of Object.entries(value)) languageObjects(v, `${path}/${k}`, out);
  }
  return out;
}

test('the example is a v1 programme pointing at the schema', () => {
  assert.equal(programme.$schema, '../schema/programme.schema.json');
  assert.equal(programme.version, 1);
});

test('event facts: one day, 8 July 2016, Europe/Paris, English and French', () => {
  assert.equal(event.id, 'faire-collectif-2016');
  assert.equal(event.timeZone, 'Europe/Paris');
  assert.deepEqual(event.days, ['2016-07-08']);
  assert.equal(event.defaultLanguage, 'en');
  assert.deepEqual(event.languages, ['en', 'fr']);
  assert.equal(
    event.title.en,
    'Building collective groups and action: what does it mean for workers in digital era?',
  );
  assert.equal(event.title.fr, "Faire collectif à l'heure du numérique");
  assert.equal(items[0].start, '08:45');
  assert.equal(items.at(-1).end, '13:30');
  assert.equal(event.location, undefined, 'no venue is known: location must be omitted');
  assert.equal(event.url, undefined);
});

test('organisers and partners', () => {
  assert.equal(event.organisers.length, 1);
  assert.equal(event.organisers[0].name, 'France Stratégie');
  assert.equal(event.organisers[0].url, 'https://www.strategie.gouv.fr');
  assert.deepEqual(event.organisers[0].role, { en: 'Organiser', fr: 'Organisateur' });
  assert.equal(event.partners.length, 2);
  assert.match(event.partners[0].name, /^Astrees\b/);
  assert.match(event.partners[1].name, /^IRES\b/);
  for (const p of event.partners) {
    assert.match(p.role.en, /Sharers & Workers/);
    assert.match(p.role.fr, /Sharers & Workers/);
    assert.equal(p.url, undefined, 'partner urls are not in the sources');
  }
});

test('event description: the whole call, cleaned, with the three questions as a list', () => {
  const { en, fr } = event.description;
  assert.ok(en.startsWith('Collective action can be fraught with difficulty'));
  assert.ok(en.includes('activism without institutions'), 'PDF hyphenation repaired');
  assert.doesNotMatch(en, /institu-|tiers-\s/);
  assert.ok(en.includes('And what needs are there?'), 'stray blank line in the first question removed');
  assert.ok(
    en.endsWith(
      'The seminar will end with a roundtable aiming to identify the main issues at stake and the next steps to be taken.',
    ),
  );
  for (const text of [en, fr]) {
    assert.doesNotMatch(text, /\n{3,}/, 'paragraphs separated by exactly one blank line');
    assert.doesNotMatch(text, /–/, 'no PDF en-dash bullets');
    const bullets = text.split('\n').filter((l) => l.startsWith('- '));
    assert.equal(bullets.length, 3);
    const paragraphs = text.split('\n\n');
    assert.equal(paragraphs.length, 6);
    assert.equal(paragraphs[4], bullets.join('\n'), 'the questions form one list block');
    for (const p of paragraphs) {
      for (const line of p.split('\n')) assert.equal(line, line.trim(), 'no stray spaces');
      // No PDF line breaks left inside a paragraph.
      if (!p.startsWith('- ')) assert.ok(!p.includes('\n'), `paragraph has a line break: ${p.slice(0, 40)}`);
    }
  }
  assert.match(fr, /table ronde/);
});

test('French text follows French typography', () => {
  for (const [path, value] of localisedFields()) {
    if (typeof value !== 'object') continue;
    const fr = value.fr;
    assert.doesNotMatch(fr, / [?!;:»]|« /, `${path}: ordinary space in French punctuation`);
    assert.doesNotMatch(fr, /[^\s\u202F\u00A0][?!;»]/u, `${path}: missing thin space before ? ! ; »`);
    assert.doesNotMatch(fr, /«[^\u202F]/u, `${path}: missing thin space after «`);
    assert.doesNotMatch(fr, /[^\u00A0\d]:|\u202F:/u, `${path}: missing no-break space before :`);
    assert.doesNotMatch(fr, /"/, `${path}: use « » in French`);
  }
  // The typography is actually present where it should be.
  assert.ok(event.description.fr.includes(`${NNBSP}?`));
  assert.ok(event.description.fr.includes(`${NBSP}:`));
  assert.ok(speaker('sarah-bormann').title.fr.includes(`«${NNBSP}Cloud and crowd${NNBSP}»`));
});

test('every localised field has English and French', () => {
  const fields = localisedFields();
  assert.ok(fields.length > 40);
  for (const [path, value] of fields) {
    if (typeof value === 'string') {
      // Plain strings only for proper names, which are the same in both languages.
      assert.match(path, /\/name$/, `${path} should be localised`);
      assert.notEqual(value.trim(), '');
      continue;
    }
    assert.deepEqual(Object.keys(value).sort(), ['en', 'fr'], path);
    assert.notEqual(value.en.trim(), '', `${path}/en`);
    assert.notEqual(value.fr.trim(), '', `${path}/fr`);
  }
  // And no language object hides elsewhere without both languages.
  const objects = languageObjects(programme);
  assert.ok(objects.length >= fields.filter(([, v]) => typeof v === 'object').length);
  for (const [path, value] of objects) {
    assert.deepEqual(Object.keys(value).sort(), ['en', 'fr'], path);
    assert.equal(typeof value.en, 'string', path);
    assert.equal(typeof value.fr, 'string', path);
  }
});

test('12 items with the seed\'s ids, times and types, in order', () => {
  assert.deepEqual(
    items.map((i) => [i.id, i.start, i.type]),
    EXPECTED_ITEMS.map(([id, start, type]) => [id, start, type]),
  );
  for (const it of items) {
    assert.equal(it.day, undefined, 'single-day event: no day needed');
    assert.equal(it.duration, undefined);
    if (it.id !== 'lunch') assert.equal(it.end, undefined, `${it.id}: end is derived from the next item`);
  }
  assert.equal(item('lunch').end, '13:30');
});

test('item titles and subtitles from the seed', () => {
  assert.equal(item('opening-talk').title.en, 'Building collective groups and action in digital era');
  assert.equal(item('session-1').title.en, 'Defending the rights of crowd workers');
  assert.equal(item('session-1').subtitle.en, 'Three experiences from abroad');
  assert.equal(item('session-2').title.en, 'Creating new unions for self-employed workers');
  assert.equal(item('session-2').subtitle.en, 'The US, Italian and Spanish unions of autonomous workers');
  assert.equal(
    item('session-3').title.en,
    'Alternative forms of organization: the role of third parties and professional bodies',
  );
  for (const id of ['debate-1', 'debate-2', 'debate-3']) {
    assert.deepEqual(item(id).title, { en: 'Debate', fr: 'Débat' });
  }
  assert.equal(item('coffee-break').title.en, 'Coffee break');
  assert.equal(item('recap').title.en, 'Recap and next steps');
  assert.equal(item('lunch').title.en, 'Buffet lunch');
});

test('11 speakers, each in exactly the item the seed gives', () => {
  assert.deepEqual(
    speakers.map((s) => [s.id, s.name, s.organisation.name, s.country]),
    EXPECTED_SPEAKERS,
  );
  for (const s of speakers) {
    assert.match(s.id, /^[a-z]+(-[a-z]+)*$/, 'lowercase ASCII slug');
    assert.equal(s.bio, undefined, `${s.id}: no bio in the sources`);
    assert.equal(s.photo, undefined, `${s.id}: no photo in the sources`);
  }
  for (const [id, , , names] of EXPECTED_ITEMS) {
    const refs = item(id).speakers ?? [];
    assert.deepEqual(refs.map((r) => r.id), names, `${id}: speakers`);
    for (const r of refs) assert.equal(r.role, 'speaker', `${id}/${r.id}: role`);
  }
  const appearances = items.flatMap((it) => (it.speakers ?? []).map((r) => r.id)).sort();
  assert.deepEqual(appearances, speakers.map((s) => s.id).sort(), 'each speaker appears exactly once');
});

test('session 3 has two sub-topics as per-speaker topics', () => {
  const topics = Object.fromEntries(item('session-3').speakers.map((r) => [r.id, r.topic?.en]));
  assert.deepEqual(topics, {
    'christophe-lemaire': 'A look at the creative professions',
    'delphine-chenuet': 'Co-working, and business and work co-operatives',
    'stephane-veyer': 'Co-working, and business and work co-operatives',
  });
  assert.equal(item('session-3').subtitle, undefined, 'the seed gives session 3 no subtitle');
});

test('the recap holds the general overview and the roundtable', () => {
  const recap = item('recap');
  assert.deepEqual(recap.speakers[0].topic.en, 'General overview');
  assert.match(recap.description.en, /^Roundtable to identify the main issues at stake/);
  assert.equal(items.filter((i) => i.type === 'roundtable').length, 0, 'no invented roundtable time');
  // Only the seed's topics: no other item has speaker topics.
  for (const it of items) {
    if (it.id === 'session-3' || it.id === 'recap') continue;
    for (const r of it.speakers ?? []) assert.equal(r.topic, undefined, `${it.id}/${r.id}`);
  }
});

test('urls are https', () => {
  const urls = [
    ...event.organisers.map((o) => o.url),
    ...speakers.map((s) => s.organisation?.url),
  ].filter(Boolean);
  assert.ok(urls.length >= 7);
  for (const u of urls) assert.match(u, /^https:\/\/[a-z0-9.-]+\.[a-z]+$/);
});

test(
  'the example is valid against schema/programme.schema.json',
  { skip: !existsSync(schemaPath) && 'schema/programme.schema.json not written yet' },
  async () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const { default: Ajv } = String(schema.$schema).includes('2020-12')
      ? await import('ajv/dist/2020.js')
      : await import('ajv');
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(programme), JSON.stringify(validate.errors, null, 2));
  },
);

test(
  'the model validates and parses the example without errors or warnings',
  { skip: !existsSync(modelPath) && 'dist/model.js not built yet (npx tsc -p tsconfig.model.json)' },
  async () => {
    const { validateProgramme, parseProgramme, parseLongText } = await import(
      pathToFileURL(modelPath).href
    );
    const result = validateProgramme(programme);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.warnings, []);
    assert.equal(result.ok, true);

    const parsed = parseProgramme(programme);
    assert.equal(parsed.event.start, Date.UTC(2016, 6, 8, 6, 45)); // 08:45 CEST
    assert.equal(parsed.event.end, Date.UTC(2016, 6, 8, 11, 30)); // 13:30 CEST
    assert.deepEqual(parsed.warnings, []);
    assert.deepEqual(
      parsed.items.map((i) => i.id),
      EXPECTED_ITEMS.map(([id]) => id),
    );
    // Ends derived from the next item; the lunch's end is given.
    const session1 = parsed.items.find((i) => i.id === 'session-1');
    assert.equal(session1.end, Date.UTC(2016, 6, 8, 7, 30));
    assert.equal(session1.endDerived, true);
    const lunch = parsed.items.at(-1);
    assert.equal(lunch.endDerived, false);
    assert.equal(lunch.pause, true);
    assert.equal(parsed.items.find((i) => i.id === 'coffee-break').pause, true);
    for (const it of parsed.items) assert.equal(it.openEnd, false, it.id);
    // The call text reads as five paragraphs and one three-bullet list, in both languages.
    for (const lang of ['en', 'fr']) {
      const blocks = parseLongText(event.description[lang]);
      assert.deepEqual(
        blocks.map((b) => b.type),
        ['paragraph', 'paragraph', 'paragraph', 'paragraph', 'list', 'paragraph'],
        lang,
      );
      assert.equal(blocks[4].items.length, 3, lang);
    }
    // Each speaker's items, resolved.
    const byId = Object.fromEntries(parsed.speakers.map((s) => [s.id, s.items]));
    for (const [id, , , names] of EXPECTED_ITEMS) {
      for (const name of names) assert.deepEqual(byId[name], [id], name);
    }
  },
);
