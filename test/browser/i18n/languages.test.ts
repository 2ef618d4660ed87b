/**
 * The five UI languages (en, fr, de, es, it) at once on one page, a language
 * the library does not have (pt) with its content fallback, plural forms in
 * each language, and the typography of each language (French spacing above all).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/speaker-list.js';
import '../../../src/define/session-timer.js';
import type { SeminarAgenda } from '../../../src/components/seminar-agenda/seminar-agenda.js';
import type { SpeakerList } from '../../../src/components/speaker-list/speaker-list.js';
import type { SessionTimer } from '../../../src/components/session-timer/session-timer.js';
import { loadLocale, UI_LOCALES } from '../../../src/internal/localize.js';
import { contentStrings, richAt, richProgramme, settle, squash } from './fixtures.js';
import { shownText } from './ui-text.js';
import { SEED, $, textKeepingNbsp as text, type } from '../helpers.js';

const LANGS = ['en', 'fr', 'de', 'es', 'it'] as const;
type Lang = (typeof LANGS)[number];
const NNBSP = '\u202f';

/** Renders one element per language side by side, each with its own `lang`. */
async function fiveOf<T extends HTMLElement>(render: (lang: Lang) => ReturnType<typeof html>, ready: string): Promise<Record<Lang, T>> {
  const page = await fixture<HTMLDivElement>(html`<div>${LANGS.map(render)}</div>`);
  const elements = [...page.children] as T[];
  await Promise.all(elements.map((el) => settle(el as unknown as SeminarAgenda, ready)));
  return Object.fromEntries(LANGS.map((lang, i) => [lang, elements[i]])) as Record<Lang, T>;
}

describe('languages', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('ships en, fr, de, es and it (and whatever language is added next)', () => {
    expect(UI_LOCALES).to.include.members(['en', 'fr', 'de', 'es', 'it']);
  });

  it('five agendas in five languages on one page, each in its own', async () => {
    const agendas = await fiveOf<SeminarAgenda>((lang) => html`<seminar-agenda lang=${lang} src=${SEED}></seminar-agenda>`, '[part~="item"]');
    const expected: Record<Lang, { download: string; search: string; date: string; title: string }> = {
      en: { download: 'Download the programme (.ics)', search: 'Search', date: '8 July 2016', title: 'Building collective groups' },
      fr: { download: 'Télécharger le programme (.ics)', search: 'Rechercher', date: 'vendredi 8 juillet 2016', title: 'Faire collectif' },
      de: { download: 'Programm herunterladen (.ics)', search: 'Suchen', date: 'Freitag, 8. Juli 2016', title: 'Building collective groups' },
      es: { download: 'Descargar el programa (.ics)', search: 'Buscar', date: 'viernes, 8 de julio de 2016', title: 'Building collective groups' },
      it: { download: 'Scarica il programma (.ics)', search: 'Cerca', date: 'venerdì 8 luglio 2016', title: 'Building collective groups' },
    };
    for (const lang of LANGS) {
      const el = agendas[lang];
      expect($(el, '.agenda')!.getAttribute('lang'), lang).to.equal(lang);
      expect(text($(el, '.download')), lang).to.equal(expected[lang].download);
      expect(text($(el, 'label.search')), lang).to.equal(expected[lang].search);
      expect(text($(el, '.event-when')), lang).to.contain(expected[lang].date);
      expect(text($(el, '.event-title')), lang).to.contain(expected[lang].title);
    }
    // German, Spanish and Italian content falls back to the programme's English, marked as such.
    for (const lang of ['de', 'es', 'it'] as const) expect($(agendas[lang], '.event-title span')!.getAttribute('lang'), lang).to.equal('en');
    expect($(agendas.fr, '.event-title span')).to.equal(null);
  });

  it('follows <html lang> through all five languages', async () => {
    const el = await fixture<SessionTimer>(html`<session-timer .programme=${richProgramme()} session="a1" now=${richAt('09:45')}></session-timer>`);
    await settle(el, '[part="status"]');
    const status: Record<Lang, string> = { en: 'Time left', fr: 'Temps restant', de: 'Restzeit', es: 'Tiempo restante', it: 'Tempo rimanente' };
    for (const lang of ['fr', 'de', 'es', 'it', 'en'] as const) {
      document.documentElement.lang = lang;
      await waitUntil(() => text($(el, '[part="status"]')) === status[lang], `the timer should speak ${lang}`);
    }
  });

  it('a language the library does not have (pt): English UI, content fallback marked, own content kept', async () => {
    const programme = richProgramme();
    const event = programme['event'] as Record<string, unknown>;
    // A title in Portuguese too: shown as such, and marked pt inside the English UI.
    event['title'] = { en: 'Autumn school on platform work', pt: 'Escola de outono sobre trabalho em plataformas' };
    const page = await fixture<HTMLDivElement>(html`<div lang="pt-BR">
      <seminar-agenda .programme=${programme}></seminar-agenda>
      <speaker-list .programme=${richProgramme()} filter></speaker-list>
    </div>`);
    const agenda = page.querySelector('seminar-agenda')!;
    const list = page.querySelector('speaker-list')!;
    await settle(agenda, '[part~="item"]');
    await settle(list, '[part="count"]');
    expect($(agenda, '.agenda')!.getAttribute('lang'), 'the UI is English').to.equal('en');
    expect(text($(agenda, '.download'))).to.equal('Download the programme (.ics)');
    expect(text($(agenda, '.event-when'))).to.match(/Tuesday,? 29 October/);
    expect(text($(list, '[part="count"]'))).to.equal('4 speakers');
    // Own content in Portuguese: marked pt, since the UI around it is English.
    const title = $(agenda, '.event-title [lang]');
    expect(squash(title?.textContent)).to.equal('Escola de outono sobre trabalho em plataformas');
    expect(title?.getAttribute('lang')).to.match(/^pt/);
    // Content only in English: shown in English, marked en (it is not the page's pt).
    const item = $(agenda, '#item-a1 .title [lang]');
    expect(squash(item?.textContent)).to.equal('Platform work');
    expect(item?.getAttribute('lang')).to.equal('en');
    // Content only in French: the fallback's fallback, marked fr.
    const french = $(agenda, '#item-b1 .title [lang]');
    expect(squash(french?.textContent)).to.equal('Droit du travail');
    expect(french?.getAttribute('lang')).to.equal('fr');
    await expect(agenda).to.be.accessible();
  });

  describe('plural forms (0, 1, 2) in each language', () => {
    it('the speaker list’s count', async () => {
      const lists = await fiveOf<SpeakerList>((lang) => html`<speaker-list lang=${lang} .programme=${richProgramme()} filter></speaker-list>`, '[part="count"]');
      const expected: Record<Lang, [string, string, string]> = {
        en: ['0 speakers', '1 speaker', '2 speakers'],
        fr: ['0 intervenant', '1 intervenant', '2 intervenants'],
        de: ['0 Vortragende', '1 vortragende Person', '2 Vortragende'],
        es: ['0 ponentes', '1 ponente', '2 ponentes'],
        it: ['0 relatori', '1 relatore', '2 relatori'],
      };
      // "zzz" matches nobody, "ana" Ana López, "op" Ana López and Bo Chen (Platform Co-op).
      for (const [i, query] of ['zzz', 'ana', 'op'].entries()) {
        for (const lang of LANGS) {
          type(lists[lang], '[part="filter"]', query);
          await lists[lang].updateComplete;
          expect(text($(lists[lang], '[part="count"]')), `${lang} "${query}"`).to.equal(expected[lang][i]);
        }
      }
    });

    it('the agenda’s announced result count', async () => {
      const agendas = await fiveOf<SeminarAgenda>((lang) => html`<seminar-agenda lang=${lang} .programme=${richProgramme()}></seminar-agenda>`, '[part~="item"]');
      const expected: Record<Lang, [string, string, string]> = {
        en: ['0 items shown', '1 item shown', '2 items shown'],
        fr: ['0 élément affiché', '1 élément affiché', '2 éléments affichés'],
        de: ['0 Programmpunkte angezeigt', '1 Programmpunkt angezeigt', '2 Programmpunkte angezeigt'],
        es: ['0 actividades mostradas', '1 actividad mostrada', '2 actividades mostradas'],
        it: ['0 risultati', '1 risultato', '2 risultati'],
      };
      // "zzz" matches nothing, "couriers" one topic, "dieter" the two items Dieter Braun is in.
      for (const [i, query] of ['zzz', 'couriers', 'dieter'].entries()) {
        for (const lang of LANGS) type(agendas[lang], 'input[type="search"]', query);
        for (const lang of LANGS) {
          const status = $(agendas[lang], '[role="status"]')!;
          await waitUntil(() => squash(status.textContent) === expected[lang][i], `${lang} "${query}": "${expected[lang][i]}", not "${squash(status.textContent)}"`, { timeout: 3000 });
        }
      }
    });

    it('the error headline and the "…and N more" line', async () => {
      const broken = (errors: number) => {
        const programme = richProgramme();
        const items = programme['items'] as Record<string, unknown>[];
        for (let i = 0; i < errors; i++) items[i]['type'] = `lecture-${i}`;
        return programme;
      };
      const expected: Record<Lang, [string, string, string, string]> = {
        en: ['The programme has 1 error.', 'The programme has 2 errors.', '…and 1 more problem.', '…and 2 more problems.'],
        fr: ['Le programme contient 1 erreur.', 'Le programme contient 2 erreurs.', '… et 1 autre problème.', '… et 2 autres problèmes.'],
        de: ['Das Programm enthält 1 Fehler.', 'Das Programm enthält 2 Fehler.', '… und 1 weiteres Problem.', '… und 2 weitere Probleme.'],
        es: ['El programa tiene 1 error.', 'El programa tiene 2 errores.', '…y 1 problema más.', '…y 2 problemas más.'],
        it: ['Il programma contiene 1 errore.', 'Il programma contiene 2 errori.', '…e 1 altro problema.', '…e altri 2 problemi.'],
      };
      const itemCount = (richProgramme()['items'] as unknown[]).length;
      const many = (extra: number) => {
        // More problems than items: unknown speakers in the first item too.
        const programme = broken(itemCount);
        const first = (programme['items'] as Record<string, unknown>[])[0];
        first['speakers'] = Array.from({ length: 20 + extra - itemCount }, (_, i) => ({ id: `nobody-${i}` }));
        return programme;
      };
      for (const [i, programme] of [broken(1), broken(2), many(1), many(2)].entries()) {
        const agendas = await fiveOf<SeminarAgenda>((lang) => html`<seminar-agenda lang=${lang} .programme=${programme}></seminar-agenda>`, '[part="error"]');
        for (const lang of LANGS) {
          const shown = i < 2 ? text($(agendas[lang], '.error-reason')) : text($(agendas[lang], '.problems li:last-child'));
          expect(shown, lang).to.equal(expected[lang][i]);
        }
      }
    });
  });

  describe('typography', () => {
    /** Every message of a locale as text, placeholders as `{…}`. */
    async function messagesOf(lang: string): Promise<string[]> {
      const templates = (await loadLocale(lang as never)) ?? {};
      return Object.values(templates).map((value) =>
        typeof value === 'string' ? value : (value as { strings: readonly string[] }).strings.join('{…}'),
      );
    }

    /** What is wrong with French text: the space before : ; ! ? and inside « » is a narrow no-break space (U+202F). */
    function frenchFaults(text: string): string[] {
      const faults: string[] = [];
      if (/[^\u202f][;!?]|[^\u202f]:(?=\s|$)/u.test(text.replace(/\w:\w/g, ''))) faults.push('no U+202F before : ; ! ?');
      if (/«(?!\u202f)|(?<!\u202f)»/u.test(text)) faults.push('no U+202F inside « »');
      if (/["']/.test(text)) faults.push('straight quote or apostrophe');
      return faults;
    }

    it('French messages: narrow no-break spaces, « », typographic apostrophes', async () => {
      const faulty = (await messagesOf('fr')).flatMap((m) => frenchFaults(m).map((f) => `${m}: ${f}`));
      expect(faulty).to.deep.equal([]);
    });

    it('French as rendered: every colon of the UI has its narrow no-break space', async () => {
      const seed = (await (await fetch(SEED)).json()) as unknown;
      const content = contentStrings(richProgramme(), seed);
      const page = await fixture<HTMLDivElement>(html`<div lang="fr">
        <seminar-agenda .programme=${richProgramme()}></seminar-agenda>
        <session-timer .programme=${richProgramme()} mode="next" now=${richAt('09:10')}></session-timer>
        <session-timer start="demain" end="2030-10-29T10:00+05:45"></session-timer>
      </div>`);
      const agenda = page.querySelector('seminar-agenda')!;
      const [timer, invalid] = [...page.querySelectorAll('session-timer')] as [SessionTimer, SessionTimer];
      await settle(agenda, '.zone');
      await settle(timer, '[part="next"]');
      await settle(invalid, '[part="error"]');
      expect(text($(agenda, '.zone'))).to.match(new RegExp(`^Fuseau horaire${NNBSP}: .+\\.`));
      expect(text($(timer, '[part="next"]'))).to.match(new RegExp(`^À suivre${NNBSP}: Platform work à 09:30$`));
      expect(text($(invalid, '[part="error"] li'))).to.contain(`Valeur trouvée${NNBSP}: «${NNBSP}demain${NNBSP}».`);
      const colons = [agenda, timer, invalid].flatMap((el) =>
        shownText(el, (t) => content.has(t))
          // A guillemet alone is the edge of a message around content (« ${title} »): its narrow space is trimmed with the node's whitespace.
          .strings.filter(({ text: t }) => !/^[«»]$/.test(t))
          .filter(({ text: t }) => t.includes(':') || /[«»;!?]/.test(t)),
      );
      expect(colons.length, 'some UI text with a colon').to.be.greaterThan(2);
      const faulty = colons.flatMap(({ text: t, where }) => frenchFaults(t).map((f) => `"${t}" (${where}): ${f}`));
      expect(faulty).to.deep.equal([]);
    });

    it('German „…“, Spanish «…» with ¿ ¡, Italian «…»: no straight quotes', async () => {
      const faults: string[] = [];
      for (const lang of ['de', 'es', 'it']) {
        for (const m of await messagesOf(lang)) {
          if (/["']/.test(m)) faults.push(`${lang}: ${m}: straight quote or apostrophe`);
          if (lang === 'de' && /«|»/.test(m)) faults.push(`${lang}: ${m}: « » in German`);
          if (lang !== 'de' && /„|“/.test(m)) faults.push(`${lang}: ${m}: „ “`);
          if (lang === 'es' && /\?/.test(m) && !/¿/.test(m)) faults.push(`es: ${m}: no opening ¿`);
          if (lang === 'es' && /!/.test(m) && !/¡/.test(m)) faults.push(`es: ${m}: no opening ¡`);
        }
      }
      expect(faults).to.deep.equal([]);
    });
  });
});
