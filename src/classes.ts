/**
 * The element classes, without registering any tag: for hosts that want to
 * register them under names of their own, e.g.
 * `customElements.define('my-speaker', SpeakerCard)`.
 */
import './internal/needs-dom.js';
export { SeminarElement } from './internal/seminar-element.js';
export { SeminarAgenda } from './components/seminar-agenda/seminar-agenda.js';
export { SessionTimer } from './components/session-timer/session-timer.js';
export { SpeakerCard } from './components/speaker-card/speaker-card.js';
export { SpeakerList } from './components/speaker-list/speaker-list.js';
