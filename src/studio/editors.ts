/**
 * The studio's forms for the programme's lists: speakers, organisers and
 * partners, rooms, tracks, and the details of an item (type, speakers and
 * their roles, room, track, links, status). Each list shows its entries; the
 * one chosen opens in a form below, with buttons to move it up or down,
 * duplicate or delete it (undo brings it back). Every text is edited in each
 * of the programme's languages side by side (fields.ts).
 *
 * Call inside render (labels use `msg`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../internal/localize.js';
import { roleLabel } from '../internal/role-label.js';
import { linkKindLabel, statusLabel, typeLabel } from '../components/seminar-agenda/labels.js';
import { ITEM_STATUSES, ITEM_TYPES, LINK_KINDS, SPEAKER_ROLES, type LocalisedText, type ProgrammeInput } from '../model/types.js';
import {
  LISTS,
  addEntry,
  defaultLanguageOf,
  deleteEntry,
  duplicateEntry,
  getIn,
  moveEntry,
  pointer,
  renameEntry,
  setIn,
  setTextAt,
  setValueAt,
  textIn,
  type ListName,
  type Path,
} from './edit.js';
import { choiceField, textField, valueField, type FieldProblem } from './fields.js';

/** What the forms read and how they change the programme (the studio gives it). */
export interface EditorContext {
  readonly programme: ProgrammeInput;
  /** The programme's languages, its default first. */
  readonly languages: readonly string[];
  readonly defaultLanguage: string;
  /** The interface's language. */
  readonly uiLocale: string;
  /** The problems the validator reports at exactly `path`. */
  problemsAt(path: Path): FieldProblem[];
  /** The worst problem anywhere under `path`. */
  worstUnder(path: Path): 'error' | 'warning' | undefined;
  /** Replaces the programme (undo can bring the old one back); `said` is announced. */
  edit(next: ProgrammeInput, said?: () => string): void;
  /** The entry of `list` open in its form. */
  selected(list: ListName): number | undefined;
  /** Opens entry `index` of `list` (`undefined`: closes it); focus goes to its heading, or its first field. */
  select(list: ListName, index: number | undefined, focus?: 'heading' | 'field' | 'none'): void;
}

/* ------------------------------------------------------------------ */
/* Fields bound to the programme                                      */
/* ------------------------------------------------------------------ */

function text(ctx: EditorContext, path: Path, label: string, options: { required?: boolean; long?: boolean } = {}): TemplateResult {
  return textField({
    path,
    label,
    problems: ctx.problemsAt(path),
    value: getIn(ctx.programme, path) as LocalisedText | undefined,
    languages: ctx.languages,
    defaultLanguage: ctx.defaultLanguage,
    uiLocale: ctx.uiLocale,
    long: options.long ?? false,
    onText: (lang, value) => {
      ctx.edit(setTextAt(ctx.programme, path, lang, value, options.required ?? false));
    },
  });
}

function value(
  ctx: EditorContext,
  path: Path,
  label: string,
  options: { required?: boolean; type?: 'text' | 'url'; hint?: string; suggestions?: readonly string[]; set?: (value: string) => ProgrammeInput } = {},
): TemplateResult {
  const current = getIn(ctx.programme, path);
  return valueField({
    path,
    label,
    problems: ctx.problemsAt(path),
    value: typeof current === 'string' || typeof current === 'number' ? current : undefined,
    type: options.type ?? 'text',
    ...(options.hint ? { hint: options.hint } : {}),
    ...(options.suggestions ? { suggestions: options.suggestions } : {}),
    onValue: (v) => {
      ctx.edit(options.set ? options.set(v) : setValueAt(ctx.programme, path, v, options.required ?? false));
    },
  });
}

function choice(ctx: EditorContext, path: Path, label: string, options: readonly (readonly [string, string])[], required = false): TemplateResult {
  const current = getIn(ctx.programme, path);
  return choiceField({
    path,
    label,
    problems: ctx.problemsAt(path),
    value: typeof current === 'string' ? current : '',
    options,
    onValue: (v) => {
      ctx.edit(setValueAt(ctx.programme, path, v, required));
    },
  });
}

/* ------------------------------------------------------------------ */
/* A list and the form of its chosen entry                            */
/* ------------------------------------------------------------------ */

export interface ListSpec {
  list: ListName;
  newEntry: () => unknown;
  /** Its fields. */
  form: (index: number) => TemplateResult;
  /** What was deleted, said after. */
  deleted: (name: string, removedFrom: number) => string;
}

function count(ctx: EditorContext, list: ListName): number {
  const values = getIn(ctx.programme, LISTS[list]);
  return Array.isArray(values) ? values.length : 0;
}

function flag(worst: 'error' | 'warning' | undefined): TemplateResult | typeof nothing {
  if (!worst) return nothing;
  return html` <span class="flag ${worst}">${worst === 'error' ? msg('(to fix)') : msg('(to check)')}</span>`;
}

/** Move up, move down, duplicate, delete: for the entry open in its form. */
function entryActions(ctx: EditorContext, spec: ListSpec, index: number): TemplateResult {
  const n = count(ctx, spec.list);
  const name = entryName(ctx.programme, spec.list, index) || msg('(no name yet)');
  const move = (by: number) => {
    if (index + by < 0 || index + by >= n) return;
    ctx.edit(moveEntry(ctx.programme, spec.list, index, by), () => msg(str`Moved to place ${index + by + 1} of ${n}.`));
    ctx.select(spec.list, index + by, 'none');
  };
  return html`<p class="actions entry-actions">
    <button type="button" class="move-up" aria-disabled=${index === 0 ? 'true' : 'false'} @click=${() => { move(-1); }}>${msg('Move up')}</button>
    <button type="button" class="move-down" aria-disabled=${index === n - 1 ? 'true' : 'false'} @click=${() => { move(1); }}>${msg('Move down')}</button>
    <button
      type="button"
      class="duplicate"
      @click=${() => {
        ctx.edit(duplicateEntry(ctx.programme, spec.list, index), () => msg('Duplicated: the copy is open below its original.'));
        ctx.select(spec.list, index + 1, 'heading');
      }}
    >
      ${msg('Duplicate')}
    </button>
    <button
      type="button"
      class="delete"
      @click=${() => {
        const { programme, removedFrom } = deleteEntry(ctx.programme, spec.list, index);
        ctx.select(spec.list, undefined, 'heading');
        ctx.edit(programme, () => spec.deleted(name, removedFrom));
      }}
    >
      ${msg('Delete')}
    </button>
  </p>`;
}

/** The form of entry `index`: its heading, its own problems, its actions and fields. */
export function entryForm(ctx: EditorContext, spec: ListSpec, index: number): TemplateResult {
  const path = [...LISTS[spec.list], index];
  const own = ctx.problemsAt(path);
  const headingId = `${spec.list}-form-heading`;
  return html`<div class="entry-form" id=${`${spec.list}-form`} role="group" aria-labelledby=${headingId}>
    <h3 id=${headingId} tabindex="-1" data-path=${pointer(path)} aria-describedby=${own.map((p) => p.id).join(' ') || nothing}>
      ${entryTitle(ctx.programme, spec.list, index)}
    </h3>
    ${own.map((p) => html`<p class="marker ${p.severity}" id=${p.id}><span class="severity">${p.severity === 'error' ? msg('Error:') : msg('Warning:')}</span> ${p.text}</p>`)}
    ${entryActions(ctx, spec, index)} ${spec.form(index)}
    <p class="actions"><button type="button" class="close" @click=${() => { ctx.select(spec.list, undefined, 'heading'); }}>${msg('Close')}</button></p>
  </div>`;
}

/** A list as its own panel: its entries (each opens its form), "Add", and the open entry's form. */
export function listPanel(ctx: EditorContext, spec: ListSpec, intro?: string): TemplateResult {
  const n = count(ctx, spec.list);
  const open = ctx.selected(spec.list);
  const headingId = `${spec.list}-heading`;
  return html`<section class="panel list-panel" aria-labelledby=${headingId} data-list=${spec.list}>
    <h2 id=${headingId} tabindex="-1">${listWords[spec.list]().heading} <span class="count">(${n})</span></h2>
    ${intro ? html`<p>${intro}</p>` : nothing}
    ${n
      ? html`<ul class="entries" aria-labelledby=${headingId}>
          ${Array.from({ length: n }, (_, i) => {
            const name = entryName(ctx.programme, spec.list, i) || msg('(no name yet)');
            return html`<li>
              <button
                type="button"
                class="entry"
                data-index=${i}
                aria-expanded=${open === i ? 'true' : 'false'}
                aria-controls=${open === i ? `${spec.list}-form` : nothing}
                @click=${() => { ctx.select(spec.list, open === i ? undefined : i, 'heading'); }}
              >${name}</button
              >${flag(ctx.worstUnder([...LISTS[spec.list], i]))}
            </li>`;
          })}
        </ul>`
      : html`<p>${msg('None yet.')}</p>`}
    <p class="actions">
      <button
        type="button"
        class="add"
        @click=${() => {
          ctx.edit(addEntry(ctx.programme, spec.list, spec.newEntry()), () => msg('Added at the end of the list.'));
          ctx.select(spec.list, n, 'field');
        }}
      >
        ${listWords[spec.list]().add}
      </button>
    </p>
    ${open !== undefined && open < n ? entryForm(ctx, spec, open) : nothing}
  </section>`;
}

/* ------------------------------------------------------------------ */
/* Links (of a speaker, of an item)                                   */
/* ------------------------------------------------------------------ */

function linksField(ctx: EditorContext, path: Path, withKind: boolean): TemplateResult {
  const links = (getIn(ctx.programme, path) as unknown[] | undefined) ?? [];
  const setLinks = (next: unknown[]) => setIn(ctx.programme, path, next.length ? next : undefined);
  return html`<fieldset class="sub">
    <legend>${msg('Links')}</legend>
    ${links.map((_, j) => {
      const n = j + 1;
      return html`<div class="sub-entry" role="group" aria-label=${msg(str`Link ${n}`)}>
        ${value(ctx, [...path, j, 'url'], msg(str`Address of link ${n}`), { type: 'url', required: true, hint: msg('https://… or mailto:…') })}
        ${withKind ? choice(ctx, [...path, j, 'kind'], msg(str`What link ${n} leads to`), [['', msg('A page')], ...LINK_KINDS.map((k) => [k, linkKindLabel(k)] as const)]) : nothing}
        ${text(ctx, [...path, j, 'label'], msg(str`Text of link ${n}`))}
        <p class="actions">
          <button type="button" class="remove" @click=${() => { ctx.edit(setLinks(links.filter((__, k) => k !== j)), () => msg('Link removed.')); }}>${msg(str`Remove link ${n}`)}</button>
        </p>
      </div>`;
    })}
    <p class="actions"><button type="button" class="add-link" @click=${() => { ctx.edit(setLinks([...links, { url: '' }]), () => msg('Link added.')); }}>${msg('Add a link')}</button></p>
  </fieldset>`;
}

/* ------------------------------------------------------------------ */
/* The lists                                                          */
/* ------------------------------------------------------------------ */

/** A name or title as the studio shows it: in `lang`, else in the first language it has ('' when none). */
function nameIn(lang: string, text: unknown): string {
  if (typeof text === 'string') return text;
  return textIn(text as LocalisedText | undefined, lang, lang) || Object.values((text as Record<string, string> | undefined) ?? {})[0] || '';
}

/** What entry `index` of `list` is called ('' before it has a name): an item's title, any other entry's name. */
function entryName(programme: ProgrammeInput, list: ListName, index: number): string {
  const entry = getIn(programme, [...LISTS[list], index]) as Record<string, unknown> | undefined;
  return nameIn(defaultLanguageOf(programme), entry?.[list === 'items' ? 'title' : 'name']);
}

/** What the studio calls each list: its heading, its "Add" button, an entry without a name and with one. */
export const listWords: Record<ListName, () => { heading: string; add: string; numbered: (n: number) => string; named: (n: number, name: string) => string }> = {
  speakers: () => ({ heading: msg('Speakers'), add: msg('Add a speaker'), numbered: (n) => msg(str`Speaker ${n}`), named: (n, name) => msg(str`Speaker ${n}: ${name}`) }),
  organisers: () => ({ heading: msg('Organisers'), add: msg('Add an organiser'), numbered: (n) => msg(str`Organiser ${n}`), named: (n, name) => msg(str`Organiser ${n}: ${name}`) }),
  partners: () => ({ heading: msg('Partners'), add: msg('Add a partner'), numbered: (n) => msg(str`Partner ${n}`), named: (n, name) => msg(str`Partner ${n}: ${name}`) }),
  rooms: () => ({ heading: msg('Rooms'), add: msg('Add a room'), numbered: (n) => msg(str`Room ${n}`), named: (n, name) => msg(str`Room ${n}: ${name}`) }),
  tracks: () => ({ heading: msg('Tracks'), add: msg('Add a track'), numbered: (n) => msg(str`Track ${n}`), named: (n, name) => msg(str`Track ${n}: ${name}`) }),
  items: () => ({ heading: msg('Items'), add: msg('Add an item'), numbered: (n) => msg(str`Item ${n}`), named: (n, name) => msg(str`Item ${n}: ${name}`) }),
};

function newId(ctx: EditorContext, list: ListName, stem: string): string {
  const taken = new Set((getIn(ctx.programme, LISTS[list]) as { id?: string }[] | undefined)?.map((e) => e.id) ?? []);
  for (let n = count(ctx, list) + 1; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

const idHint = (): string => msg('Letters, digits and hyphens; items that refer to it follow a change.');

export function speakersPanel(ctx: EditorContext): TemplateResult {
  const list = 'speakers';
  const at = (i: number, ...rest: (string | number)[]): Path => ['speakers', i, ...rest];
  return listPanel(ctx, {
    list,
    newEntry: () => ({ id: newId(ctx, list, 'speaker'), name: '' }),
    deleted: (name, removedFrom) => (removedFrom ? msg(str`Deleted ${name}, and took them out of the items they were in.`) : msg(str`Deleted ${name}.`)),
    form: (i) => html`
      ${value(ctx, at(i, 'name'), msg('Name'), { required: true })}
      ${value(ctx, at(i, 'id'), msg('Identifier'), { hint: idHint(), set: (v) => renameEntry(ctx.programme, list, i, v) })}
      ${text(ctx, at(i, 'title'), msg('Role or job title'))}
      ${text(ctx, at(i, 'organisation', 'name'), msg('Affiliation'))}
      ${value(ctx, at(i, 'organisation', 'url'), msg('Website of the affiliation'), { type: 'url' })}
      ${value(ctx, at(i, 'country'), msg('Country (ISO code, such as FR)'))}
      ${value(ctx, at(i, 'photo', 'url'), msg('Photo (address of the image)'), { type: 'url', hint: msg('https://…') })}
      ${text(ctx, at(i, 'photo', 'alt'), msg('Text alternative of the photo (leave empty when it only repeats the name)'))}
      ${text(ctx, at(i, 'bio'), msg('Biography'), { long: true })} ${linksField(ctx, at(i, 'links'), false)}
    `,
  });
}

/** Organisers, or partners: a name, a role, a website. */
export function organisationsPanel(ctx: EditorContext, list: 'organisers' | 'partners'): TemplateResult {
  const at = (i: number, ...rest: (string | number)[]): Path => [...LISTS[list], i, ...rest];
  return listPanel(ctx, {
    list,
    newEntry: () => ({ name: '' }),
    deleted: (name) => msg(str`Deleted ${name}.`),
    form: (i) => html`
      ${text(ctx, at(i, 'name'), msg('Name'), { required: true })} ${text(ctx, at(i, 'role'), msg('Role (such as "Host")'))}
      ${value(ctx, at(i, 'url'), msg('Website'), { type: 'url' })}
    `,
  });
}

/** Rooms, or tracks: a name, and the identifier the items refer to (a track has a colour too). */
export function referencedPanel(ctx: EditorContext, list: 'rooms' | 'tracks'): TemplateResult {
  const rooms = list === 'rooms';
  const orphaned = (name: string): string => (rooms ? msg(str`Deleted ${name}; its items have no room now.`) : msg(str`Deleted ${name}; its items have no track now.`));
  return listPanel(ctx, {
    list,
    newEntry: () => ({ id: newId(ctx, list, rooms ? 'room' : 'track'), name: '' }),
    deleted: (name, removedFrom) => (removedFrom ? orphaned(name) : msg(str`Deleted ${name}.`)),
    form: (i) => html`
      ${text(ctx, [list, i, 'name'], msg('Name'), { required: true })}
      ${value(ctx, [list, i, 'id'], msg('Identifier'), { hint: idHint(), set: (v) => renameEntry(ctx.programme, list, i, v) })}
      ${rooms ? nothing : value(ctx, [list, i, 'color'], msg('Colour (such as #1a6)'))}
    `,
  });
}

/* ------------------------------------------------------------------ */
/* An item's details                                                  */
/* ------------------------------------------------------------------ */

/** The speakers of item `i`, each with a role, in order. */
function itemSpeakers(ctx: EditorContext, i: number): TemplateResult {
  const path: Path = ['items', i, 'speakers'];
  const rows = (getIn(ctx.programme, path) as { id: string; role?: string }[] | undefined) ?? [];
  const all = ctx.programme.speakers ?? [];
  const options = all.map((s) => [s.id, s.name || s.id] as const);
  const setRows = (next: unknown[]) => setIn(ctx.programme, path, next.length ? next : undefined);
  const move = (j: number, by: number) => {
    if (j + by < 0 || j + by >= rows.length) return;
    const next = rows.slice();
    const [moved] = next.splice(j, 1);
    next.splice(j + by, 0, moved);
    ctx.edit(setRows(next), () => msg(str`Moved to place ${j + by + 1} of ${rows.length}.`));
  };
  const free = all.find((s) => !rows.some((r) => r.id === s.id));
  return html`<fieldset class="sub">
    <legend>${msg('Speakers and their roles')}</legend>
    ${rows.map((_, j) => {
      const n = j + 1;
      return html`<div class="sub-entry row" role="group" aria-label=${msg(str`Speaker ${n} of the item`)}>
        ${choice(ctx, [...path, j, 'id'], msg(str`Speaker ${n}`), options, true)}
        ${choice(ctx, [...path, j, 'role'], msg(str`Role of speaker ${n}`), [['', roleLabel('speaker')], ...SPEAKER_ROLES.filter((r) => r !== 'speaker').map((r) => [r, roleLabel(r)] as const)])}
        <p class="actions">
          <button type="button" aria-disabled=${j === 0 ? 'true' : 'false'} @click=${() => { move(j, -1); }}>${msg('Move up')}</button>
          <button type="button" aria-disabled=${j === rows.length - 1 ? 'true' : 'false'} @click=${() => { move(j, 1); }}>${msg('Move down')}</button>
          <button type="button" class="remove" @click=${() => { ctx.edit(setRows(rows.filter((__, k) => k !== j)), () => msg('Speaker taken out of the item.')); }}>
            ${msg(str`Take out speaker ${n}`)}
          </button>
        </p>
      </div>`;
    })}
    ${all.length === 0
      ? html`<p>${msg('Add speakers in the Speakers section first.')}</p>`
      : html`<p class="actions">
          <button
            type="button"
            class="add-speaker"
            @click=${() => { ctx.edit(setRows([...rows, { id: (free ?? all[0])?.id ?? '' }]), () => msg('Speaker added to the item: choose who below.')); }}
          >
            ${msg('Add a speaker to the item')}
          </button>
        </p>`}
  </fieldset>`;
}

/** The spec of the items' list (the items table is the list; this is the form of one). */
export function itemSpec(ctx: EditorContext): ListSpec {
  const list = 'items';
  const at = (i: number, ...rest: (string | number)[]): Path => ['items', i, ...rest];
  const days = (ctx.programme.event.days ?? []).map((d) => (typeof d === 'string' ? d : d?.date)).filter((d): d is string => typeof d === 'string');
  const rooms = (ctx.programme.rooms ?? []).map((r) => [r.id, nameIn(ctx.defaultLanguage, r.name) || r.id] as const);
  const tracks = (ctx.programme.tracks ?? []).map((t) => [t.id, nameIn(ctx.defaultLanguage, t.name) || t.id] as const);
  return {
    list,
    newEntry: () => {
      const last = ctx.programme.items.at(-1);
      return { id: newId(ctx, list, 'item'), type: 'talk', ...(last?.day ? { day: last.day } : days[0] ? { day: days[0] } : {}), start: last?.end ?? last?.start ?? '09:00', title: '' };
    },
    deleted: (name) => msg(str`Deleted ${name}.`),
    form: (i) => html`
      ${text(ctx, at(i, 'title'), msg('Title'), { required: true })} ${text(ctx, at(i, 'subtitle'), msg('Subtitle'))}
      <div class="field-row">
        ${choice(ctx, at(i, 'type'), msg('Type'), ITEM_TYPES.map((t) => [t, typeLabel(t)] as const), true)}
        ${choice(ctx, at(i, 'status'), msg('Status'), [['', msg('Confirmed')], ...ITEM_STATUSES.filter((s) => s !== 'confirmed').map((s) => [s, statusLabel(s) ?? s] as const)])}
      </div>
      <div class="field-row">
        ${value(ctx, at(i, 'day'), msg('Day'), { hint: msg('YYYY-MM-DD'), suggestions: days })}
        ${value(ctx, at(i, 'start'), msg('Start'), { required: true, hint: msg('HH:MM') })} ${value(ctx, at(i, 'end'), msg('End'), { hint: msg('HH:MM') })}
      </div>
      <div class="field-row">
        ${choice(ctx, at(i, 'room'), msg('Room'), [['', msg('No room')], ...rooms])} ${choice(ctx, at(i, 'track'), msg('Track'), [['', msg('No track')], ...tracks])}
      </div>
      ${itemSpeakers(ctx, i)} ${linksField(ctx, at(i, 'links'), true)} ${text(ctx, at(i, 'description'), msg('Description'), { long: true })}
      ${value(ctx, at(i, 'id'), msg('Identifier'), { required: true })}
    `,
  };
}

/** The event's texts: title, subtitle, venue and its address, description. */
export function eventFields(ctx: EditorContext): TemplateResult {
  return html`
    ${text(ctx, ['event', 'title'], msg('Event title'), { required: true })} ${text(ctx, ['event', 'subtitle'], msg('Subtitle'))}
    ${text(ctx, ['event', 'location', 'name'], msg('Venue'))} ${text(ctx, ['event', 'location', 'address'], msg('Address of the venue'))}
    ${text(ctx, ['event', 'description'], msg('Description'), { long: true })}
  `;
}

/** Entry `index` of `list` as its form's heading names it ("Speaker 2: Ana García", "Speaker 2" before it has a name), and the list of problems. */
export function entryTitle(programme: ProgrammeInput, list: ListName, index: number): string {
  const name = entryName(programme, list, index);
  const words = listWords[list]();
  return name ? words.named(index + 1, name) : words.numbered(index + 1);
}
