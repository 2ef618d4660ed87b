// React 19: the tags themselves in JSX, typed by seminar-widgets/react-jsx.js.
import 'seminar-widgets';
import type {} from 'seminar-widgets/react-jsx.js';
import type { SeminarErrorDetail, SeminarLoadDetail, SeminarTimerDetail, SpeakerSelectDetail } from 'seminar-widgets';
import type { SeminarAgenda, SpeakerCard } from 'seminar-widgets/classes.js';
import { useRef } from 'react';

/** Fails to compile unless `value` is exactly of type T. */
declare function expectType<T>(value: T): void;

export function Page() {
  const agenda = useRef<SeminarAgenda>(null);
  const card = useRef<SpeakerCard>(null);
  return (
    <main>
      <seminar-agenda
        ref={agenda}
        src="/programme.json"
        heading-level={3}
        view="grid"
        time-zone="local"
        now="2016-07-08T10:40:00+02:00"
        no-structured-data
        theme="dark"
        className="agenda"
        onseminar-load={(event) => {
          expectType<CustomEvent<SeminarLoadDetail>>(event);
          expectType<string>(event.detail.programme.event.timeZone);
        }}
        onseminar-error={(event) => {
          expectType<SeminarErrorDetail>(event.detail);
        }}
        onseminar-speaker-select={(event) => {
          expectType<string>(event.detail.speakerId);
          expectType<SpeakerSelectDetail>(event.detail);
        }}
      >
        <a href="/programme.pdf">The programme (PDF)</a>
      </seminar-agenda>

      {/* Properties as well as attributes: React 19 sets what the element has as a property. */}
      <seminar-agenda programme={{ version: 1 }} headingLevel={2} timeZone="Europe/Paris" />
      <seminar-agenda heading-level="2" />

      <speaker-card ref={card} speaker="kristy-milland" variant="compact" heading-level={4} agenda-href="/agenda/{id}">
        <button type="button">Follow</button>
      </speaker-card>
      <speaker-card name="Kristy Milland" job-title="Community manager" country="CA" photo-alt="" />
      <speaker-list src="/programme.json" item="session-1" variant="full" filter />

      <session-timer
        session="debate-1"
        warn-before="PT5M"
        variant="clock"
        overtime
        now={new Date()}
        onseminar-timer-start={(event) => {
          expectType<SeminarTimerDetail>(event.detail);
        }}
        onseminar-timer-end={(event) => expectType<SeminarTimerDetail>(event.detail)}
      />
      <session-timer mode="next" src="/programme.json" warn-before={5} />

      {/* What must not compile. tsc fails on a `@ts-expect-error` with no error under it, so
          each line below is a test that can fail. Each changes one thing in a use above that
          compiles (a value, an attribute, a handler), so the error can only be that thing. */}
      {/* @ts-expect-error: not a variant */}
      <speaker-card variant="huge" />
      {/* @ts-expect-error: an object is not an attribute value */}
      <seminar-agenda heading-level={{}} />
      {/* @ts-expect-error: not a view */}
      <seminar-agenda view="table" />
      {/* @ts-expect-error: not a timer variant */}
      <session-timer variant="digital" />
      {/* @ts-expect-error: `state` is read-only (reflected by the element) */}
      <session-timer state="running" />
      <seminar-agenda
        // @ts-expect-error: the load event has no speakerId
        onseminar-load={(event) => event.detail.speakerId}
      />
    </main>
  );
}
