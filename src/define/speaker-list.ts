/** Registers <speaker-list> and the <speaker-card> it uses (once each). */
import './speaker-card.js';
import { SpeakerList } from '../components/speaker-list/speaker-list.js';

export { SpeakerList };

const existing = customElements.get('speaker-list');
if (!existing) customElements.define('speaker-list', SpeakerList);
else if (existing !== SpeakerList) {
  console.warn('seminar-widgets: <speaker-list> is already defined by other code; this copy is not registered.');
}

declare global {
  interface HTMLElementTagNameMap {
    'speaker-list': SpeakerList;
  }
}
