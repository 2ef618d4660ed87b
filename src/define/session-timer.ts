/** Registers <session-timer> (once: loading the library twice never throws). */
import '../internal/needs-dom.js';
import { unregistered } from '../internal/registration.js';
import { SessionTimer } from '../components/session-timer/session-timer.js';

export { SessionTimer };
export type { SeminarTimerDetail } from '../components/session-timer/session-timer.js';

// Unless the page registered SessionTimer under a tag of its own, or other code holds 'session-timer'.
if (unregistered('session-timer', SessionTimer)) customElements.define('session-timer', SessionTimer);

declare global {
  interface HTMLElementTagNameMap {
    'session-timer': SessionTimer;
  }
}
