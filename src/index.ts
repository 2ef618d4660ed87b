/**
 * seminar-widgets: registers every element and re-exports the classes and
 * the programme model's types and functions.
 */
import './define/seminar-agenda.js';
import './define/session-timer.js';
import './define/speaker-card.js';
import './define/speaker-list.js';

export * from './classes.js';
export * from './model.js';
export type { SeminarTimerDetail } from './components/session-timer/session-timer.js';
export type { SpeakerSelectDetail } from './components/seminar-agenda/seminar-agenda.js';
export type { SeminarErrorDetail, SeminarLoadDetail, ProgrammeFailureKind } from './internal/programme-controller.js';
