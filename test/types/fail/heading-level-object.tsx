// MUST NOT COMPILE: `npm test` checks that tsc rejects this file with the error below.
// expect-error: TS2322 heading-level
import type {} from 'seminar-widgets/react-jsx.js';

export const agenda = <seminar-agenda heading-level={{}} />;
