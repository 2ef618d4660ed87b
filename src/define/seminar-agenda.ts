/**
 * Registers <seminar-agenda> (once). The <speaker-card> its speaker dialog
 * shows is loaded and registered when a visitor first opens one.
 */
import '../internal/needs-dom.js';
import { warnTagTaken } from '../internal/registration.js';
import { SeminarAgenda } from '../components/seminar-agenda/seminar-agenda.js';

export { SeminarAgenda };

const existing = customElements.get('seminar-agenda');
if (!existing) customElements.define('seminar-agenda', SeminarAgenda);
else if (existing !== SeminarAgenda) warnTagTaken('seminar-agenda');

declare global {
  interface HTMLElementTagNameMap {
    'seminar-agenda': SeminarAgenda;
  }
}
