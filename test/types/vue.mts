// Vue 3: the GlobalComponents that seminar-widgets/vue.js declares, as Vue's
// template type-checker (Volar / vue-tsc) reads them: `$props` of each tag.
import type {} from 'seminar-widgets/vue.js';
import { TAG_NAMES } from 'seminar-widgets/vue.js';
import type { GlobalComponents } from 'vue';
import type { SeminarErrorDetail, SeminarLoadDetail, SeminarTimerDetail } from 'seminar-widgets';

declare function expectType<T>(value: T): void;

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

// <seminar-agenda src="/programme.json" heading-level="3" view="grid" @seminar-load="onLoad" class="agenda">
export const agenda: PropsOf<'seminar-agenda'> = {
  src: '/programme.json',
  headingLevel: '3',
  view: 'grid',
  timeZone: 'local',
  class: 'agenda',
  onSeminarLoad: (event) => expectType<CustomEvent<SeminarLoadDetail>>(event),
  onSeminarError: (event) => expectType<SeminarErrorDetail>(event.detail),
};

// <speaker-card :programme="programme" speaker="kristy-milland" variant="compact" :heading-level="4">
export const card: PropsOf<'speaker-card'> = { programme: {}, speaker: 'kristy-milland', variant: 'compact', headingLevel: 4 };

export const list: PropsOf<'speaker-list'> = { src: '/programme.json', filter: true };

// <session-timer session="debate-1" variant="clock" @seminar-timer-end="onEnd">
export const timer: PropsOf<'session-timer'> = {
  session: 'debate-1',
  variant: 'clock',
  onSeminarTimerEnd: (event) => expectType<SeminarTimerDetail>(event.detail),
};

// @ts-expect-error: not a variant
export const badVariant: PropsOf<'speaker-card'> = { variant: 'huge' };
// @ts-expect-error: an object is not a heading level
export const badLevel: PropsOf<'seminar-agenda'> = { headingLevel: {} };

// app.config.compilerOptions.isCustomElement = (tag) => TAG_NAMES.includes(tag)
export const isCustomElement = (tag: string): boolean => TAG_NAMES.includes(tag);
