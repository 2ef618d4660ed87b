/** Registers <speaker-list> and the <speaker-card> it uses (once each). */
import '../internal/needs-dom.js';
import './speaker-card.js';
import { warnTagTaken } from '../internal/registration.js';
import { SpeakerList } from '../components/speaker-list/speaker-list.js';

export { SpeakerList };

const existing = customElements.get('speaker-list');
if (!existing) customElements.define('speaker-list', SpeakerList);
else if (existing !== SpeakerList) warnTagTaken('speaker-list');

declare global {
  interface HTMLElementTagNameMap {
    'speaker-list': SpeakerList;
  }
}
