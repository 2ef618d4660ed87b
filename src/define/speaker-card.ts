/** Registers <speaker-card> (once: loading the library twice never throws). */
import '../internal/needs-dom.js';
import { warnTagTaken } from '../internal/registration.js';
import { SpeakerCard } from '../components/speaker-card/speaker-card.js';

export { SpeakerCard };

const existing = customElements.get('speaker-card');
if (!existing) customElements.define('speaker-card', SpeakerCard);
else if (existing !== SpeakerCard) warnTagTaken('speaker-card');

declare global {
  interface HTMLElementTagNameMap {
    'speaker-card': SpeakerCard;
  }
}
