// React 18: the @lit/react wrappers from seminar-widgets/react.js.
import { useRef } from 'react';
import { SeminarAgenda, SessionTimer, SpeakerCard, SpeakerList } from 'seminar-widgets/react.js';
import type { SeminarLoadDetail, SeminarTimerDetail } from 'seminar-widgets';
import type { SeminarAgenda as SeminarAgendaElement } from 'seminar-widgets/classes.js';

declare function expectType<T>(value: T): void;

export function Page() {
  const ref = useRef<SeminarAgendaElement>(null);
  return (
    <>
      <SeminarAgenda
        ref={ref}
        src="/programme.json"
        headingLevel={3}
        view="grid"
        timeZone="local"
        programme={{ version: 1 }}
        onSeminarLoad={(event) => {
          expectType<CustomEvent<SeminarLoadDetail>>(event);
        }}
        onSeminarSpeakerSelect={(event) => expectType<string>(event.detail.speakerId)}
        onSeminarError={(event) => expectType<string>(event.detail.kind)}
      />
      <SpeakerCard speaker="kristy-milland" variant="compact" agendaHref="/agenda">
        <button type="button">Follow</button>
      </SpeakerCard>
      <SpeakerList src="/programme.json" filter />
      <SessionTimer session="debate-1" onSeminarTimerWarning={(event) => expectType<SeminarTimerDetail>(event.detail)} />

      {/* @ts-expect-error: not a variant */}
      <SpeakerCard variant="huge" />
      {/* @ts-expect-error: a property takes a number, not a string */}
      <SeminarAgenda headingLevel="3" />
      {/* @ts-expect-error: not an event of the agenda */}
      <SeminarAgenda onSeminarTimerEnd={() => undefined} />
    </>
  );
}
