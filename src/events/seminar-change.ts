import type { ProgrammeChanges } from '../model/diff.js';
import type { Programme } from '../model/types.js';

/**
 * The `detail` of `seminar-change`: what changed in a followed programme (see
 * `diffProgrammes` in the model): `added` and `removed` items, `moved` and
 * `edited` ones (each `{ item, previous, fields }`), and `event` when the
 * event's own texts, zone or days changed.
 */
export interface SeminarChangeDetail extends ProgrammeChanges {
  /** The programme now shown. */
  programme: Programme;
  /** The programme shown before. */
  previous: Programme;
}

/** `seminar-change`: the element's followed `src` gave a different programme, now shown (see docs/live.md). */
export class SeminarChangeEvent extends CustomEvent<SeminarChangeDetail> {
  constructor(detail: SeminarChangeDetail) {
    super('seminar-change', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-change': SeminarChangeEvent;
  }
}
