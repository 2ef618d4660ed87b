/** Localised names of item types, statuses and link kinds (call inside render: they use `msg`). */
import { msg } from '../../internal/localize.js';
import type { ItemStatus, ItemType, LinkKind } from '../../model/types.js';

/** The words of an item status; nothing for `confirmed` (the usual case says nothing). */
export function statusLabel(status: ItemStatus): string | undefined {
  switch (status) {
    case 'confirmed':
      return undefined;
    case 'tentative':
      return msg('To be confirmed');
    case 'moved':
      return msg('Moved');
    case 'cancelled':
      return msg('Cancelled');
  }
}

/** The name of a link kind, for a link without a label. */
export function linkKindLabel(kind: LinkKind): string {
  switch (kind) {
    case 'livestream':
      return msg('Livestream');
    case 'recording':
      return msg('Recording');
    case 'slides':
      return msg('Slides');
    case 'registration':
      return msg('Registration');
  }
}

export function typeLabel(type: ItemType): string {
  switch (type) {
    case 'welcome':
      return msg('Welcome');
    case 'introduction':
      return msg('Introduction');
    case 'keynote':
      return msg('Keynote');
    case 'session':
      return msg('Session');
    case 'talk':
      return msg('Talk');
    case 'panel':
      return msg('Panel');
    case 'debate':
      return msg('Debate');
    case 'break':
      return msg('Break');
    case 'meal':
      return msg('Meal');
    case 'recap':
      return msg('Recap');
    case 'roundtable':
      return msg('Roundtable');
    case 'other':
      return msg('Other');
  }
}
