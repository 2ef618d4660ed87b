// Every setting of the stories' run (vitest.config.mjs): the play functions'
// `waitFor` and `findBy…` give up after 5 s rather than 1 s. Several
// settings run at once, beside other checks, on a shared 2-core machine: an
// element that needs more than a second there has not hung. (In Storybook
// itself the default stays.)
import { configure } from 'storybook/test';

configure({ asyncUtilTimeout: 5_000 });
