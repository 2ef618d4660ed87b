/** Localised names of item types, statuses and link kinds (call inside render: they use `msg`). */
import { msg } from '../../internal/localize.js';
import type { ItemStatus, ItemType, LinkKind } from '../../model/types.js';

/** The words of each status. */
const STATUS_WORDS: Record<ItemStatus, () => string | undefined> = {
  confirmed: () => undefined,
  tentative: () => msg('To be confirmed'),
  moved: () => msg('Moved'),
  cancelled: () => msg('Cancelled'),
};

const LINK_KIND_WORDS: Record<LinkKind, () => string> = {
  livestream: () => msg('Livestream'),
  recording: () => msg('Recording'),
  slides: () => msg('Slides'),
  registration: () => msg('Registration'),
};

const TYPE_WORDS: Record<ItemType, () => string> = {
  welcome: () => msg('Welcome'),
  introduction: () => msg('Introduction'),
  keynote: () => msg('Keynote'),
  session: () => msg('Session'),
  talk: () => msg('Talk'),
  panel: () => msg('Panel'),
  debate: () => msg('Debate'),
  break: () => msg('Break'),
  meal: () => msg('Meal'),
  recap: () => msg('Recap'),
  roundtable: () => msg('Roundtable'),
  other: () => msg('Other'),
};

/** The words of an item status; nothing for `confirmed` (the usual case says nothing). */
export function statusLabel(status: ItemStatus): string | undefined {
  return STATUS_WORDS[status]();
}

/** The name of a link kind, for a link without a label. */
export function linkKindLabel(kind: LinkKind): string {
  return LINK_KIND_WORDS[kind]();
}

export function typeLabel(type: ItemType): string {
  return TYPE_WORDS[type]();
}
