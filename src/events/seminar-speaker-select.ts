/** The `detail` of `seminar-speaker-select`. */
export interface SpeakerSelectDetail {
  speakerId: string;
}

/** `seminar-speaker-select`: a speaker's card was opened in the agenda. */
export class SeminarSpeakerSelectEvent extends CustomEvent<SpeakerSelectDetail> {
  constructor(detail: SpeakerSelectDetail) {
    super('seminar-speaker-select', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-speaker-select': SeminarSpeakerSelectEvent;
  }
}
