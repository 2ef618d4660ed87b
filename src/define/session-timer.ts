/** Registers <session-timer> (once: loading the library twice never throws). */
import '../internal/needs-dom.js';
import { warnTagTaken } from '../internal/registration.js';
import { SessionTimer } from '../components/session-timer/session-timer.js';

export { SessionTimer };
export type { SeminarTimerDetail } from '../components/session-timer/session-timer.js';

const existing = customElements.get('session-timer');
if (!existing) customElements.define('session-timer', SessionTimer);
else if (existing !== SessionTimer) warnTagTaken('session-timer');

declare global {
  interface HTMLElementTagNameMap {
    'session-timer': SessionTimer;
  }
}
