import type { Programme } from '../model/types.js';

/** The `detail` of `seminar-load`. */
export interface SeminarLoadDetail {
  /** The normalised programme; the `message` of each of its `warnings` is as in `SeminarErrorDetail.errors`. */
  programme: Programme;
}

/** `seminar-load`: the element's programme was loaded, checked and normalised. */
export class SeminarLoadEvent extends CustomEvent<SeminarLoadDetail> {
  constructor(detail: SeminarLoadDetail) {
    super('seminar-load', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-load': SeminarLoadEvent;
  }
}
