import type { Problem } from '../model/types.js';

/** Why a programme could not be loaded from its URL. */
export type LoadFailureKind = 'network' | 'http' | 'timeout' | 'too-large';

/**
 * What went wrong: a load failure, a programme with errors (`invalid`), a
 * programme without the speaker or item an element was asked for
 * (`not-found`), or the library's own code for reading programmes could not
 * be fetched (`code`: the visitor went offline after the page loaded, or the
 * site serves the library's files incompletely).
 */
export type ProgrammeFailureKind = LoadFailureKind | 'invalid' | 'not-found' | 'code';

/** The `detail` of `seminar-error`. */
export interface SeminarErrorDetail {
  kind: ProgrammeFailureKind;
  /**
   * The programme's problems (empty for load failures), each with a `code`, a
   * JSON-pointer `path`, `params`, and a `message`: the English of the short
   * text the element shows for the problem, e.g. `This item type is not known.
   * Found: "sesion". Did you mean "session"?` (in English whatever the
   * element's language). Tell problems apart by `code` and `params`; for the
   * validator's detailed English messages, use `validateProgramme` from
   * `seminar-widgets/model.js`.
   */
  errors: Problem[];
  /** The URL, when the programme came from `src`. */
  url?: string;
  /** The HTTP status, for `http` failures. */
  status?: number;
  /**
   * A new version of a followed `src` could not be used: the element keeps
   * showing the programme it had (see docs/live.md).
   */
  live?: true;
}

/** `seminar-error`: the programme could not be loaded or used; the element shows why. */
export class SeminarErrorEvent extends CustomEvent<SeminarErrorDetail> {
  constructor(detail: SeminarErrorDetail) {
    super('seminar-error', { detail, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-error': SeminarErrorEvent;
  }
}
