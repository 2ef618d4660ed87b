import type { SeminarTimerDetail } from './timer-detail.js';

/** `seminar-timer-end`: the timed window ended. */
export class SeminarTimerEndEvent extends CustomEvent<SeminarTimerDetail> {
  constructor(detail: SeminarTimerDetail) {
    super('seminar-timer-end', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-timer-end': SeminarTimerEndEvent;
  }
}
