/**
 * Every event the elements fire, one class each: its name, its `detail` type
 * and its options (`bubbles` and `composed`: it crosses shadow roots) fixed
 * in the constructor, and its entry in `GlobalEventHandlersEventMap`.
 * Add an event: see README.md in this folder.
 */
export { SeminarLoadEvent, type SeminarLoadDetail } from './seminar-load.js';
export { SeminarErrorEvent, type SeminarErrorDetail, type ProgrammeFailureKind, type LoadFailureKind } from './seminar-error.js';
export { SeminarSpeakerSelectEvent, type SpeakerSelectDetail } from './seminar-speaker-select.js';
export { SeminarTimerStartEvent } from './seminar-timer-start.js';
export { SeminarTimerWarningEvent } from './seminar-timer-warning.js';
export { SeminarTimerEndEvent } from './seminar-timer-end.js';
export type { SeminarTimerDetail } from './timer-detail.js';
