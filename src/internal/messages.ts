/**
 * Localised text for what can go wrong: each problem code of the model, and
 * each load failure. Call these inside render (they use `msg`).
 *
 * The same text, in English, is the `message` of each problem the elements
 * report in events (`englishProblemText`, `withEnglishText`): the elements
 * never bundle the validator's longer English messages.
 */
import type { Problem, ProblemCode } from '../model/types.js';
import { SOURCE_LOCALE, isSingular, msg, renderWith, str } from './localize.js';
import type { SeminarErrorDetail } from './programme-controller.js';

/** One sentence saying what is wrong, without the path (shown beside it). */
export function problemText(problem: Pick<Problem, 'code' | 'params'>): string {
  const value = problem.params?.['value'];
  const suggestion = problem.params?.['suggestion'];
  const parts = [codeText(problem.code)];
  if (value !== undefined && value !== '') parts.push(msg(str`Found: "${String(value)}".`));
  if (suggestion !== undefined) parts.push(msg(str`Did you mean "${String(suggestion)}"?`));
  return parts.join(' ');
}

/**
 * `problemText` in English (the source locale), whichever element is rendering:
 * the `message` of a problem in an event, the same whatever the element's
 * language and whether its strings are loaded yet.
 */
export function englishProblemText(problem: Pick<Problem, 'code' | 'params'>): string {
  return renderWith(SOURCE_LOCALE, () => problemText(problem));
}

/** `problem` with `englishProblemText` as its `message`. */
export function withEnglishText(problem: Omit<Problem, 'message'>): Problem {
  return { ...problem, message: englishProblemText(problem) };
}

/** What each problem code means, in the language being rendered (keyed by every code: a new one must get its text). */
const CODE_TEXTS: Readonly<Record<ProblemCode, () => string>> = {
  'invalid-json': () => msg('This is not valid JSON.'),
  'not-an-object': () => msg('A programme must be a JSON object.'),
  'unsupported-version': () => msg('This version of the programme format is not supported (expected 1).'),
  'missing-field': () => msg('A required field is missing.'),
  'invalid-type': () => msg('This value has the wrong type.'),
  'empty-text': () => msg('This text is empty.'),
  'invalid-language': () => msg('This is not a valid language tag (such as "en" or "fr").'),
  'invalid-time-zone': () => msg('This is not a known IANA time zone (such as "Europe/Paris").'),
  'invalid-date': () => msg('This is not a valid date (YYYY-MM-DD).'),
  'invalid-time': () => msg('This is not a valid time (HH:MM, or a date-time with an offset).'),
  'invalid-duration': () => msg('This is not a valid duration (such as "PT45M", or a number of minutes).'),
  'out-of-range': () => msg('This time is outside the years 0001 to 9999.'),
  'end-before-start': () => msg('The end is not after the start.'),
  'duplicate-id': () => msg('This id is used more than once.'),
  'invalid-id': () => msg('This id has characters that are not allowed.'),
  'unknown-item-type': () => msg('This item type is not known.'),
  'unknown-speaker-role': () => msg('This speaker role is not known.'),
  'unknown-item-status': () => msg('This item status is not known (confirmed, tentative, moved or cancelled).'),
  'unknown-link-kind': () => msg('This link kind is not known (livestream, recording, slides or registration).'),
  'unknown-speaker': () => msg('No speaker has this id.'),
  'unknown-item': () => msg('No item has this id.'),
  'unknown-room': () => msg('No room has this id.'),
  'unknown-track': () => msg('No track has this id.'),
  'unknown-day': () => msg('This day is not one of the event’s days.'),
  'missing-day': () => msg('The event has several days: this item needs a day.'),
  'invalid-url': () => msg('This is not a valid URL.'),
  'unsafe-url': () => msg('Only http, https and mailto links are allowed.'),
  'invalid-country': () => msg('This is not an ISO 3166 country code (such as "FR").'),
  'invalid-color': () => msg('This is not a colour such as "#1a6".'),
  'no-items': () => msg('The programme has no items.'),
  'unknown-field': () => msg('This field is not part of the programme format and is ignored.'),
  overlap: () => msg('This item overlaps another one in the same room.'),
  'open-end': () => msg('This item has no end and none can be derived.'),
  'duplicate-speaker': () => msg('This speaker is listed twice in the same item.'),
  'nonexistent-local-time': () => msg('This time does not exist on that day (clocks go forward).'),
  'ambiguous-local-time': () => msg('This time happens twice on that day (clocks go back); the first is used.'),
  'end-and-duration': () => msg('The end and the duration disagree; the end is used.'),
  'unused-speaker': () => msg('This speaker is not in any item.'),
  'invalid-xml': () => msg('This is not well-formed XML.'),
  'invalid-csv': () => msg('This is not a valid spreadsheet.'),
  'invalid-ics': () => msg('This is not valid iCalendar.'),
  'unknown-format': () => msg('This is not a programme format we can read (our own, frab or pretalx JSON, schedule2, Pentabarf XML or Sessionize).'),
  'unsupported-feature': () => msg('This is not supported.'),
  'assumed-date-order': () => msg('Dates read day first.'),
  'assumed-time-zone': () => msg('The source gives no time zone; a default zone was assumed.'),
  'not-imported': () => msg('This part of the source has no place in the programme format and was not imported.'),
  'unusable-value': () => msg('This value of the source could not be used and was left out.'),
  'renamed-id': () => msg('This id was changed to fit the programme format.'),
};

function codeText(code: ProblemCode): string {
  // A code from outside (a hydration record, a host's event) is checked, not trusted.
  return Object.hasOwn(CODE_TEXTS, code) ? CODE_TEXTS[code]() : '';
}

/** The headline of an error state. */
export function failureText(failure: SeminarErrorDetail): string {
  switch (failure.kind) {
    case 'invalid': {
      const count = failure.errors.length;
      return isSingular(count)
        ? msg(str`The programme has ${count} error.`)
        : msg(str`The programme has ${count} errors.`);
    }
    case 'http':
      return msg(str`The programme could not be loaded (the server answered ${failure.status ?? '?'}).`);
    case 'timeout':
      return msg('The programme could not be loaded: the server took too long to answer.');
    case 'too-large':
      return msg('The programme is too large to show (more than 5 MB).');
    case 'network':
      return msg('The programme could not be loaded: check the address and your connection.');
    case 'not-found':
      return msg('The programme has no such entry.');
  }
}
