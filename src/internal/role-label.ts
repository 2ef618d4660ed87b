/** A speaker's role as a word (the agenda's items and the speaker card). */
import { msg } from './localize.js';
import type { SpeakerRole } from '../model/types.js';

/** What a speaker does in an item, as a word. Call inside render (it uses `msg`). */
export function roleLabel(role: SpeakerRole): string {
  switch (role) {
    case 'speaker':
      return msg('Speaker');
    case 'moderator':
      return msg('Moderator');
    case 'chair':
      return msg('Chair');
    case 'discussant':
      return msg('Discussant');
  }
}
