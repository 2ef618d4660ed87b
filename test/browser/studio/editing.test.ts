// The studio's forms, as an organiser uses them with the keyboard: speakers,
// organisers, rooms, tracks and each item's details (type, speakers and their
// roles, room, track, links, status); reorder, duplicate and delete, undo and
// redo (buttons, Ctrl+Z and Ctrl+Shift+Z); a problem at a nested field shown
// there and reached from the list; each text in each language side by side,
// missing translations flagged. axe in every state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/studio/main.js';
import type { SeminarStudio } from '../../../src/studio/seminar-studio.js';
import { validateProgramme, type ProgrammeInput } from '../../../src/model.js';
import { DRAFT_KEY } from '../../../src/studio/draft.js';
import { deepActive, expectFocusOn } from '../a11y/helpers.js';
import { blankStudio } from './helpers.js';

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it expects
const $ = <T extends Element = HTMLElement>(el: SeminarStudio, selector: string): T | null => el.shadowRoot!.querySelector(selector);
const $$ = <T extends Element = HTMLElement>(el: SeminarStudio, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const programmeOf = (el: SeminarStudio) => (el as unknown as { programme: ProgrammeInput }).programme;
/** The control that edits the value at a JSON pointer (the first: a text's default language). */
const at = (el: SeminarStudio, path: string, lang?: string) =>
  $<HTMLInputElement & HTMLSelectElement>(el, `[data-path="${path}"]${lang ? `[lang="${lang}"]` : ''}`);

async function set(el: SeminarStudio, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null, value: string): Promise<void> {
  expect(control, `a control for ${value}`).to.exist;
  control!.value = value;
  control!.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function click(el: SeminarStudio, button: Element | null | undefined): Promise<void> {
  expect(button, 'a button').to.exist;
  (button as HTMLElement).click();
  await el.updateComplete;
  await el.updateComplete;
}

const panel = (el: SeminarStudio, list: string) => $(el, `[data-list="${list}"]`)!;
const button = (root: Element, text: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent.trim() === text);

const blank = (): Promise<SeminarStudio> => blankStudio();

function key(target: Element, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('<seminar-studio> forms', () => {
  beforeEach(() => { localStorage.removeItem(DRAFT_KEY); });
  after(() => { localStorage.removeItem(DRAFT_KEY); });

  it('speakers, rooms, tracks, organisers and an item’s details, with the keyboard', async () => {
    const el = await blank();

    // A speaker: "Add" opens its form with the focus in its first field.
    await click(el, panel(el, 'speakers').querySelector<HTMLButtonElement>('button.add'));
    expect(deepActive()?.getAttribute('data-path')).to.equal('/speakers/0/name');
    await set(el, at(el, '/speakers/0/name'), 'Ana García');
    await set(el, at(el, '/speakers/0/title'), 'Director');
    await set(el, at(el, '/speakers/0/organisation/name'), 'Institut');
    await set(el, at(el, '/speakers/0/photo/url'), 'https://example.org/ana.jpg');
    await set(el, at(el, '/speakers/0/photo/alt'), 'Ana García, smiling');
    await set(el, at(el, '/speakers/0/bio'), 'Ana works on digital policy.\n\nShe wrote a book.');
    await click(el, panel(el, 'speakers').querySelector<HTMLButtonElement>('button.add-link'));
    await set(el, at(el, '/speakers/0/links/0/url'), 'https://example.org/ana');
    await set(el, at(el, '/speakers/0/links/0/label'), 'Her page');
    expect($(el, '#speakers-form-heading')!.textContent).to.contain('Speaker 1: Ana García');
    await expect(el).to.be.accessible();

    // A room and a track.
    await click(el, panel(el, 'rooms').querySelector<HTMLButtonElement>('button.add'));
    await set(el, at(el, '/rooms/0/name'), 'Auditorium');
    await click(el, panel(el, 'tracks').querySelector<HTMLButtonElement>('button.add'));
    await set(el, at(el, '/tracks/0/name'), 'Policy');
    await set(el, at(el, '/tracks/0/color'), '#1a6');
    // An organiser.
    await click(el, panel(el, 'organisers').querySelector<HTMLButtonElement>('button.add'));
    await set(el, at(el, '/event/organisers/0/name'), 'The Institute');
    await set(el, at(el, '/event/organisers/0/url'), 'https://example.org/');

    // The item's details: its type, status, room, track, a speaker as moderator, a link to slides.
    await click(el, $(el, 'button.edit-item'));
    expect(deepActive()?.id).to.equal('items-form-heading');
    expect($(el, 'button.edit-item')!.getAttribute('aria-expanded')).to.equal('true');
    await set(el, at(el, '/items/0/type'), 'keynote');
    await set(el, at(el, '/items/0/status'), 'tentative');
    await set(el, at(el, '/items/0/room'), 'room-1');
    await set(el, at(el, '/items/0/track'), 'track-1');
    await click(el, $(el, '#items-form button.add-speaker'));
    await set(el, at(el, '/items/0/speakers/0/role'), 'moderator');
    await click(el, $(el, '#items-form button.add-link'));
    await set(el, at(el, '/items/0/links/0/url'), 'https://example.org/slides.pdf');
    await set(el, at(el, '/items/0/links/0/kind'), 'slides');
    await expect(el).to.be.accessible();

    const p = programmeOf(el);
    expect(validateProgramme(p).errors).to.deep.equal([]);
    expect(p.speakers).to.deep.equal([
      {
        id: 'speaker-1',
        name: 'Ana García',
        title: 'Director',
        organisation: { name: 'Institut' },
        photo: { url: 'https://example.org/ana.jpg', alt: 'Ana García, smiling' },
        bio: 'Ana works on digital policy.\n\nShe wrote a book.',
        links: [{ url: 'https://example.org/ana', label: 'Her page' }],
      },
    ]);
    expect(p.rooms).to.deep.equal([{ id: 'room-1', name: 'Auditorium' }]);
    expect(p.tracks).to.deep.equal([{ id: 'track-1', name: 'Policy', color: '#1a6' }]);
    expect(p.event.organisers).to.deep.equal([{ name: 'The Institute', url: 'https://example.org/' }]);
    expect(p.items[0]).to.include({ type: 'keynote', status: 'tentative', room: 'room-1', track: 'track-1' });
    expect(p.items[0].speakers).to.deep.equal([{ id: 'speaker-1', role: 'moderator' }]);
    expect(p.items[0].links).to.deep.equal([{ url: 'https://example.org/slides.pdf', kind: 'slides' }]);

    // A speaker's id changed: the items that name it follow.
    expect(panel(el, 'speakers').querySelector('button.entry')!.getAttribute('aria-expanded')).to.equal('true');
    await set(el, at(el, '/speakers/0/id'), 'ana-garcia');
    expect(programmeOf(el).items[0].speakers).to.deep.equal([{ id: 'ana-garcia', role: 'moderator' }]);
    expect(validateProgramme(programmeOf(el)).ok).to.equal(true);

    // The preview shows the edits.
    const agenda = $(el, 'seminar-agenda')!;
    await waitUntil(() => agenda.shadowRoot?.textContent?.includes('Ana García'), 'the agenda shows the speaker');
  });

  it('reorders, duplicates and deletes, with undo and redo (buttons and keys)', async () => {
    const el = await blank();
    const titles = () => programmeOf(el).items.map((i) => i.title as string);
    await set(el, $(el, '[data-at="item-0-title"]'), 'Opening');
    await click(el, $(el, 'button.edit-item'));
    // Duplicate: the copy, under a new id, opens below its original.
    await click(el, button($(el, '#items-form')!, 'Duplicate'));
    expect(programmeOf(el).items.map((i) => i.id)).to.deep.equal(['item-1', 'item-1-2']);
    expect(deepActive()?.id).to.equal('items-form-heading');
    expect($(el, '#items-form-heading')!.textContent).to.contain('Item 2');
    await set(el, at(el, '/items/1/title'), 'Closing');
    expect(titles()).to.deep.equal(['Opening', 'Closing']);
    // Move up: at the top, "Move up" says it cannot (and keeps the focus).
    const up = button($(el, '#items-form')!, 'Move up')!;
    up.focus();
    await click(el, up);
    expect(titles()).to.deep.equal(['Closing', 'Opening']);
    expect(up.getAttribute('aria-disabled')).to.equal('true');
    expectFocusOn(up);
    await click(el, up);
    expect(titles()).to.deep.equal(['Closing', 'Opening']);
    expect($(el, '[role="status"]')!.textContent).to.contain('Moved to place 1 of 2');
    await expect(el).to.be.accessible();

    // Undo with the button, then with Ctrl+Z, redo with Ctrl+Shift+Z and Ctrl+Y.
    await click(el, $(el, '#undo'));
    expect(titles()).to.deep.equal(['Opening', 'Closing']);
    expect($(el, '[role="status"]')!.textContent).to.contain('Change undone');
    expect(key($(el, '#undo')!, { key: 'z', ctrlKey: true }).defaultPrevented).to.equal(true);
    await el.updateComplete;
    expect(titles()).to.deep.equal(['Opening', 'Opening']);
    key($(el, '#undo')!, { key: 'Z', ctrlKey: true, shiftKey: true });
    await el.updateComplete;
    expect(titles()).to.deep.equal(['Opening', 'Closing']);
    key($(el, '#undo')!, { key: 'y', ctrlKey: true });
    await el.updateComplete;
    expect(titles()).to.deep.equal(['Closing', 'Opening']);
    await click(el, $(el, '#redo'));
    expect($(el, '[role="status"]')!.textContent).to.contain('Nothing to redo');
    expect($(el, '#redo')!.getAttribute('aria-disabled')).to.equal('true');

    // In a field being typed in, Ctrl+Z is the browser's (it undoes the typing).
    const title = $<HTMLInputElement>(el, '[data-at="item-0-title"]')!;
    title.value = 'Closing ceremony';
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(key(title, { key: 'z', ctrlKey: true }).defaultPrevented).to.equal(false);
    await set(el, title, 'Closing ceremony');
    expect(key(title, { key: 'z', ctrlKey: true }).defaultPrevented, 'once changed, Ctrl+Z undoes the change').to.equal(true);
    await el.updateComplete;
    expect(titles()[0]).to.equal('Closing');

    // Delete: the form closes, focus goes to the list's heading; undo brings the item back.
    await click(el, button($(el, '#items-form')!, 'Delete'));
    expect(titles()).to.deep.equal(['Opening']);
    expect($(el, '#items-form')).to.equal(null);
    expect(deepActive()?.id).to.equal('items-heading');
    expect($(el, '[role="status"]')!.textContent).to.contain('Deleted Closing');
    await click(el, $(el, '#undo'));
    expect(titles()).to.deep.equal(['Closing', 'Opening']);

    // A speaker deleted leaves the items it was in; undo puts it back in them.
    await click(el, panel(el, 'speakers').querySelector<HTMLButtonElement>('button.add'));
    await set(el, at(el, '/speakers/0/name'), 'Bob');
    await click(el, $(el, 'button.edit-item'));
    await click(el, $(el, '#items-form button.add-speaker'));
    expect(programmeOf(el).items[0].speakers).to.deep.equal([{ id: 'speaker-1' }]);
    await click(el, button($(el, '#speakers-form')!, 'Delete'));
    expect(programmeOf(el).speakers).to.equal(undefined);
    expect(programmeOf(el).items[0].speakers).to.equal(undefined);
    expect($(el, '[role="status"]')!.textContent).to.contain('took them out of the items');
    expect(validateProgramme(programmeOf(el)).ok).to.equal(true);
    await click(el, $(el, '#undo'));
    expect(programmeOf(el).items[0].speakers).to.deep.equal([{ id: 'speaker-1' }]);

    // The draft keeps the result; a reload starts a new history.
    el.remove();
    const again = await fixture<SeminarStudio>(html`<seminar-studio lang="en"></seminar-studio>`);
    expect(programmeOf(again).speakers).to.have.length(1);
    expect($(again, '#undo')!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('shows a problem at a nested field and goes there from the list, opening its form', async () => {
    const el = await blank();
    await click(el, panel(el, 'speakers').querySelector<HTMLButtonElement>('button.add'));
    await set(el, at(el, '/speakers/0/name'), 'Ana');
    await set(el, at(el, '/speakers/0/photo/url'), 'javascript:alert(1)');
    const url = at(el, '/speakers/0/photo/url')!;
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#${url.getAttribute('aria-describedby')!.split(' ').pop()!}`)!.textContent).to.contain('Only http, https and mailto');
    // Closed, the speaker is flagged in its list; the problem's link opens its form and focuses the field.
    await click(el, button($(el, '#speakers-form')!, 'Close'));
    expect(at(el, '/speakers/0/photo/url')).to.equal(null);
    expect(panel(el, 'speakers').querySelector('.flag')!.textContent).to.contain('to fix');
    const link = $$<HTMLButtonElement>(el, '.problems button').find((b) => b.textContent.includes('/speakers/0/photo/url'))!;
    expect(link, 'the problem links to its field').to.exist;
    // It names the speaker, then the exact place.
    expect(link.textContent.replace(/\s+/g, ' ').trim()).to.equal('Speaker 1: Ana /speakers/0/photo/url');
    link.click();
    await waitUntil(() => at(el, '/speakers/0/photo/url'), 'the form opens');
    await el.updateComplete;
    expectFocusOn(at(el, '/speakers/0/photo/url'));
    expect($<HTMLButtonElement>(el, '#download-json')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('edits each text in each language side by side, flagging missing translations', async () => {
    const el = await blank();
    // One language: one field per text.
    expect($$(el, '[data-path="/event/title"]')).to.have.length(1);
    const french = $<HTMLInputElement>(el, 'input[type="checkbox"][data-lang="fr"]')!;
    french.checked = true;
    french.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(programmeOf(el).event.languages).to.deep.equal(['en', 'fr']);
    // Two fields, English and French, side by side; the French one flagged.
    const fr = at(el, '/event/title', 'fr')!;
    expect(at(el, '/event/title', 'en')!.value).to.equal('New programme');
    expect(fr.value).to.equal('');
    const flag = $(el, `#${fr.getAttribute('aria-describedby')!}`)!;
    expect(flag.textContent).to.contain('Translation missing');
    expect(fr.closest('fieldset')!.querySelector('legend')!.textContent).to.contain('1 missing');
    // The item's title too (in the details form).
    await click(el, $(el, 'button.edit-item'));
    expect(at(el, '/items/0/title', 'fr')!.closest('.version')!.classList.contains('missing')).to.equal(true);
    await expect(el).to.be.accessible();
    await set(el, fr, 'Nouveau programme');
    expect(programmeOf(el).event.title).to.deep.equal({ en: 'New programme', fr: 'Nouveau programme' });
    expect(at(el, '/event/title', 'fr')!.getAttribute('aria-describedby')).to.equal(null);
    expect(validateProgramme(programmeOf(el)).ok).to.equal(true);
    // A programme in French shows it in French in the preview.
    const agenda = $(el, 'seminar-agenda')!;
    await set(el, $(el, '#preview-lang'), 'fr');
    await waitUntil(() => agenda.shadowRoot?.textContent?.includes('Nouveau programme'), 'the preview shows the French title');
  });
});
