import type { SeminarTimerDetail } from './timer-detail.js';

/** `seminar-timer-start`: the timed window started. */
export class SeminarTimerStartEvent extends CustomEvent<SeminarTimerDetail> {
  constructor(detail: SeminarTimerDetail) {
    super('seminar-timer-start', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-timer-start': SeminarTimerStartEvent;
  }
}
