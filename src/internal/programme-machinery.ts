/**
 * The programme machinery as one module, for an element that loads it when
 * it first has a programme to read (lazy-programme.ts): the controller of
 * sources and loading, the reading of programmes, the error view and the
 * failure report.
 */
export { notFoundFailure, ProgrammeController } from './programme-controller.js';
export { FailureReport, logNotFound } from './failure-report.js';
export { renderFailure } from './status-view.js';
export { programmeReading } from './programme-controller.js';
/** Read by the controller without a second round trip (see `programmeReading`). */
export * as reading from './programme-reading.js';
