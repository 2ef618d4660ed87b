/** The loading state's accessible text, shared by every element (the skeletons are visual). */
import { msg } from './localize.js';

/** Call inside render (it uses `msg`). */
export function loadingText(): string {
  return msg('Loading the programme…');
}
