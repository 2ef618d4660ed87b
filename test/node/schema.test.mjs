// The JSON Schema for programme files: it compiles in Ajv strict mode, accepts
// the example programme, refuses typical mistakes, and stays in step with the
// input types declared in src/model/types.ts (read with the TypeScript API).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schemaPath = `${root}schema/programme.schema.json`;
const typesPath = `${root}src/model/types.ts`;
const examplePath = `${root}examples/digital-era-seminar.json`;

const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const typesSource = readFileSync(typesPath, 'utf8');

function compile(s = schema) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(s);
}

/* ------------------------------------------------------------------ */
/* Which TypeScript input type corresponds to which schema definition. */
/* ------------------------------------------------------------------ */

/**
 * Left: a selector into types.ts — an interface name, `Alias|object` for the
 * object member of a union type alias, or `Interface.property` for an inline
 * object type. Right: a JSON pointer into the schema.
 */
const MAPPING = [
  ['ProgrammeInput', '#'],
  ['EventInput', '#/$defs/Event'],
  ['DayInput|object', '#/$defs/DayObject'],
  ['LinkInput', '#/$defs/Link'],
  ['OrganisationInput', '#/$defs/Organisation'],
  ['LocationInput', '#/$defs/Location'],
  ['SpeakerInput', '#/$defs/Speaker'],
  ['SpeakerInput.organisation', '#/$defs/SpeakerOrganisation'],
  ['SpeakerInput.photo', '#/$defs/Photo'],
  ['ItemSpeakerInput', '#/$defs/ItemSpeaker'],
  ['RoomInput', '#/$defs/Room'],
  ['TrackInput', '#/$defs/Track'],
  ['ItemInput', '#/$defs/Item'],
];

/** Named types whose properties must use a `$ref` to the schema definition of the same meaning. */
const TYPE_REFS = {
  LocalisedText: '#/$defs/LocalisedText',
  ItemType: '#/$defs/ItemType',
  SpeakerRole: '#/$defs/SpeakerRole',
  ItemStatus: '#/$defs/ItemStatus',
  LinkKind: '#/$defs/LinkKind',
  LanguageTag: '#/$defs/LanguageTag',
};

function parseTypes(source) {
  return ts.createSourceFile('types.ts', source, ts.ScriptTarget.Latest, true);
}

function findInterface(sf, name) {
  const found = sf.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === name);
  if (!found) throw new Error(`types.ts: no interface ${name}`);
  return found;
}

function findTypeAlias(sf, name) {
  const found = sf.statements.find((s) => ts.isTypeAliasDeclaration(s) && s.name.text === name);
  if (!found) throw new Error(`types.ts: no type alias ${name}`);
  return found;
}

/** The member list (property signatures) that a selector designates. */
function membersOf(sf, selector) {
  if (selector.endsWith('|object')) {
    const alias = findTypeAlias(sf, selector.slice(0, -'|object'.length));
    const literal = ts.isUnionTypeNode(alias.type)
      ? alias.type.types.find((t) => ts.isTypeLiteralNode(t))
      : undefined;
    if (!literal) throw new Error(`types.ts: ${selector} has no object form`);
    return literal.members;
  }
  if (selector.includes('.')) {
    const [name, prop] = selector.split('.');
    const member = findInterface(sf, name).members.find((m) => m.name?.getText(sf) === prop);
    if (!member?.type || !ts.isTypeLiteralNode(member.type)) {
      throw new Error(`types.ts: ${selector} is not an inline object type`);
    }
    return member.type.members;
  }
  return findInterface(sf, selector).members;
}

/** Property names, optionality and type nodes of a member list. */
function shapeOf(sf, members) {
  const props = new Map();
  for (const m of members) {
    if (!ts.isPropertySignature(m)) continue;
    const name = ts.isStringLiteral(m.name) ? m.name.text : m.name.getText(sf);
    props.set(name, { optional: Boolean(m.questionToken), type: m.type });
  }
  return props;
}

function resolvePointer(s, pointer) {
  if (pointer === '#') return s;
  const parts = pointer.replace(/^#\//, '').split('/');
  let node = s;
  for (const p of parts) node = node?.[p.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node;
}

/** Differences between the TS input types and the schema, as readable messages. */
function compareTypesAndSchema(source, s) {
  const sf = parseTypes(source);
  const problems = [];
  for (const [selector, pointer] of MAPPING) {
    const def = resolvePointer(s, pointer);
    if (!def) {
      problems.push(`${selector}: schema has no ${pointer}`);
      continue;
    }
    const shape = shapeOf(sf, membersOf(sf, selector));
    const tsKeys = [...shape.keys()].sort();
    const schemaKeys = Object.keys(def.properties ?? {}).sort();
    const tsRequired = tsKeys.filter((k) => !shape.get(k).optional);
    const schemaRequired = [...(def.required ?? [])].sort();
    for (const k of tsKeys) {
      if (!schemaKeys.includes(k)) problems.push(`${selector}.${k}: missing from ${pointer}/properties`);
    }
    for (const k of schemaKeys) {
      if (!tsKeys.includes(k)) problems.push(`${pointer}/properties/${k}: not in ${selector}`);
    }
    for (const k of tsRequired) {
      if (!schemaRequired.includes(k)) problems.push(`${selector}.${k} is required in TS but not in ${pointer}/required`);
    }
    for (const k of schemaRequired) {
      if (!tsRequired.includes(k)) problems.push(`${pointer}/required lists ${k}, optional or absent in ${selector}`);
    }
    if (def.additionalProperties !== false) problems.push(`${pointer}: additionalProperties should be false`);
    // Named types and arrays must be represented the same way on both sides.
    for (const [k, { type }] of shape) {
      const sp = def.properties?.[k];
      if (!sp || !type) continue;
      if (ts.isTypeReferenceNode(type) && TYPE_REFS[type.typeName.getText(sf)]) {
        const want = TYPE_REFS[type.typeName.getText(sf)];
        if (sp.$ref !== want) problems.push(`${pointer}/properties/${k}: should be {"$ref": "${want}"}`);
      } else if (sp.$ref && Object.values(TYPE_REFS).includes(sp.$ref)) {
        problems.push(`${pointer}/properties/${k}: uses ${sp.$ref} but ${selector}.${k} is ${type.getText(sf)}`);
      }
      if (ts.isArrayTypeNode(type) !== (sp.type === 'array')) {
        problems.push(`${pointer}/properties/${k}: array in one place only (${type.getText(sf)})`);
      }
    }
    if (!def.description) problems.push(`${pointer}: no description`);
    for (const k of schemaKeys) {
      if (!def.properties[k].description) problems.push(`${pointer}/properties/${k}: no description`);
    }
  }
  // Every exported input interface must be mapped, so new ones cannot be forgotten.
  const mapped = new Set(MAPPING.map(([sel]) => sel.split(/[.|]/)[0]));
  for (const st of sf.statements) {
    if (ts.isInterfaceDeclaration(st) && st.name.text.endsWith('Input') && !mapped.has(st.name.text)) {
      problems.push(`interface ${st.name.text} has no schema definition in MAPPING`);
    }
  }
  return problems;
}

/** The string elements of `export const NAME = [...] as const`. */
function constArray(source, name) {
  const sf = parseTypes(source);
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (d.name.getText(sf) !== name || !d.initializer) continue;
      let init = d.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init)) init = init.expression;
      assert.ok(ts.isArrayLiteralExpression(init), `${name} is not an array literal`);
      return init.elements.map((e) => {
        assert.ok(ts.isStringLiteral(e), `${name} has a non-string element`);
        return e.text;
      });
    }
  }
  throw new Error(`types.ts: no const ${name}`);
}

/* ------------------------------------------------------------------ */

test('schema compiles with Ajv (draft 2020-12, strict mode)', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, 'https://unpkg.com/seminar-widgets/schema/programme.schema.json');
  const validate = compile();
  assert.equal(typeof validate, 'function');
});

test(
  'the example programme validates',
  { skip: existsSync(examplePath) ? false : 'examples/digital-era-seminar.json does not exist yet' },
  () => {
    const validate = compile();
    const example = JSON.parse(readFileSync(examplePath, 'utf8'));
    const ok = validate(example);
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  },
);

const minimal = () => ({
  $schema: 'https://unpkg.com/seminar-widgets/schema/programme.schema.json',
  version: 1,
  event: { title: { en: 'Seminar', fr: 'Séminaire' }, timeZone: 'Europe/Paris', days: ['2016-07-08'] },
  speakers: [{ id: 'ada-lovelace', name: 'Ada Lovelace', country: 'GB' }],
  items: [
    {
      id: 'talk-1',
      type: 'talk',
      start: '09:15',
      duration: 'PT45M',
      title: 'Engines',
      speakers: [{ id: 'ada-lovelace', role: 'speaker' }],
    },
    { id: 'lunch', type: 'meal', start: '2016-07-08T12:00:00+02:00', duration: 60, title: 'Lunch' },
  ],
});

test('accepts a minimal programme and both forms of days, times and durations', () => {
  const validate = compile();
  const p = minimal();
  assert.ok(validate(p), JSON.stringify(validate.errors));
  p.event.days = ['2016-07-08', { date: '2016-07-09', title: { fr: 'Jour 2' } }];
  p.items[0].day = '2016-07-09';
  p.items[0].end = '10:00:00';
  p.items[1].duration = 'PT1H30M';
  assert.ok(validate(p), JSON.stringify(validate.errors));
  for (const duration of ['P1D', 'P1W', 'PT1.5H', 'PT90S', 'P1DT2H', 0, 7.5]) {
    p.items[1].duration = duration;
    assert.ok(validate(p), `duration ${duration}: ${JSON.stringify(validate.errors)}`);
  }
  for (const end of ['24:00', '23:59:59', '2016-07-09T00:00:00.250+02:00', '2016-07-08T22:00Z']) {
    p.items[0].end = end;
    assert.ok(validate(p), `end ${end}: ${JSON.stringify(validate.errors)}`);
  }
  p.items[0].links = [{ url: 'mailto:info@example.org', label: 'Mail' }, { url: 'http://example.org/a%20b' }];
  assert.ok(validate(p), JSON.stringify(validate.errors));
  p.items[0].links.push({ url: 'https://example.org/live', kind: 'livestream' }, { url: 'https://example.org/v', kind: 'recording', label: 'Video' });
  for (const status of ['confirmed', 'tentative', 'moved', 'cancelled']) {
    p.items[0].status = status;
    assert.ok(validate(p), `status ${status}: ${JSON.stringify(validate.errors)}`);
  }
});

test('refuses typical mistakes', () => {
  const validate = compile();
  const cases = [
    ['unknown top-level field', (p) => { p.extra = true; }],
    ['version 2', (p) => { p.version = 2; }],
    ['unknown item type', (p) => { p.items[0].type = 'lecture'; }],
    ['unknown speaker role', (p) => { p.items[0].speakers[0].role = 'host'; }],
    ['unknown item status', (p) => { p.items[0].status = 'canceled'; }],
    ['unknown link kind', (p) => { p.items[0].links = [{ url: 'https://example.org/', kind: 'video' }]; }],
    ['misspelt item field', (p) => { p.items[0].speaker = []; }],
    ['start 24:00', (p) => { p.items[0].start = '24:00'; }],
    ['end 24:30', (p) => { p.items[0].end = '24:30'; }],
    ['time without minutes', (p) => { p.items[0].start = '9h'; }],
    ['date-time without offset', (p) => { p.items[0].start = '2016-07-08T09:15:00'; }],
    ['bad date', (p) => { p.event.days = ['2016-13-01']; }],
    ['no days', (p) => { p.event.days = []; }],
    ['negative duration', (p) => { p.items[0].duration = -5; }],
    ['duration "45 min"', (p) => { p.items[0].duration = '45 min'; }],
    ['empty duration "P"', (p) => { p.items[0].duration = 'P'; }],
    ['duration "PT"', (p) => { p.items[0].duration = 'PT'; }],
    ['duration in years', (p) => { p.items[0].duration = 'P1Y'; }],
    ['duration as a numeric string', (p) => { p.items[0].duration = '45'; }],
    ['URL with a space', (p) => { p.event.url = 'https://example.org/a b'; }],
    ['javascript: URL', (p) => { p.event.url = 'javascript:alert(1)'; }],
    ['relative link', (p) => { p.items[0].links = [{ url: '/slides.pdf' }]; }],
    ['lowercase country', (p) => { p.speakers[0].country = 'gb'; }],
    ['speaker id with capitals', (p) => { p.speakers[0].id = 'Ada-Lovelace'; }],
    ['item id starting with a dash', (p) => { p.items[0].id = '-x'; }],
    ['empty localised text', (p) => { p.items[0].title = ''; }],
    ['empty translations object', (p) => { p.items[0].title = {}; }],
    ['bad language key', (p) => { p.items[0].title = { 'en gb': 'x' }; }],
    ['colour name', (p) => { p.tracks = [{ id: 't', name: 'T', color: 'red' }]; }],
    ['missing title', (p) => { delete p.items[0].title; }],
    ['missing time zone', (p) => { delete p.event.timeZone; }],
  ];
  for (const [label, mutate] of cases) {
    const p = minimal();
    mutate(p);
    assert.equal(validate(p), false, `should refuse: ${label}`);
  }
});

test('schema and src/model/types.ts declare the same input properties', () => {
  assert.deepEqual(compareTypesAndSchema(typesSource, schema), []);
});

test('the types/schema comparison detects a property added on one side only', () => {
  // Schema side: an extra property and a dropped `required`.
  const s = structuredClone(schema);
  s.$defs.Item.properties.room2 = { description: 'x', type: 'string' };
  s.$defs.Speaker.required = ['id'];
  const fromSchema = compareTypesAndSchema(typesSource, s);
  assert.ok(fromSchema.some((m) => m.includes('room2')), fromSchema.join('\n'));
  assert.ok(fromSchema.some((m) => m.includes('SpeakerInput.name is required')), fromSchema.join('\n'));
  // TS side: an extra optional property on an inline object type, and a new input interface.
  const src = typesSource
    .replace('photo?: { url: string; alt?: LocalisedText };', 'photo?: { url: string; alt?: LocalisedText; credit?: string };')
    .concat('\nexport interface VenueInput { name: string }\n');
  const fromTypes = compareTypesAndSchema(src, schema);
  assert.ok(fromTypes.some((m) => m.includes('SpeakerInput.photo.credit')), fromTypes.join('\n'));
  assert.ok(fromTypes.some((m) => m.includes('VenueInput')), fromTypes.join('\n'));
});

test('schema enums equal ITEM_TYPES, SPEAKER_ROLES, ITEM_STATUSES and LINK_KINDS', () => {
  assert.deepEqual(schema.$defs.ItemType.enum, constArray(typesSource, 'ITEM_TYPES'));
  assert.deepEqual(schema.$defs.SpeakerRole.enum, constArray(typesSource, 'SPEAKER_ROLES'));
  assert.deepEqual(schema.$defs.ItemStatus.enum, constArray(typesSource, 'ITEM_STATUSES'));
  assert.deepEqual(schema.$defs.LinkKind.enum, constArray(typesSource, 'LINK_KINDS'));
});
