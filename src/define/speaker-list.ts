/** Registers <speaker-list> and the <speaker-card> it uses (once each). */
import '../internal/needs-dom.js';
import './speaker-card.js';
import { unregistered } from '../internal/registration.js';
import { SpeakerList } from '../components/speaker-list/speaker-list.js';

export { SpeakerList };

// Unless the page registered SpeakerList under a tag of its own, or other code holds 'speaker-list'.
if (unregistered('speaker-list', SpeakerList)) customElements.define('speaker-list', SpeakerList);

declare global {
  interface HTMLElementTagNameMap {
    'speaker-list': SpeakerList;
  }
}
