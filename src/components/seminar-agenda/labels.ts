/** Localised names of item types (call inside render: they use `msg`). */
import { msg } from '../../internal/localize.js';
import type { ItemType } from '../../model/types.js';

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
