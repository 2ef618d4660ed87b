/**
 * The element classes, without registering any tag: for hosts that want to
 * register them under names of their own, e.g.
 * `customElements.define('my-speaker', SpeakerCard)`. Elements that draw
 * others (the list's and the agenda's cards) draw them under the tag the page
 * gave their class, or register it under its usual tag on first use (see
 * `SpeakerList.dependencies`).
 */
import './internal/needs-dom.js';
export { SeminarElement } from './internal/seminar-element.js';
export { SeminarAgenda } from './components/seminar-agenda/seminar-agenda.js';
export { SessionTimer } from './components/session-timer/session-timer.js';
export { SpeakerCard } from './components/speaker-card/speaker-card.js';
export { SpeakerList } from './components/speaker-list/speaker-list.js';
