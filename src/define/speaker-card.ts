/** Registers <speaker-card> (once: loading the library twice never throws). */
import '../internal/needs-dom.js';
import { unregistered } from '../internal/registration.js';
import { SpeakerCard } from '../components/speaker-card/speaker-card.js';

export { SpeakerCard };

// Unless the page registered SpeakerCard under a tag of its own, or other code holds 'speaker-card'.
if (unregistered('speaker-card', SpeakerCard)) customElements.define('speaker-card', SpeakerCard);

declare global {
  interface HTMLElementTagNameMap {
    'speaker-card': SpeakerCard;
  }
}
