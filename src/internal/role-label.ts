/** A speaker's role as a word (the agenda's items and the speaker card). */
import { msg } from './localize.js';
import type { SpeakerRole } from '../model/types.js';

const ROLE_WORDS: Record<SpeakerRole, () => string> = {
  speaker: () => msg('Speaker'),
  moderator: () => msg('Moderator'),
  chair: () => msg('Chair'),
  discussant: () => msg('Discussant'),
};

/** What a speaker does in an item, as a word. Call inside render (it uses `msg`). */
export function roleLabel(role: SpeakerRole): string {
  return ROLE_WORDS[role]();
}
