/** Registers <speaker-card> (once: loading the library twice never throws). */
import { SpeakerCard } from '../components/speaker-card/speaker-card.js';

export { SpeakerCard };

const existing = customElements.get('speaker-card');
if (!existing) customElements.define('speaker-card', SpeakerCard);
else if (existing !== SpeakerCard) {
  console.warn('seminar-widgets: <speaker-card> is already defined by other code; this copy is not registered.');
}

declare global {
  interface HTMLElementTagNameMap {
    'speaker-card': SpeakerCard;
  }
}
