/** Registers <seminar-agenda> and the <speaker-card> its dialog uses (once each). */
import './speaker-card.js';
import { SeminarAgenda } from '../components/seminar-agenda/seminar-agenda.js';

export { SeminarAgenda };

const existing = customElements.get('seminar-agenda');
if (!existing) customElements.define('seminar-agenda', SeminarAgenda);
else if (existing !== SeminarAgenda) {
  console.warn('seminar-widgets: <seminar-agenda> is already defined by other code; this copy is not registered.');
}

declare global {
  interface HTMLElementTagNameMap {
    'seminar-agenda': SeminarAgenda;
  }
}
