import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { asText } from '../../../src/components/seminar-agenda/agenda-item.js';

/** A translated message as `translate` gives it: the translation's literal parts, the values in its order. */
const translated = (template: TemplateResult, values: unknown[]): TemplateResult => ({ ...template, values });

describe('asText (a localised html message as one string when it is only text)', () => {
  it('joins the parts and the text values, in the order the message gives them', () => {
    expect(asText(html`Keep ${'“Debate”'} in my agenda`)).to.equal('Keep “Debate” in my agenda');
    expect(asText('already a string')).to.equal('already a string');
    // A translation that puts its values in another order than the source's.
    expect(asText(translated(html`${0} — ${1}`, ['second', 'first']))).to.equal('second — first');
  });

  it('keeps text with markup characters as text: a title is a value, never markup', () => {
    expect(asText(html`Keep ${'<img src=x onerror=alert(1)> & co'} in my agenda`)).to.equal('Keep <img src=x onerror=alert(1)> & co in my agenda');
  });

  it('stays a template when the message has markup or an entity, or a value is not text', () => {
    const markup = html`Keep <b>${'x'}</b>`;
    const entity = html`Keep&nbsp;${'x'}`;
    const nested = html`Keep ${html`<span lang="en">x</span>`}`;
    const number = html`Keep ${1}`;
    for (const message of [markup, entity, nested, number]) expect(asText(message)).to.equal(message);
  });
});
