/**
 * The studio page's script: registers <seminar-studio> and the elements it
 * previews (the agenda, a speaker card, the speaker list, a timer). Bundled
 * on its own (cdn/studio/studio.js), never into the elements' bundles.
 */
import '../define/seminar-agenda.js';
import '../define/speaker-card.js';
import '../define/speaker-list.js';
import '../define/session-timer.js';
import { SeminarStudio } from './seminar-studio.js';

if (!customElements.get('seminar-studio')) customElements.define('seminar-studio', SeminarStudio);

declare global {
  interface HTMLElementTagNameMap {
    'seminar-studio': SeminarStudio;
  }
}
