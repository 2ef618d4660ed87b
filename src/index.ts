/**
 * seminar-widgets: registers every element and re-exports the classes and
 * the types. The model's functions (validation, import, iCalendar…) are in
 * `seminar-widgets/model.js`, so a page that only shows widgets does not
 * download them.
 */
import './define/seminar-agenda.js';
import './define/session-timer.js';
import './define/speaker-card.js';
import './define/speaker-list.js';

export * from './classes.js';
export type * from './model.js';
export * from './events/index.js';
