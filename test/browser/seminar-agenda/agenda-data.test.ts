/**
 * What the agenda derives from a programme (agenda-data.ts): the search text
 * per item is built when first searched, not with the rest (the first screen
 * does not wait for it), and in the language asked for.
 */
import { expect } from '@open-wc/testing';
import { parseProgramme } from '../../../src/model.js';
import type { Programme } from '../../../src/model/types.js';
import { buildAgendaData, fold, inLanguage, itemFilter, NO_FILTERS } from '../../../src/components/seminar-agenda/agenda-data.js';

/** The seed programme, read afresh (titles in French and English; « César » among the speakers). */
const programme = async (): Promise<Programme> => parseProgramme(await (await fetch('/examples/digital-era-seminar.json')).json());

const matching = (data: ReturnType<typeof buildAgendaData>, query: string) =>
  data.programme.items.filter(itemFilter(data, { ...NO_FILTERS, query }, new Set())).map((item) => item.id);

describe('agenda data', () => {
  it('builds the search text when first searched, from the programme as it is then', async () => {
    const read = await programme();
    const data = buildAgendaData(read, 'en');
    // Built later than the rest: a title changed before the first search is what it finds.
    const item = read.items[1];
    (item as { title: unknown }).title = { en: 'Zanzibar round table', fr: 'Zanzibar table ronde' };
    expect(matching(data, 'zanzibar')).to.deep.equal([item.id]);
    expect(data.search.get(item.id)).to.include('zanzibar');
    expect(data.search, 'built once').to.equal(data.search);
  });

  it('searches in the language it is for, accents folded; another language gives its own', async () => {
    const data = buildAgendaData(await programme(), 'en');
    expect(matching(data, 'cesar')).to.deep.equal(['session-2']);
    const item = data.programme.items.find((candidate) => typeof candidate.title === 'object' && 'en' in candidate.title && 'fr' in candidate.title)!;
    const english = fold((item.title as Record<string, string>)['en']);
    const french = inLanguage(data, 'fr');
    expect(french.searchLanguage).to.equal('fr');
    expect(data.search.get(item.id)).to.include(english);
    expect(french.search.get(item.id)).to.include(fold((item.title as Record<string, string>)['fr']));
    expect(french.search.get(item.id)).to.not.include(english);
    expect(french.days, 'the same days').to.equal(data.days);
  });
});
