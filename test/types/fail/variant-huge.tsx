// MUST NOT COMPILE: `npm test` checks that tsc rejects this file with the error below.
// expect-error: TS2322 Type '"huge"' is not assignable to type
import type {} from 'seminar-widgets/react-jsx.js';

export const card = <speaker-card variant="huge" />;
