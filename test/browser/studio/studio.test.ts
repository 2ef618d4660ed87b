// The studio end to end, as an organiser uses it: paste spreadsheet cells,
// check and change the column mapping, see each problem at its cell or field
// (in the interface's language) and jump to it, fix an error, preview the
// agenda in French, download programme JSON that validates and the .ics; the
// draft survives a reload, the browser asks before closing with changes not
// downloaded, "Start over" forgets it. axe in every state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/studio/main.js';
import type { SeminarStudio } from '../../../src/studio/seminar-studio.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import { validateProgramme, type ProgrammeInput } from '../../../src/model.js';
import { DRAFT_KEY } from '../../../src/studio/draft.js';
import { deepActive, expectFocusOn } from '../a11y/helpers.js';

/** Cells as a spreadsheet puts them on the clipboard (tabs), French headers; C3 holds an end that is no time. */
const PASTED = [
  'Jour\tDébut\tFin\tTitre\tIntervenants\tSalle',
  '04/03/2025\t09:00\t10:00\tOuverture\tAna García\tAuditorium',
  '04/03/2025\t10:00\tvers midi\tTable ronde\tBob Smith, Claire Martin\tSalle B',
  '04/03/2025\t12:00\t13:00\t<img src=x onerror=alert(1)>Déjeuner\t\tAuditorium',
].join('\n');

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it expects
const $ = <T extends Element = HTMLElement>(el: SeminarStudio, selector: string): T | null => el.shadowRoot!.querySelector(selector);
const $$ = <T extends Element = HTMLElement>(el: SeminarStudio, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const programmeOf = (el: SeminarStudio) => (el as unknown as { programme: ProgrammeInput | undefined }).programme;

async function studio(lang = 'en'): Promise<SeminarStudio> {
  const el = await fixture<SeminarStudio>(html`<seminar-studio lang=${lang} example-url="/examples/digital-era-seminar.json"></seminar-studio>`);
  await el.updateComplete;
  return el;
}

async function change(el: SeminarStudio, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): Promise<void> {
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function paste(el: SeminarStudio, text: string): Promise<void> {
  $<HTMLTextAreaElement>(el, '#paste')!.value = text;
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await el.updateComplete;
}

/** Clicks a download button and reads what it saved (the link it clicked, and the file's text). */
async function download(el: SeminarStudio, id: string): Promise<{ name: string; text: string }> {
  const clicks: { href: string; download: string }[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicks.push({ href: this.href, download: this.download });
  };
  try {
    $<HTMLButtonElement>(el, `#${id}`)!.click();
  } finally {
    // click() lives on HTMLElement.prototype: drop the stub from the anchor prototype.
    delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
  }
  expect(clicks, 'one download link was clicked').to.have.length(1);
  const text = await (await fetch(clicks[0].href)).text();
  await el.updateComplete;
  return { name: clicks[0].download, text };
}

describe('<seminar-studio>', () => {
  beforeEach(() => { localStorage.removeItem(DRAFT_KEY); });
  after(() => { localStorage.removeItem(DRAFT_KEY); });

  it('paste → map columns → fix an error at its field → preview in French → download JSON and .ics', async () => {
    const el = await studio();
    await expect(el).to.be.accessible();

    await paste(el, PASTED);
    expect($(el, '[role="status"]')!.textContent).to.contain('3 items read');
    // Focus goes to the result's heading, so keyboard and screen reader users land on what happened.
    expect(deepActive()?.id).to.equal('result-heading');

    // The mapping the importer guessed from the French headers, one select per column.
    const selects = $$<HTMLSelectElement>(el, 'select[data-column]');
    expect(selects.map((s) => s.value)).to.deep.equal(['day', 'start', 'end', 'title', 'speakers', 'room']);
    expect(programmeOf(el)!.rooms?.length).to.equal(2);

    // The end that is not a time is a warning at its cell, C3, shown in the cell and listed with a link to it.
    const cell = $(el, '[data-at="cell-C3"]')!;
    expect(cell.classList.contains('flagged')).to.equal(true);
    expect(cell.textContent).to.contain('vers midi');
    const link = $$<HTMLButtonElement>(el, '.problems button').find((b) => b.textContent.includes('C3'))!;
    expect(link, 'the problem list links to cell C3').to.exist;
    link.click();
    expectFocusOn(cell);

    // Script in a cell stays text: no element is made of it.
    expect($(el, '.sheet img')).to.equal(null);
    await expect(el).to.be.accessible();

    // The user says the sixth column is not to be imported: the programme has no rooms any more.
    await change(el, selects[5], '');
    expect(programmeOf(el)!.rooms ?? []).to.have.length(0);
    expect($$<HTMLSelectElement>(el, 'select[data-column]')[5].value).to.equal('');
    // … and the title column is in English after all (then French again: the headers were right).
    await change(el, $$<HTMLSelectElement>(el, 'select[data-column]')[3], 'title:en');
    expect(programmeOf(el)!.items[0].title).to.deep.equal({ en: 'Ouverture' });
    await change(el, $$<HTMLSelectElement>(el, 'select[data-column]')[3], 'title:fr');
    expect($$<HTMLSelectElement>(el, 'select[data-column]')[3].value).to.equal('title:fr');
    expect(programmeOf(el)!.items[0].title).to.equal('Ouverture');
    expect(programmeOf(el)!.event.defaultLanguage).to.equal('fr');

    // A time zone typed wrong: an error at the field, downloads blocked until it is fixed.
    const zone = $<HTMLInputElement>(el, '#event-timeZone')!;
    await change(el, zone, 'Europe/Pariss');
    expect(zone.getAttribute('aria-invalid')).to.equal('true');
    const described = $(el, `#${zone.getAttribute('aria-describedby')!}`)!;
    expect(described.textContent).to.contain('IANA time zone');
    expect($<HTMLButtonElement>(el, '#download-json')!.disabled).to.equal(true);
    const zoneLink = $$<HTMLButtonElement>(el, '.problems button').find((b) => b.textContent.trim() === 'Time zone')!;
    zoneLink.click();
    expectFocusOn(zone);
    await expect(el).to.be.accessible();
    await change(el, zone, 'Europe/Paris');
    expect(zone.getAttribute('aria-invalid')).to.equal('false');
    expect($<HTMLButtonElement>(el, '#download-json')!.disabled).to.equal(false);

    // An item edited in the table.
    await change(el, $<HTMLInputElement>(el, '[data-at="item-1-end"]')!, '11:45');
    expect(programmeOf(el)!.items[1].end).to.equal('11:45');

    // The preview, in French.
    const agenda = $<SeminarAgenda>(el, 'seminar-agenda')!;
    await change(el, $<HTMLSelectElement>(el, '#preview-lang')!, 'fr');
    expect(agenda.getAttribute('lang')).to.equal('fr');
    await waitUntil(() => agenda.shadowRoot?.textContent?.includes('Ouverture'), 'the agenda shows the programme');
    await waitUntil(() => agenda.shadowRoot?.textContent?.includes('mars'), 'the agenda speaks French');
    await expect(el).to.be.accessible();

    // The downloads: programme JSON that validates, and its calendar.
    expect(el.hasUnsavedChanges).to.equal(true);
    const json = await download(el, 'download-json');
    expect(json.name).to.equal('programme.json');
    const saved = JSON.parse(json.text) as ProgrammeInput;
    expect(validateProgramme(saved).ok).to.equal(true);
    expect(saved.event.timeZone).to.equal('Europe/Paris');
    expect(saved.items).to.have.length(3);
    expect(el.hasUnsavedChanges).to.equal(false);
    const ics = await download(el, 'download-ics');
    expect(ics.name).to.equal('programme.ics');
    expect(ics.text).to.match(/^BEGIN:VCALENDAR/);
    expect(ics.text).to.contain('SUMMARY:Table ronde');
    // 10:00 in Paris, in March: 09:00 UTC; the end edited to 11:45.
    expect(ics.text).to.contain('DTSTART:20250304T090000Z\r\nDTEND:20250304T104500Z');
  });

  it('keeps the draft across a reload, asks before closing with changes, and starts over', async () => {
    let el = await studio();
    await paste(el, PASTED);
    await change(el, $<HTMLInputElement>(el, '[data-path="/event/title"]')!, 'Séminaire numérique');
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented, 'the browser asks before closing').to.equal(true);

    // A new page: the same draft, the mapping and the edit kept.
    el.remove();
    el = await studio();
    expect(programmeOf(el)!.event.title).to.equal('Séminaire numérique');
    expect($$<HTMLSelectElement>(el, 'select[data-column]')).to.have.length(6);
    expect(el.hasUnsavedChanges).to.equal(true);

    await download(el, 'download-json');
    const calm = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(calm);
    expect(calm.defaultPrevented, 'nothing to lose: no question').to.equal(false);

    // Start over asks first; "Keep the draft" keeps it, "Discard" forgets it.
    $<HTMLButtonElement>(el, '#start-over')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('keep-draft');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '#keep-draft')!.click();
    await el.updateComplete;
    expect(localStorage.getItem(DRAFT_KEY)).to.not.equal(null);
    $<HTMLButtonElement>(el, '#start-over')!.click();
    await el.updateComplete;
    $$<HTMLButtonElement>(el, '.confirm button')[0].click();
    await el.updateComplete;
    await el.updateComplete;
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
    expect($(el, '#paste')).to.exist;
    expect(deepActive()?.id).to.equal('paste');
  });

  it('speaks French: labels, problems at their cell, the mapping', async () => {
    const el = await studio('fr');
    await waitUntil(() => $(el, 'h1')?.textContent === 'Studio de programme', 'French interface');
    await expect(el).to.be.accessible();
    await paste(el, PASTED);
    const cell = $(el, '[data-at="cell-C3"]')!;
    expect(cell.textContent).to.contain('Avertissement');
    expect($$(el, '.problems button').some((b) => b.textContent.includes('Cellule C3'))).to.equal(true);
    expect($$<HTMLSelectElement>(el, 'select[data-column]')[0].selectedOptions[0].textContent).to.equal('Jour');
    expect($(el, '[role="status"]')!.textContent).to.contain('3 éléments lus');
    // 04/03/2025 read day first: a warning on the whole column A, at its select.
    const columnA = $<HTMLSelectElement>(el, '[data-at="column-A"]')!;
    const describedBy = columnA.getAttribute('aria-describedby')!;
    expect($(el, `#${describedBy}`)!.textContent).to.contain('jour d’abord');
    $$<HTMLButtonElement>(el, '.problems button')
      .find((b) => b.textContent.includes('Colonne A'))!
      .click();
    expectFocusOn(columnA);
    await expect(el).to.be.accessible();

    // The interface language can be changed from the page.
    const chooser = $<HTMLSelectElement>(el, 'header select')!;
    await change(el, chooser, 'en');
    await waitUntil(() => $(el, 'h1')?.textContent === 'Programme studio', 'English interface');
  });

  it('shows why a source cannot be read, and where', async () => {
    const el = await studio();
    await paste(el, 'Day,Start,Title\n2025-03-04,"09:00,Unclosed');
    expect($(el, '[role="status"]')!.textContent).to.contain('could not be read');
    expect($(el, '#download-json')).to.equal(null);
    expect($(el, '.problems')!.textContent).to.contain('Line 2');
    await expect(el).to.be.accessible();
  });

  it('starts from a blank programme, or from the example', async () => {
    let el = await studio();
    $$<HTMLButtonElement>(el, '.actions button')[0].click();
    await el.updateComplete;
    expect(programmeOf(el)!.items).to.have.length(1);
    expect(validateProgramme(programmeOf(el)).ok).to.equal(true);
    el.remove();
    localStorage.removeItem(DRAFT_KEY);
    el = await studio();
    $$<HTMLButtonElement>(el, '.actions button')[1].click();
    await waitUntil(() => programmeOf(el) !== undefined, 'the example is read');
    expect($(el, '#result-heading')!.textContent).to.contain('example.json');
    expect(programmeOf(el)!.items.length).to.be.greaterThan(5);
    await expect(el).to.be.accessible();
  });

  it('says when the example cannot be loaded, and keeps going without storage', async () => {
    const el = await fixture<SeminarStudio>(html`<seminar-studio example-url="/nowhere.json"></seminar-studio>`);
    $$<HTMLButtonElement>(el, '.actions button')[1].click();
    await waitUntil(() => $(el, '[role="status"]')!.textContent.includes('could not be loaded'));
    // Storage that refuses to keep anything (full, or a private window's policy).
    Object.defineProperty(localStorage, 'setItem', {
      configurable: true,
      value: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    try {
      await paste(el, PASTED);
      expect($(el, '.notice')!.textContent).to.contain('does not keep the draft');
    } finally {
      delete (localStorage as { setItem?: unknown }).setItem;
    }
  });

  it('opens a file picked or dropped, and reads it again with other settings', async () => {
    const el = await studio();
    const files = new DataTransfer();
    files.items.add(new File([PASTED.replaceAll('\t', ';')], 'programme.csv', { type: 'text/csv' }));
    const picker = $<HTMLInputElement>(el, 'input[type="file"]')!;
    picker.files = files.files;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => programmeOf(el) !== undefined, 'the file is read');
    expect($(el, '#result-heading')!.textContent).to.contain('programme.csv');
    expect(programmeOf(el)!.items).to.have.length(3);

    // Without a header row, the first row is an item of its own (with no time: a warning at its row).
    const header = $<HTMLInputElement>(el, 'input[type="checkbox"]')!;
    header.checked = false;
    header.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect($$(el, '.sheet tbody tr')).to.have.length(4);
    header.checked = true;
    header.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect($$(el, '.sheet tbody tr')).to.have.length(3);

    // The zone and language the source is read in.
    const [zone, language] = [$<HTMLInputElement>(el, 'details input')!, $<HTMLSelectElement>(el, 'details select')!];
    await change(el, zone, 'America/Montreal');
    expect(programmeOf(el)!.event.timeZone).to.equal('America/Montreal');
    await change(el, language, 'it');
    expect(programmeOf(el)!.event.defaultLanguage).to.equal('it');

    // A file dropped on the start panel.
    $<HTMLButtonElement>(el, '#start-over')!.click();
    await el.updateComplete;
    $$<HTMLButtonElement>(el, '.confirm button')[0].click();
    await el.updateComplete;
    const dropped = new DataTransfer();
    dropped.items.add(new File([await (await fetch('/test/fixtures/schedules/calendar-google.ics')).text()], 'agenda.ics', { type: 'text/calendar' }));
    $(el, 'section')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    await waitUntil(() => programmeOf(el) !== undefined, 'the dropped file is read');
    expect($(el, '#result-heading')!.textContent).to.contain('agenda.ics');
    expect($(el, '.sheet')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks for something to read before reading', async () => {
    const el = await studio();
    await paste(el, '   ');
    expect($(el, '[role="status"]')!.textContent).to.contain('Paste cells or an export first');
    expectFocusOn($(el, '#paste'));
  });

  it('ignores a draft it cannot read', async () => {
    localStorage.setItem(DRAFT_KEY, '{"version":1,"programme":"not an object"');
    const el = await studio();
    expect($(el, '#paste')).to.exist;
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 2, programme: {} }));
    const other = await studio();
    expect($(other, '#paste')).to.exist;
  });

  describe('starting from an address', () => {
    async function fetchAddress(el: SeminarStudio, address: string): Promise<void> {
      $<HTMLInputElement>(el, '#source-url')!.value = address;
      $<HTMLButtonElement>(el, 'form.url button[type="submit"]')!.click();
      await el.updateComplete;
    }
    /** The problem said at the address field ('' while there is none), which marks the field invalid. */
    const problemAtField = (el: SeminarStudio) => {
      const input = $<HTMLInputElement>(el, '#source-url')!;
      const described = input.getAttribute('aria-describedby');
      if (!described) return '';
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      return $(el, `#${described}`)!.textContent;
    };

    it('reads a programme from an address, and says where it came from', async () => {
      const el = await studio();
      await fetchAddress(el, '/__test/programme?file=examples/digital-era-seminar.json&id=studio-url');
      await waitUntil(() => programmeOf(el) !== undefined, 'the address is read');
      expect(programmeOf(el)!.items.length).to.be.greaterThan(5);
      expect($(el, '#result-heading')!.textContent).to.contain('programme');
      expect($(el, 'code.address')!.textContent).to.equal(new URL('/__test/programme?file=examples/digital-era-seminar.json&id=studio-url', location.href).href);
      expect(deepActive()?.id).to.equal('result-heading');
      await expect(el).to.be.accessible();
      // Read afresh each time: a second read is a second request.
      const count = async () => ((await (await fetch('/__test/count?id=studio-url')).json()) as { count: number }).count;
      expect(await count()).to.equal(1);
      // The draft keeps where it came from.
      el.remove();
      const again = await studio();
      expect($(again, 'code.address')!.textContent).to.contain('/__test/programme');
    });

    it('reads an export (pretalx widget JSON) from an address', async () => {
      const el = await studio();
      await fetchAddress(el, '/test/fixtures/schedules/pretalx-widget-democon.json');
      await waitUntil(() => programmeOf(el) !== undefined, 'the address is read');
      expect($(el, '#result-heading')!.textContent).to.contain('pretalx-widget-democon.json');
      expect($(el, '.panel strong')!.textContent).to.contain('pretalx');
    });

    it('says why an address cannot be read, at its field, in the interface language', async () => {
      const el = await studio();
      await fetchAddress(el, '');
      expect(problemAtField(el)).to.contain('Type the address');
      expectFocusOn($(el, '#source-url'));
      // Not a web address: refused before any request (javascript:, data:, file:).
      for (const address of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'http://[nope']) {
        await fetchAddress(el, address);
        expect(problemAtField(el), address).to.contain('not a web address');
        expect(programmeOf(el)).to.equal(undefined);
      }
      await expect(el).to.be.accessible();

      await fetchAddress(el, '/__test/programme?status=404');
      await waitUntil(() => problemAtField(el).includes('HTTP 404'), 'an HTTP error is named');
      expectFocusOn($(el, '#source-url'));
      expect($(el, '[role="status"]')!.textContent).to.contain('HTTP 404');
      await expect(el).to.be.accessible();

      // Another origin that does not allow reading (no CORS headers): named as such.
      const other = new URL('/examples/digital-era-seminar.json', location.href);
      other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      await fetchAddress(el, other.href);
      await waitUntil(() => problemAtField(el).includes('CORS'), 'a refusal is named');

      // Larger than the elements accept: cut while it is read.
      await fetchAddress(el, '/__test/stream?id=studio-big&endless=1');
      await waitUntil(() => problemAtField(el).includes('too large'), 'too large', { timeout: 8000 });
      // The server sees the request end a moment after the studio gives up (later on a busy machine).
      const closed = async () => ((await (await fetch('/__test/stream-sent?id=studio-big')).json()) as { closed: boolean }).closed;
      await waitUntil(closed, 'the request was abandoned', { timeout: 10_000, interval: 100 });
      expect(programmeOf(el)).to.equal(undefined);

      // Too slow: the time limit (shortened here; the elements' 30 s otherwise).
      el.fetchTimeout = 300;
      await fetchAddress(el, '/__test/programme?delay=3000&id=studio-slow');
      await waitUntil(() => problemAtField(el).includes('too long'), 'too slow');
      expect(problemAtField(el)).to.contain('(1 seconds)');

      // In French.
      el.setAttribute('lang', 'fr');
      await waitUntil(() => problemAtField(el).includes('trop de temps'), 'French');
      await expect(el).to.be.accessible();
    });
  });
});
