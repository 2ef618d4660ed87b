/**
 * The studio's form fields, as Lit templates: a text in each of the
 * programme's languages side by side (a missing translation flagged at its
 * input), a plain value, a choice. Each field carries the JSON pointer of what
 * it edits (`data-path`), so a problem the validator reports at a path finds
 * its field, is shown under it and marks it invalid.
 *
 * Call inside render (labels use `msg`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../internal/localize.js';
import type { LocalisedText } from '../model/types.js';
import { missingLanguages, pointer, textIn, type Path } from './edit.js';

/** A problem shown at a field: its id (for `aria-describedby`), severity and sentence. */
export interface FieldProblem {
  id: string;
  severity: 'error' | 'warning';
  text: string;
}

/** What every field needs: where it writes, its label, and the problems at its path. */
export interface FieldBase {
  path: Path;
  label: string;
  problems: readonly FieldProblem[];
}

/** An id for the control of `path` (the pointer, made safe for an id). */
export function controlId(path: Path, lang?: string): string {
  return `f${pointer(path).replace(/[^A-Za-z0-9_-]/g, (c) => (c === '/' ? '_' : '-'))}${lang ? `--${lang}` : ''}`;
}

/** The name of language `tag` in `inLocale` (from Intl; the tag itself where Intl has none). */
export function languageName(tag: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function problemsView(problems: readonly FieldProblem[]): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`${problems.map(
    (p) => html`<span class="marker ${p.severity}" id=${p.id}><span class="severity">${p.severity === 'error' ? msg('Error:') : msg('Warning:')}</span> ${p.text}</span>`,
  )}`;
}

const describedBy = (...ids: (string | undefined)[]): string | typeof nothing => ids.filter(Boolean).join(' ') || nothing;
const invalid = (problems: readonly FieldProblem[]): 'true' | 'false' => (problems.some((p) => p.severity === 'error') ? 'true' : 'false');

export interface TextFieldOptions extends FieldBase {
  value: LocalisedText | undefined;
  /** The programme's languages, its default first. */
  languages: readonly string[];
  defaultLanguage: string;
  /** The interface's language (for the languages' names). */
  uiLocale: string;
  /** A long text (a description, a biography): a text area. */
  long?: boolean;
  onText: (lang: string, value: string) => void;
}

/**
 * A text in each of the programme's languages, side by side. A version
 * missing while another language has one is flagged, in words, at its input.
 */
export function textField(o: TextFieldOptions): TemplateResult {
  const missing = new Set(missingLanguages(o.value, o.languages, o.defaultLanguage));
  const many = o.languages.length > 1;
  const at = pointer(o.path);
  const input = (lang: string): TemplateResult => {
    const id = controlId(o.path, many ? lang : undefined);
    const value = textIn(o.value, lang, o.defaultLanguage);
    const flag = missing.has(lang) ? `${id}-missing` : undefined;
    const own = lang === o.defaultLanguage ? o.problems : [];
    const onChange = (e: Event) => {
      o.onText(lang, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
    };
    const described = describedBy(flag, ...own.map((p) => p.id));
    const control = o.long
      ? html`<textarea id=${id} data-path=${at} lang=${lang} rows="3" .value=${value} aria-invalid=${invalid(own)} aria-describedby=${described} @change=${onChange}></textarea>`
      : html`<input id=${id} data-path=${at} lang=${lang} type="text" .value=${value} aria-invalid=${invalid(own)} aria-describedby=${described} @change=${onChange} />`;
    return html`<div class="version ${flag ? 'missing' : ''}">
      <label for=${id}>${many ? languageName(lang, o.uiLocale) : o.label}</label>
      ${control} ${flag ? html`<span class="missing-flag" id=${flag}>${msg('Translation missing')}</span>` : nothing}
      ${problemsView(own)}
    </div>`;
  };
  if (!many) return html`<div class="field text-field">${input(o.defaultLanguage)}</div>`;
  return html`<fieldset class="field text-field">
    <legend>${o.label}${missing.size ? html` <span class="missing-count">${msg(str`(${missing.size} missing)`)}</span>` : nothing}</legend>
    <div class="versions">${o.languages.map(input)}</div>
  </fieldset>`;
}

export interface ValueFieldOptions extends FieldBase {
  value: string | number | undefined;
  type?: 'text' | 'url' | 'date' | 'number';
  /** A hint under the label (a format). */
  hint?: string;
  /** Suggestions (a `datalist`). */
  suggestions?: readonly string[];
  onValue: (value: string) => void;
}

/** A plain value: an id, a time, a URL, a colour. */
export function valueField(o: ValueFieldOptions): TemplateResult {
  const id = controlId(o.path);
  const hint = o.hint ? `${id}-hint` : undefined;
  return html`<div class="field">
    <label for=${id}>${o.label}</label>
    ${o.hint ? html`<span class="hint" id=${hint}>${o.hint}</span>` : nothing}
    <input
      id=${id}
      data-path=${pointer(o.path)}
      type=${o.type ?? 'text'}
      .value=${o.value === undefined ? '' : String(o.value)}
      list=${o.suggestions ? `${id}-list` : nothing}
      autocomplete="off"
      spellcheck="false"
      aria-invalid=${invalid(o.problems)}
      aria-describedby=${describedBy(hint, ...o.problems.map((p) => p.id))}
      @change=${(e: Event) => { o.onValue((e.target as HTMLInputElement).value); }}
    />
    ${o.suggestions ? html`<datalist id=${`${id}-list`}>${o.suggestions.map((s) => html`<option value=${s}></option>`)}</datalist>` : nothing}
    ${problemsView(o.problems)}
  </div>`;
}

export interface ChoiceFieldOptions extends FieldBase {
  value: string | undefined;
  /** `[value, label]`; `''` for "none" when the field is optional. */
  options: readonly (readonly [string, string])[];
  onValue: (value: string) => void;
}

/** One of a list: a type, a room, a status. A value not in the list (from an import) stays selectable. */
export function choiceField(o: ChoiceFieldOptions): TemplateResult {
  const id = controlId(o.path);
  const value = o.value ?? '';
  const options = o.options.some(([v]) => v === value) ? o.options : [...o.options, [value, value] as const];
  return html`<div class="field">
    <label for=${id}>${o.label}</label>
    <select
      id=${id}
      data-path=${pointer(o.path)}
      aria-invalid=${invalid(o.problems)}
      aria-describedby=${describedBy(...o.problems.map((p) => p.id))}
      @change=${(e: Event) => { o.onValue((e.target as HTMLSelectElement).value); }}
    >
      ${options.map(([v, label]) => html`<option value=${v} ?selected=${v === value}>${label}</option>`)}
    </select>
    ${problemsView(o.problems)}
  </div>`;
}
