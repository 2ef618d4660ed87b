/**
 * The element classes, without registering any tag: for hosts that want to
 * register them under names of their own, e.g.
 * `customElements.define('my-agenda', SeminarAgenda)`.
 *
 * Elements are added here as they land.
 */
export { SeminarElement } from './internal/seminar-element.js';
