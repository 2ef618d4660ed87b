/**
 * The programme machinery as one module, for the elements that load it on
 * first use (see programme-code.ts): loading and validation, the error view,
 * the failure report.
 */
export { notFoundFailure, ProgrammeController } from './programme-controller.js';
export { FailureReport, logNotFound } from './failure-report.js';
export { renderFailure } from './status-view.js';
