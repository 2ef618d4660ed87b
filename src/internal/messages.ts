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
import { codeFailureText } from './code-failure.js';
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

function codeText(code: ProblemCode): string {
  switch (code) {
    case 'invalid-json':
      return msg('This is not valid JSON.');
    case 'not-an-object':
      return msg('A programme must be a JSON object.');
    case 'unsupported-version':
      return msg('This version of the programme format is not supported (expected 1).');
    case 'missing-field':
      return msg('A required field is missing.');
    case 'invalid-type':
      return msg('This value has the wrong type.');
    case 'empty-text':
      return msg('This text is empty.');
    case 'invalid-language':
      return msg('This is not a valid language tag (such as "en" or "fr").');
    case 'invalid-time-zone':
      return msg('This is not a known IANA time zone (such as "Europe/Paris").');
    case 'invalid-date':
      return msg('This is not a valid date (YYYY-MM-DD).');
    case 'invalid-time':
      return msg('This is not a valid time (HH:MM, or a date-time with an offset).');
    case 'invalid-duration':
      return msg('This is not a valid duration (such as "PT45M", or a number of minutes).');
    case 'out-of-range':
      return msg('This time is outside the years 0001 to 9999.');
    case 'end-before-start':
      return msg('The end is not after the start.');
    case 'duplicate-id':
      return msg('This id is used more than once.');
    case 'invalid-id':
      return msg('This id has characters that are not allowed.');
    case 'unknown-item-type':
      return msg('This item type is not known.');
    case 'unknown-speaker-role':
      return msg('This speaker role is not known.');
    case 'unknown-item-status':
      return msg('This item status is not known (confirmed, tentative, moved or cancelled).');
    case 'unknown-link-kind':
      return msg('This link kind is not known (livestream, recording, slides or registration).');
    case 'unknown-speaker':
      return msg('No speaker has this id.');
    case 'unknown-item':
      return msg('No item has this id.');
    case 'unknown-room':
      return msg('No room has this id.');
    case 'unknown-track':
      return msg('No track has this id.');
    case 'unknown-day':
      return msg('This day is not one of the event’s days.');
    case 'missing-day':
      return msg('The event has several days: this item needs a day.');
    case 'invalid-url':
      return msg('This is not a valid URL.');
    case 'unsafe-url':
      return msg('Only http, https and mailto links are allowed.');
    case 'invalid-country':
      return msg('This is not an ISO 3166 country code (such as "FR").');
    case 'invalid-color':
      return msg('This is not a colour such as "#1a6".');
    case 'no-items':
      return msg('The programme has no items.');
    case 'unknown-field':
      return msg('This field is not part of the programme format and is ignored.');
    case 'overlap':
      return msg('This item overlaps another one in the same room.');
    case 'open-end':
      return msg('This item has no end and none can be derived.');
    case 'duplicate-speaker':
      return msg('This speaker is listed twice in the same item.');
    case 'nonexistent-local-time':
      return msg('This time does not exist on that day (clocks go forward).');
    case 'ambiguous-local-time':
      return msg('This time happens twice on that day (clocks go back); the first is used.');
    case 'end-and-duration':
      return msg('The end and the duration disagree; the end is used.');
    case 'unused-speaker':
      return msg('This speaker is not in any item.');
    case 'invalid-xml':
      return msg('This is not well-formed XML.');
    case 'invalid-csv':
      return msg('This is not a valid spreadsheet.');
    case 'invalid-ics':
      return msg('This is not valid iCalendar.');
    case 'unknown-format':
      return msg('This is not a programme format we can read (our own, frab or pretalx JSON, schedule2, Pentabarf XML or Sessionize).');
    case 'unsupported-feature':
      return msg('This is not supported.');
    case 'assumed-date-order':
      return msg('Dates read day first.');
    case 'assumed-time-zone':
      return msg('The source gives no time zone; a default zone was assumed.');
    case 'not-imported':
      return msg('This part of the source has no place in the programme format and was not imported.');
    case 'unusable-value':
      return msg('This value of the source could not be used and was left out.');
    case 'renamed-id':
      return msg('This id was changed to fit the programme format.');
  }
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
    case 'code':
      return codeFailureText();
  }
}
