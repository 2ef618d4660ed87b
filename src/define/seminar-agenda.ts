/**
 * Registers <seminar-agenda> (once). The <speaker-card> its speaker dialog
 * shows is loaded and registered when a visitor first opens one.
 */
import '../internal/needs-dom.js';
import { unregistered } from '../internal/registration.js';
import { SeminarAgenda } from '../components/seminar-agenda/seminar-agenda.js';

export { SeminarAgenda };

// Unless the page registered SeminarAgenda under a tag of its own, or other code holds 'seminar-agenda'.
if (unregistered('seminar-agenda', SeminarAgenda)) customElements.define('seminar-agenda', SeminarAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'seminar-agenda': SeminarAgenda;
  }
}
