import { fixture, html } from '@open-wc/testing';
import '../../../src/studio/main.js';
import type { SeminarStudio } from '../../../src/studio/seminar-studio.js';

/** A studio (English) started from a blank programme, optionally in a container `width` wide. */
export async function blankStudio(width?: string): Promise<SeminarStudio> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${width ? `width: ${width}` : ''}><seminar-studio lang="en"></seminar-studio></div>`);
  const el = wrapper.firstElementChild as SeminarStudio;
  await el.updateComplete;
  el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')[0].click();
  await el.updateComplete;
  return el;
}
