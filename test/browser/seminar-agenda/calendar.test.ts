import { expect, waitUntil } from '@open-wc/testing';
import { downloadICalendar, icsFileName } from '../../../src/components/seminar-agenda/calendar.js';
import { seedProgramme } from '../helpers.js';

const count = (text: string, line: string) => text.split('\r\n').filter((l) => l === line).length;

/** Intercepts the download: the blob, the anchor as clicked, and the revoked URLs. */
function interceptDownload() {
  const urls = Object.getOwnPropertyDescriptors(URL);
  const seen = {
    blobs: [] as Blob[],
    revoked: [] as string[],
    clicks: [] as { href: string; download: string; connected: boolean }[],
  };
  URL.createObjectURL = (blob: Blob) => {
    seen.blobs.push(blob);
    return `blob:test/${seen.blobs.length}`;
  };
  URL.revokeObjectURL = (url: string) => {
    seen.revoked.push(url);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    seen.clicks.push({ href: this.getAttribute('href')!, download: this.download, connected: this.isConnected });
  };
  return {
    seen,
    restore() {
      Object.defineProperties(URL, { createObjectURL: urls.createObjectURL, revokeObjectURL: urls.revokeObjectURL });
      // click() lives on HTMLElement.prototype: drop the stub from the anchor prototype.
      delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
      expect(Object.hasOwn(HTMLAnchorElement.prototype, 'click')).to.equal(false);
    },
  };
}

describe('calendar downloads', () => {
  let intercepted: ReturnType<typeof interceptDownload>;
  beforeEach(() => {
    intercepted = interceptDownload();
  });
  afterEach(() => {
    intercepted.restore();
  });

  it('names the file after the title in the active language, in ASCII', async () => {
    const programme = await seedProgramme();
    expect(icsFileName(programme, 'fr')).to.equal('faire-collectif-a-l-heure-du-numerique.ics');
    expect(icsFileName(programme, 'fr-CA')).to.equal('faire-collectif-a-l-heure-du-numerique.ics');
    expect(icsFileName(programme, 'fr', 'favourites')).to.equal('faire-collectif-a-l-heure-du-numerique-favourites.ics');
    expect(icsFileName(programme, 'fr', 'Débat 1.2')).to.equal('faire-collectif-a-l-heure-du-numerique-debat-1-2.ics');
    const english = icsFileName(programme, 'en', 'opening-talk');
    expect(english).to.match(/^building-collective-groups-and-action-what-does-it-mean[a-z-]*-opening-talk\.ics$/);
    expect(english.length).to.be.at.most(60 + '-opening-talk.ics'.length);
    expect(icsFileName(programme, 'en', '')).to.not.contain('-.ics');
    programme.event.title = { en: '研讨会 — 2016', ja: 'セミナー' };
    expect(icsFileName(programme, 'ja')).to.equal('programme.ics');
    expect(icsFileName(programme, 'en')).to.equal('2016.ics');
  });

  it('downloads the whole programme as an .ics file', async () => {
    const programme = await seedProgramme();
    const fileName = icsFileName(programme, 'fr');
    const text = downloadICalendar(programme, { lang: 'fr', fileName });
    const { seen } = intercepted;

    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/, 'every line ends with CRLF');
    expect(count(text, 'BEGIN:VEVENT')).to.equal(programme.items.length);
    expect(count(text, 'END:VEVENT')).to.equal(12);
    expect(text).to.contain("X-WR-CALNAME:Faire collectif à l'heure du numérique");
    expect(text).to.not.contain('URL:', 'no page URL given');

    expect(seen.blobs).to.have.length(1);
    expect(seen.blobs[0].type).to.equal('text/calendar;charset=utf-8');
    expect(await seen.blobs[0].text()).to.equal(text);
    expect(seen.clicks).to.deep.equal([{ href: 'blob:test/1', download: fileName, connected: true }]);
    expect(document.querySelectorAll('a[download]')).to.have.length(0, 'the anchor is removed');
    await waitUntil(() => seen.revoked.length === 1, 'the object URL should be revoked', { timeout: 3000 });
    expect(seen.revoked).to.deep.equal(['blob:test/1']);
  });

  it('downloads a selection in programme order, skipping ids no longer in the programme', async () => {
    const programme = await seedProgramme();
    const text = downloadICalendar(programme, {
      lang: 'en',
      items: ['debate-1', 'opening-talk', 'removed-since'],
      fileName: icsFileName(programme, 'en', 'favourites'),
    });
    expect(count(text, 'BEGIN:VEVENT')).to.equal(2);
    expect(text.indexOf('UID:opening-talk@')).to.be.greaterThan(0);
    expect(text.indexOf('UID:opening-talk@')).to.be.lessThan(text.indexOf('UID:debate-1@'));
    expect(intercepted.seen.clicks[0].download).to.match(/-favourites\.ics$/);

    const one = downloadICalendar(programme, { lang: 'en', items: ['lunch'], fileName: 'x.ics' });
    expect(count(one, 'BEGIN:VEVENT')).to.equal(1);
    expect(intercepted.seen.clicks).to.have.length(2);
  });

  it('links each event to its item on the page, when the page URL is safe', async () => {
    const programme = await seedProgramme();
    const text = downloadICalendar(programme, {
      lang: 'en',
      items: ['session-1'],
      fileName: 'a.ics',
      pageUrl: 'https://example.org/agenda?lang=en#top',
    });
    expect(text).to.contain('URL:https://example.org/agenda?lang=en#item-session-1\r\n');
    for (const pageUrl of ['javascript:alert(1)', 'agenda.html', '']) {
      const unsafe = downloadICalendar(programme, { lang: 'en', items: ['session-1'], fileName: 'a.ics', pageUrl });
      expect(unsafe, pageUrl).to.not.contain('URL:');
    }
  });

  it("keeps the temporary link's click away from the host page's handlers", async () => {
    const programme = await seedProgramme();
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      this.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    };
    let reached = 0;
    const stopNavigation = (event: Event) => {
      event.preventDefault();
    };
    const router = () => {
      reached++;
    };
    window.addEventListener('click', stopNavigation, true);
    document.addEventListener('click', router);
    try {
      downloadICalendar(programme, { lang: 'en', items: ['welcome'], fileName: 'a.ics' });
    } finally {
      window.removeEventListener('click', stopNavigation, true);
      document.removeEventListener('click', router);
    }
    expect(reached).to.equal(0);
  });
});
