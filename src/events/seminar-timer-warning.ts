import type { SeminarTimerDetail } from './timer-detail.js';

/** `seminar-timer-warning`: the warning began (`warn-before` before the end). */
export class SeminarTimerWarningEvent extends CustomEvent<SeminarTimerDetail> {
  constructor(detail: SeminarTimerDetail) {
    super('seminar-timer-warning', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-timer-warning': SeminarTimerWarningEvent;
  }
}
