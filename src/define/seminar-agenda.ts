/** Registers <seminar-agenda> and the <speaker-card> its dialog uses (once each). */
import '../internal/needs-dom.js';
import './speaker-card.js';
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
