/**
 * The `message` of each problem in a `seminar-error` event: the element's own
 * English text for it (`problemText` in the source locale), whatever the
 * element's language and whether the problem comes from validation, an
 * importer or the element itself — never the validator's detailed English,
 * which the elements do not bundle.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/seminar-agenda.js';
import '../../../src/define/speaker-card.js';
import '../../../src/define/session-timer.js';
import type { SeminarErrorDetail } from '../../../src/internal/programme-controller.js';
import type { Problem } from '../../../src/model/types.js';
import { SEED, seed } from '../helpers.js';

/** The detail of the first `seminar-error` from an element made from `template`. */
async function errorOf(template: ReturnType<typeof html>): Promise<SeminarErrorDetail> {
  const parent = document.createElement('div');
  const failed = oneEvent(parent, 'seminar-error');
  await fixture(template, { parentNode: parent });
  return ((await failed) as CustomEvent<SeminarErrorDetail>).detail;
}

/** Every problem has a non-empty message. */
function expectMessages(problems: readonly Problem[]): void {
  expect(problems.length).to.be.greaterThan(0);
  for (const problem of problems) {
    expect(problem.message, `${problem.code} at ${problem.path}`).to.be.a('string').and.not.equal('');
  }
}

describe('seminar-error messages', () => {
  it('gives each validation problem the element’s English text for it, also in French', async () => {
    const bad = await seed();
    const items = bad['items'] as Record<string, unknown>[];
    items[3]['type'] = 'sesion';
    items[4]['duration'] = 'P1M';
    for (const lang of ['en', 'fr']) {
      const detail = await errorOf(html`<seminar-agenda lang=${lang} .programme=${structuredClone(bad)}></seminar-agenda>`);
      expect(detail.kind).to.equal('invalid');
      expectMessages(detail.errors);
      const type = detail.errors.find((problem) => problem.path === '/items/3/type');
      expect(type?.message).to.equal('This item type is not known. Found: "sesion". Did you mean "session"?');
      const duration = detail.errors.find((problem) => problem.path === '/items/4/duration');
      expect(duration?.message).to.equal('This is not a valid duration (such as "PT45M", or a number of minutes). Found: "P1M".');
      // Not the validator's sentences ("Unknown item type …", "… is not a valid duration: years and months …").
      expect(detail.errors.map((problem) => problem.message).join(' ')).not.to.match(/Unknown item type|years and months/);
    }
  });

  it('gives invalid JSON, import errors and missing speakers a message', async () => {
    expectMessages((await errorOf(html`<seminar-agenda .programme=${'{"version": 1,'}></seminar-agenda>`)).errors);
    const imported = await errorOf(html`<seminar-agenda .programme=${'<schedule><conference>'}></seminar-agenda>`);
    expect(imported.errors.map((problem) => problem.message)).to.deep.equal(['This is not well-formed XML.']);
    const missing = await errorOf(html`<speaker-card src=${SEED} speaker="nobody"></speaker-card>`);
    expect(missing.kind).to.equal('not-found');
    expect(missing.errors.map((problem) => problem.message)).to.deep.equal(['No speaker has this id. Found: "nobody".']);
  });

  it('gives a timer’s own problems a message', async () => {
    const invalid = await errorOf(html`<session-timer start="tomorrow"></session-timer>`);
    expect(invalid.errors.map((problem) => [problem.path, problem.message])).to.deep.equal([
      ['/start', 'This is not a valid time (HH:MM, or a date-time with an offset). Found: "tomorrow".'],
    ]);
    const missing = await errorOf(html`<session-timer end="2016-07-08T10:00+02:00"></session-timer>`);
    expect(missing.errors.map((problem) => [problem.path, problem.message])).to.deep.equal([
      ['/start', 'A required field is missing.'],
    ]);
  });
});
