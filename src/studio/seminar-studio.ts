/**
 * <seminar-studio>: write, check and publish a programme without writing JSON.
 *
 * The organiser pastes cells copied from a spreadsheet (or CSV/TSV text, or
 * any export the importers read) or opens a file; the studio shows what each
 * column was taken for and lets them change it, lists every problem at its
 * cell, row or form field in the interface's language, edits the event and
 * its items, previews the live <seminar-agenda> in any of the five languages,
 * light or dark, at 320 px or desktop width, and downloads the programme JSON
 * and its iCalendar file. Everything happens in the browser: nothing is sent
 * anywhere. The draft is kept in localStorage, and the browser asks before a
 * tab with changes not yet downloaded is closed.
 *
 * Not part of the elements' bundles: the studio is its own page
 * (`npx seminar-widgets studio`, docs/studio.md).
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController } from '../internal/locale-controller.js';
import { msg, renderWith, str, isSingular, UI_LOCALES, type UiLocale } from '../internal/localize.js';
import { problemText } from '../internal/messages.js';
import { acquire, DEFAULT_TIMEOUT_MS, invalidate, LoadError, MAX_PROGRAMME_SIZE } from '../internal/shared-fetch.js';
import type { Problem, ProgrammeInput, ValidationResult } from '../model/types.js';
import {
  ImportError,
  SPREADSHEET_FIELDS,
  TRANSLATABLE_FIELDS,
  columnName,
  guessColumns,
  importProgramme,
  looksLikeHeader,
  parseDelimited,
  parseProgramme,
  toICalendar,
  validateProgramme,
  type ImportFormat,
  type SpreadsheetColumn,
  type SpreadsheetField,
} from '../model.js';
import { clearDraft, loadDraft, saveDraft, type Draft, type DraftSource } from './draft.js';
import { blankProgramme, defaultLanguageOf, textIn, withEventField, withItemField, type EventTextField, type ItemField } from './edit.js';
import { locate, type EventField, type Location } from './locations.js';
import { studioStyles } from './seminar-studio.styles.js';

/** Rows of a pasted sheet shown in the mapping table (the rest are imported, not drawn). */
const SHOWN_ROWS = 300;

/** A problem, where it was found (the source, or the programme), and where it points. */
interface Found {
  problem: Problem;
  severity: 'error' | 'warning';
  location: Location;
  /** Its place in the list, for ids. */
  index: number;
}

type PreviewWidth = 'desktop' | 'narrow';
type PreviewTheme = 'page' | 'light' | 'dark';

/**
 * @summary The programme studio: import, map, check, edit, preview and download a programme.
 */
export class SeminarStudio extends LitElement {
  static override styles = studioStyles;

  static override properties = {
    exampleUrl: { attribute: 'example-url' },
    fetchTimeout: { attribute: false },
    stage: { state: true },
    source: { state: true },
    columns: { state: true },
    header: { state: true },
    programme: { state: true },
    importErrors: { state: true },
    importWarnings: { state: true },
    format: { state: true },
    unsaved: { state: true },
    previewLang: { state: true },
    previewWidth: { state: true },
    previewTheme: { state: true },
    storageFailed: { state: true },
    confirmingReset: { state: true },
    status: { state: true },
    urlProblem: { state: true },
    fetching: { state: true },
  };

  /** Where "Start from the example" reads the seed programme. */
  exampleUrl = './example.json';

  /** How long reading an address may take (ms): the elements' own limit. */
  fetchTimeout = DEFAULT_TIMEOUT_MS;

  private stage: 'start' | 'edit' = 'start';
  private source: DraftSource | undefined;
  private columns: (SpreadsheetColumn | null)[] | undefined;
  private header: boolean | undefined;
  private timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  private language = '';
  private format: ImportFormat | undefined;
  private programme: ProgrammeInput | undefined;
  private importErrors: Problem[] = [];
  private importWarnings: Problem[] = [];
  private unsaved = false;
  private previewLang: UiLocale = 'en';
  private previewWidth: PreviewWidth = 'desktop';
  private previewTheme: PreviewTheme = 'page';
  private storageFailed = false;
  private confirmingReset = false;
  /** What the live region says after an action (import, download, start over), in the interface's language when rendered. */
  private status: (() => string) | undefined;
  private validation: ValidationResult = { ok: true, errors: [], warnings: [] };
  /** Why the address given to start from could not be read (shown at its field), in the interface's language when rendered. */
  private urlProblem: (() => string) | undefined;
  /** A fetch of an address is under way. */
  private fetching = false;

  private readonly i18n = new LocaleController(this);

  private readonly beforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.unsaved) return;
    event.preventDefault();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.beforeUnload);
    if (this.stage === 'start' && !this.programme) this.restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.beforeUnload);
  }

  /** Whether the draft has changes that were not downloaded (the browser asks before closing). */
  get hasUnsavedChanges(): boolean {
    return this.unsaved;
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (!this.i18n.ready) await this.i18n.whenReady();
    await super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    renderWith(this.i18n.locale, () => { super.update(changed); });
  }

  /* ---------------------------------------------------------------- */
  /* State                                                            */
  /* ---------------------------------------------------------------- */

  private restore(): void {
    const draft = loadDraft();
    if (!draft) return;
    this.source = draft.source;
    this.columns = draft.columns;
    this.header = draft.header;
    if (draft.timeZone) this.timeZone = draft.timeZone;
    this.language = draft.language ?? '';
    this.unsaved = draft.unsaved;
    if (draft.source) this.read(false);
    if (draft.programme) this.setProgramme(draft.programme, false);
    if (this.programme || this.importErrors.length) this.stage = 'edit';
  }

  private keep(): void {
    const draft: Draft = {
      version: 1,
      unsaved: this.unsaved,
      timeZone: this.timeZone,
      language: this.language,
      ...(this.source ? { source: this.source } : {}),
      ...(this.columns ? { columns: this.columns } : {}),
      ...(this.header !== undefined ? { header: this.header } : {}),
      ...(this.programme ? { programme: this.programme } : {}),
    };
    this.storageFailed = !saveDraft(draft);
  }

  private setProgramme(programme: ProgrammeInput | undefined, changed = true): void {
    this.programme = programme;
    this.validation = programme ? validateProgramme(programme) : { ok: true, errors: [], warnings: [] };
    if (programme && !this.previewLang) this.previewLang = 'en';
    if (changed) {
      this.unsaved = true;
      this.keep();
    }
  }

  /** Reads `this.source` with the current settings: the programme, or the problems that stop it. */
  private read(changed = true): void {
    const text = this.source?.text ?? '';
    this.importErrors = [];
    this.importWarnings = [];
    this.format = undefined;
    try {
      const sheet = this.sheet();
      if (sheet && this.columns === undefined) this.columns = guessColumns(sheet.rows, sheet.header);
      const result = importProgramme(text, {
        timeZone: this.timeZone,
        ...(this.language ? { language: this.language } : {}),
        ...(sheet ? { format: 'csv', columns: this.columns ?? [], header: sheet.header } : {}),
      });
      this.format = result.format;
      this.importWarnings = result.warnings;
      this.setProgramme(result.programme, changed);
    } catch (error) {
      if (error instanceof ImportError) {
        this.format = error.format;
        this.importErrors = error.errors;
        this.importWarnings = error.warnings;
      } else {
        const reason = error instanceof Error ? error.message : String(error);
        this.importErrors = [{ code: 'unusable-value', path: '', message: reason, params: { value: reason.slice(0, 200) } }];
      }
      this.setProgramme(undefined, false);
      if (changed) this.keep();
    }
  }

  /** The source as a sheet of cells, when it is a spreadsheet (not JSON, XML or iCalendar). */
  private sheet(): { rows: string[][]; header: boolean } | undefined {
    const text = this.source?.text ?? '';
    const start = text.replace(/^\uFEFF/, '').trimStart();
    if (start === '' || start.startsWith('{') || start.startsWith('[') || start.startsWith('<') || /^BEGIN:VCALENDAR/i.test(start)) return undefined;
    const rows = parseDelimited(text).rows.map((row) => row.cells);
    if (rows.length === 0) return undefined;
    return { rows, header: this.header ?? looksLikeHeader(rows[0] ?? []) };
  }

  private startFrom(source: DraftSource): void {
    this.source = source;
    this.columns = undefined;
    this.header = undefined;
    this.read();
    this.stage = 'edit';
    this.announce();
    void this.updateComplete.then(() => { this.focusHeading('result-heading'); });
  }

  private announce(): void {
    if (this.importErrors.length) {
      const count = this.importErrors.length;
      this.status = () =>
        isSingular(count) ? msg(str`The source could not be read: ${count} problem.`) : msg(str`The source could not be read: ${count} problems.`);
      return;
    }
    const items = this.programme?.items.length ?? 0;
    const problems = this.validation.errors.length + this.validation.warnings.length + this.importWarnings.length;
    this.status = () => {
      const read = isSingular(items) ? msg(str`${items} item read.`) : msg(str`${items} items read.`);
      const found = isSingular(problems) ? msg(str`${problems} problem to check.`) : msg(str`${problems} problems to check.`);
      return `${read} ${found}`;
    };
  }

  private focusHeading(id: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /* ---------------------------------------------------------------- */
  /* Actions                                                          */
  /* ---------------------------------------------------------------- */

  private onImportPasted(event: SubmitEvent): void {
    event.preventDefault();
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste');
    const text = area?.value ?? '';
    if (text.trim() === '') {
      this.status = () => msg('Paste cells or an export first.');
      area?.focus();
      return;
    }
    this.startFrom({ text });
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.startFrom({ text: await file.text(), name: file.name });
    input.value = '';
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void file.text().then((text) => { this.startFrom({ text, name: file.name }); });
  }

  private async onExample(): Promise<void> {
    try {
      const response = await fetch(new URL(this.exampleUrl, document.baseURI));
      if (!response.ok) throw new Error(String(response.status));
      this.startFrom({ text: await response.text(), name: 'example.json' });
    } catch {
      this.status = () => msg('The example could not be loaded.');
    }
  }

  /**
   * Reads the programme or export at the address typed in: only http(s), with
   * the elements' own limits (time, size); a failure is said at the field, in
   * words that name the likely cause (a server that does not let other sites
   * read it looks like a network failure to the page: both are named).
   */
  private async onUrl(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#source-url');
    const typed = input?.value.trim() ?? '';
    let url: URL | undefined;
    try {
      url = new URL(typed, document.baseURI);
    } catch {
      url = undefined;
    }
    if (typed === '' || !url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      this.urlProblem = typed === '' ? () => msg('Type the address of a programme or an export first.') : () => msg('This is not a web address: it must start with https:// (or http://).');
      this.status = this.urlProblem;
      input?.focus();
      return;
    }
    const address = url.href;
    this.urlProblem = undefined;
    this.fetching = true;
    this.status = () => msg('Fetching…');
    const lease = acquire(address, this.fetchTimeout);
    try {
      const text = await lease.text;
      this.fetching = false;
      this.startFrom({ text, name: sourceName(url), url: address });
    } catch (error) {
      this.fetching = false;
      const kind = error instanceof LoadError ? error.kind : 'network';
      const status = error instanceof LoadError ? error.status : undefined;
      const seconds = Math.ceil(this.fetchTimeout / 1000);
      this.urlProblem = () => urlFailureText(kind, status, seconds, this.i18n.locale);
      this.status = this.urlProblem;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#source-url')?.focus();
    } finally {
      lease.release();
      // The studio reads an address afresh each time (it may have changed since).
      invalidate(address);
    }
  }

  private onBlank(): void {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: this.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    this.source = undefined;
    this.columns = undefined;
    this.importErrors = [];
    this.importWarnings = [];
    this.format = undefined;
    const title = renderWith(this.i18n.locale, () => msg('New programme'));
    this.setProgramme(blankProgramme(title, this.timeZone, today, this.i18n.locale));
    this.stage = 'edit';
    this.announce();
    void this.updateComplete.then(() => { this.focusHeading('result-heading'); });
  }

  private onColumn(index: number, value: string): void {
    const columns = (this.columns ?? []).slice();
    while (columns.length <= index) columns.push(null);
    if (value === '') columns[index] = null;
    else {
      const [field, lang] = value.split(':') as [SpreadsheetField, string | undefined];
      columns[index] = lang ? { field, lang } : { field };
    }
    this.columns = columns;
    this.read();
    this.announce();
  }

  private onHeader(event: Event): void {
    this.header = (event.target as HTMLInputElement).checked;
    const sheet = this.sheet();
    if (sheet) this.columns = guessColumns(sheet.rows, sheet.header);
    this.read();
    this.announce();
  }

  private onReadSetting(field: 'timeZone' | 'language', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value.trim();
    if (field === 'timeZone') this.timeZone = value;
    else this.language = value;
    if (this.source) {
      this.read();
      this.announce();
    } else this.keep();
  }

  private onEventField(field: EventTextField, event: Event): void {
    if (!this.programme) return;
    const value = (event.target as HTMLInputElement).value;
    this.setProgramme(withEventField(this.programme, field, value, defaultLanguageOf(this.programme)));
  }

  private onItemField(index: number, field: ItemField, event: Event): void {
    if (!this.programme) return;
    const value = (event.target as HTMLInputElement).value;
    this.setProgramme(withItemField(this.programme, index, field, value, defaultLanguageOf(this.programme)));
  }

  private download(kind: 'json' | 'ics'): void {
    if (!this.programme || !this.validation.ok) return;
    const name = fileName(textIn(this.programme.event.title, defaultLanguageOf(this.programme), defaultLanguageOf(this.programme)));
    let text: string;
    let type: string;
    if (kind === 'json') {
      text = `${JSON.stringify(this.programme, null, 2)}\n`;
      type = 'application/json';
    } else {
      text = toICalendar(parseProgramme(this.programme));
      type = 'text/calendar';
    }
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${name}.${kind}`;
    link.click();
    setTimeout(() => { URL.revokeObjectURL(url); }, 60_000);
    this.unsaved = false;
    this.keep();
    const saved = link.download;
    this.status = () => msg(str`Downloaded ${saved}.`);
  }

  private onStartOver(confirmed: boolean): void {
    if (!confirmed) {
      this.confirmingReset = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#keep-draft')?.focus());
      return;
    }
    clearDraft();
    this.confirmingReset = false;
    this.stage = 'start';
    this.source = undefined;
    this.columns = undefined;
    this.header = undefined;
    this.format = undefined;
    this.importErrors = [];
    this.importWarnings = [];
    this.programme = undefined;
    this.validation = { ok: true, errors: [], warnings: [] };
    this.unsaved = false;
    this.status = () => msg('The draft was discarded.');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#paste')?.focus());
  }

  private onKeepDraft(): void {
    this.confirmingReset = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#start-over')?.focus());
  }

  /** Moves focus to where a problem is (a cell, a field, an item's row). */
  private goTo(found: Found): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`[data-at="${targetKey(found.location)}"]`);
    if (target) {
      target.scrollIntoView?.({ block: 'center' });
      target.focus();
    }
  }

  /* ---------------------------------------------------------------- */
  /* Rendering                                                        */
  /* ---------------------------------------------------------------- */

  /** Every problem, from the source first, then the programme's errors and warnings. */
  private found(): Found[] {
    const list: Omit<Found, 'index'>[] = [
      ...this.importErrors.map((problem) => ({ problem, severity: 'error' as const, location: locate(problem.path, true) })),
      ...this.importWarnings.map((problem) => ({ problem, severity: 'warning' as const, location: locate(problem.path, true) })),
      ...this.validation.errors.map((problem) => ({ problem, severity: 'error' as const, location: locate(problem.path, false) })),
      ...this.validation.warnings.map((problem) => ({ problem, severity: 'warning' as const, location: locate(problem.path, false) })),
    ];
    return list.map((found, index) => ({ ...found, index }));
  }

  protected override render(): TemplateResult {
    const found = this.found();
    return html`
      <header class="bar">
        <h1>${msg('Programme studio')}</h1>
        <label class="inline">
          ${msg('Interface language')}
          <select @change=${(e: Event) => { this.onUiLanguage(e); }}>
            ${UI_LOCALES.map((locale) => html`<option value=${locale} ?selected=${locale === this.i18n.locale} lang=${locale}>${languageName(locale, locale)}</option>`)}
          </select>
        </label>
      </header>
      <p class="intro">${msg('Everything stays in this browser: nothing you paste or open is sent anywhere.')}</p>
      <p role="status" class="status">${this.status?.() ?? ''}</p>
      ${this.storageFailed ? html`<p class="notice">${msg('This browser does not keep the draft: download the programme before closing the page.')}</p>` : nothing}
      ${this.stage === 'start' ? this.renderStart() : this.renderResult(found)}
    `;
  }

  private onUiLanguage(event: Event): void {
    this.lang = (event.target as HTMLSelectElement).value;
  }

  private renderStart(): TemplateResult {
    return html`
      <section aria-labelledby="start-heading" class="panel" @dragover=${(e: DragEvent) => { e.preventDefault(); }} @drop=${(e: DragEvent) => { this.onDrop(e); }}>
        <h2 id="start-heading" tabindex="-1">${msg('Where the programme comes from')}</h2>
        <form @submit=${(e: SubmitEvent) => { this.onImportPasted(e); }}>
          <label for="paste">${msg('Paste cells copied from a spreadsheet, CSV or TSV text, or an export (pretalx, frab, FOSDEM, Sessionize, iCalendar)')}</label>
          <textarea id="paste" rows="8" spellcheck="false"></textarea>
          ${this.renderReadSettings()}
          <button type="submit">${msg('Read')}</button>
        </form>
        <form class="url" novalidate @submit=${(e: SubmitEvent) => void this.onUrl(e)}>
          <label for="source-url">${msg('Or read it from an address (a programme or an export published on the web)')}</label>
          <span class="url-row">
            <input
              id="source-url"
              type="url"
              inputmode="url"
              autocomplete="url"
              spellcheck="false"
              placeholder="https://"
              aria-invalid=${this.urlProblem ? 'true' : 'false'}
              aria-describedby=${this.urlProblem ? 'source-url-problem' : nothing}
            />
            <button type="submit" ?disabled=${this.fetching}>${msg('Fetch')}</button>
          </span>
          ${this.urlProblem ? html`<p class="field-problem" id="source-url-problem"><span class="marker error"><span class="severity">${msg('Error:')}</span> ${this.urlProblem()}</span></p>` : nothing}
          <p class="hint">${msg('The address is read by this browser: the server must allow other sites to read it (CORS). Otherwise, download the file and open it.')}</p>
        </form>
        <p class="or">
          <label class="file">
            ${msg('Or open a file (you can also drop it here)')}
            <input type="file" accept=".csv,.tsv,.txt,.json,.xml,.ics,text/csv,text/tab-separated-values,application/json,text/calendar,application/xml" @change=${(e: Event) => void this.onFile(e)} />
          </label>
        </p>
        <p class="actions">
          <button type="button" @click=${() => { this.onBlank(); }}>${msg('Start from a blank programme')}</button>
          <button type="button" @click=${() => void this.onExample()}>${msg('Start from the example')}</button>
        </p>
      </section>
    `;
  }

  private renderReadSettings(): TemplateResult {
    return html`
      <div class="settings">
        <label>
          ${msg('Time zone of times that name none')}
          <input type="text" list="zones" autocomplete="off" spellcheck="false" .value=${this.timeZone} @change=${(e: Event) => { this.onReadSetting('timeZone', e); }} />
        </label>
        <datalist id="zones">${timeZones().map((zone) => html`<option value=${zone}></option>`)}</datalist>
        <label>
          ${msg('Language the texts are written in')}
          <select @change=${(e: Event) => { this.onReadSetting('language', e); }}>
            <option value="" ?selected=${this.language === ''}>${msg('From the column names')}</option>
            ${UI_LOCALES.map((locale) => html`<option value=${locale} ?selected=${locale === this.language}>${languageName(locale, this.i18n.locale)}</option>`)}
          </select>
        </label>
      </div>
    `;
  }

  private renderResult(found: Found[]): TemplateResult {
    const errors = found.filter((f) => f.severity === 'error').length;
    return html`
      <div class="layout">
        <div class="work">
          <section aria-labelledby="result-heading" class="panel">
            <h2 id="result-heading" tabindex="-1">${this.source?.name ? msg(str`Source: ${this.source.name}`) : this.source ? msg('Pasted source') : msg('Blank programme')}</h2>
            ${this.source?.url ? html`<p>${msg('Read from:')} <code class="address">${this.source.url}</code></p>` : nothing}
            ${this.format ? html`<p>${msg('Read as:')} <strong>${formatName(this.format)}</strong></p>` : nothing}
            ${this.source ? this.renderReadSettingsForm() : nothing}
            <p class="actions">
              ${this.confirmingReset
                ? html`<span role="group" aria-labelledby="discard-q" class="confirm">
                    <span id="discard-q">${msg('Discard the draft and start over?')}</span>
                    <button type="button" @click=${() => { this.onStartOver(true); }}>${msg('Discard')}</button>
                    <button type="button" id="keep-draft" @click=${() => { this.onKeepDraft(); }}>${msg('Keep the draft')}</button>
                  </span>`
                : html`<button type="button" id="start-over" @click=${() => { this.onStartOver(false); }}>${msg('Start over')}</button>`}
            </p>
          </section>
          ${this.renderMapping(found)} ${this.renderProblems(found)} ${this.programme ? this.renderEvent(this.programme, found) : nothing}
          ${this.programme ? this.renderItems(this.programme, found) : nothing} ${this.programme ? this.renderPublish(errors) : nothing}
        </div>
        ${this.programme ? this.renderPreview() : nothing}
      </div>
    `;
  }

  private renderReadSettingsForm(): TemplateResult {
    return html`<details>
      <summary>${msg('How the source is read')}</summary>
      ${this.renderReadSettings()}
    </details>`;
  }

  private renderMapping(found: Found[]): TemplateResult | typeof nothing {
    const sheet = this.sheet();
    if (!sheet) return nothing;
    const width = Math.max(...sheet.rows.map((row) => row.length));
    const columns = Array.from({ length: width }, (_, index) => this.columns?.[index] ?? null);
    const byCell = new Map<string, Found[]>();
    for (const f of found) {
      if (f.location.kind === 'cell' || f.location.kind === 'row' || f.location.kind === 'column') {
        const key = targetKey(f.location);
        byCell.set(key, [...(byCell.get(key) ?? []), f]);
      }
    }
    const first = sheet.header ? 1 : 0;
    const rows = sheet.rows.slice(first, first + SHOWN_ROWS);
    return html`
      <section aria-labelledby="mapping-heading" class="panel">
        <h2 id="mapping-heading">${msg('Columns')}</h2>
        <p>${msg('Check what each column holds, and change it where the guess is wrong.')}</p>
        <label class="inline"><input type="checkbox" .checked=${sheet.header} @change=${(e: Event) => { this.onHeader(e); }} /> ${msg('The first row names the columns')}</label>
        <div class="scroll" role="region" aria-labelledby="sheet-caption" tabindex="0">
          <table class="sheet">
            <caption class="visually-hidden" id="sheet-caption">${msg('The pasted rows, with what each column holds')}</caption>
            <thead>
              <tr>
                <th scope="col">${msg('Row')}</th>
                ${columns.map((column, index) => html`<th scope="col">
                  <span class="col-name">${columnName(index)}${sheet.header && sheet.rows[0]?.[index] ? html`: ${sheet.rows[0][index]}` : nothing}</span>
                  <select
                    aria-label=${msg(str`What column ${columnName(index)} holds`)}
                    data-column=${index}
                    data-at=${`column-${columnName(index)}`}
                    aria-describedby=${byCell.get(`column-${columnName(index)}`)?.map((f) => `at-${f.index}`).join(' ') || nothing}
                    @change=${(e: Event) => { this.onColumn(index, (e.target as HTMLSelectElement).value); }}>
                    ${this.fieldOptions(column)}
                  </select>
                  ${(byCell.get(`column-${columnName(index)}`) ?? []).map((f) => this.marker(f))}
                </th>`)}
              </tr>
            </thead>
            <tbody>
              ${rows.map((cells, r) => {
                const number = r + first + 1;
                const rowProblems = byCell.get(`row-${number}`) ?? [];
                return html`<tr class=${rowProblems.length ? 'flagged' : ''}>
                  <th scope="row" tabindex="-1" data-at=${`row-${number}`}>${number}${rowProblems.map((f) => this.marker(f))}</th>
                  ${columns.map((_, c) => {
                    const key = `cell-${columnName(c)}${number}`;
                    const problems = byCell.get(key) ?? [];
                    return html`<td tabindex=${problems.length ? '-1' : nothing} data-at=${key} class=${problems.length ? 'flagged' : ''}>
                      ${cells[c] ?? ''}${problems.map((f) => this.marker(f))}
                    </td>`;
                  })}
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
        ${sheet.rows.length - first > SHOWN_ROWS ? html`<p>${msg(str`The first ${SHOWN_ROWS} rows are shown; every row is read.`)}</p>` : nothing}
      </section>
    `;
  }

  private fieldOptions(column: SpreadsheetColumn | null): TemplateResult[] {
    const value = column ? (column.lang ? `${column.field}:${column.lang}` : column.field) : '';
    const options: [string, string][] = [['', msg('Not imported')]];
    for (const field of SPREADSHEET_FIELDS) {
      options.push([field, fieldLabel(field)]);
      if (TRANSLATABLE_FIELDS.includes(field)) {
        for (const locale of UI_LOCALES) options.push([`${field}:${locale}`, `${fieldLabel(field)} (${languageName(locale, this.i18n.locale)})`]);
      }
    }
    if (column?.lang && !options.some(([v]) => v === value)) options.push([value, `${fieldLabel(column.field)} (${column.lang})`]);
    return options.map(([v, label]) => html`<option value=${v} ?selected=${v === value}>${label}</option>`);
  }

  /** A problem shown at its cell or row: its severity and message, read with the cell. */
  private marker(found: Found): TemplateResult {
    return html`<span class="marker ${found.severity}" id=${`at-${found.index}`}
      ><span class="severity">${found.severity === 'error' ? msg('Error:') : msg('Warning:')}</span> ${problemText(found.problem)}</span
    >`;
  }

  private renderProblems(found: Found[]): TemplateResult {
    const errors = found.filter((f) => f.severity === 'error').length;
    const warnings = found.length - errors;
    return html`
      <section aria-labelledby="problems-heading" class="panel">
        <h2 id="problems-heading">${msg('Problems')}</h2>
        <p>
          ${isSingular(errors) ? msg(str`${errors} error`) : msg(str`${errors} errors`)},
          ${isSingular(warnings) ? msg(str`${warnings} warning`) : msg(str`${warnings} warnings`)}.
          ${errors ? msg('A programme with errors cannot be downloaded: fix them first.') : nothing}
        </p>
        ${found.length
          ? html`<ul class="problems">
              ${found.map(
                (f) => html`<li class=${f.severity}>
                  <span class="severity">${f.severity === 'error' ? msg('Error:') : msg('Warning:')}</span>
                  ${this.hasTarget(f.location)
                    ? html`<button type="button" class="link" @click=${() => { this.goTo(f); }}>${this.where(f.location)}</button>`
                    : html`<span class="where">${this.where(f.location)}</span>`}
                  — ${problemText(f.problem)}
                </li>`,
              )}
            </ul>`
          : nothing}
      </section>
    `;
  }

  private hasTarget(location: Location): boolean {
    if (location.kind === 'other' || location.kind === 'line') return false;
    if (location.kind === 'item') return !!this.programme && location.index < (this.programme.items.length ?? 0);
    if (location.kind === 'field') return !!this.programme;
    return !!this.sheet();
  }

  /** Where a problem is, in words (a path of the source or programme as code). */
  private where(location: Location): string | TemplateResult {
    switch (location.kind) {
      case 'cell':
        return msg(str`Cell ${location.name}`);
      case 'row':
        return msg(str`Row ${location.row}`);
      case 'column':
        return msg(str`Column ${location.name}`);
      case 'line':
        return msg(str`Line ${location.line}`);
      case 'field':
        return eventFieldLabel(location.field);
      case 'item': {
        const programme = this.programme;
        const item = programme?.items[location.index];
        const lang = programme ? defaultLanguageOf(programme) : 'en';
        const title = item ? textIn(item.title, lang, lang) : '';
        const n = location.index + 1;
        return title ? msg(str`Item ${n} (${title})`) : msg(str`Item ${n}`);
      }
      case 'other':
        return location.path === '' ? msg('The whole source') : html`<code>${location.path}</code>`;
    }
  }

  private fieldError(found: Found[], field: EventField): { id: string | undefined; view: TemplateResult | typeof nothing } {
    const here = found.filter((f) => f.location.kind === 'field' && f.location.field === field);
    if (!here.length) return { id: undefined, view: nothing };
    const id = `error-${field}`;
    return {
      id,
      view: html`<p class="field-problem" id=${id}>${here.map((f) => this.marker(f))}</p>`,
    };
  }

  private renderEvent(programme: ProgrammeInput, found: Found[]): TemplateResult {
    const lang = defaultLanguageOf(programme);
    const field = (name: EventTextField, label: string, value: string, extra?: TemplateResult) => {
      const error = this.fieldError(found, name);
      const invalid = found.some((f) => f.severity === 'error' && f.location.kind === 'field' && f.location.field === name);
      return html`<div class="field">
        <label for=${`event-${name}`}>${label}</label>
        <input
          id=${`event-${name}`}
          data-at=${`field-${name}`}
          type="text"
          .value=${value}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${error.id ?? nothing}
          list=${name === 'timeZone' ? 'event-zones' : nothing}
          autocomplete="off"
          @change=${(e: Event) => { this.onEventField(name, e); }}
        />
        ${extra ?? nothing} ${error.view}
      </div>`;
    };
    const days = this.fieldError(found, 'days');
    return html`
      <section aria-labelledby="event-heading" class="panel">
        <h2 id="event-heading">${msg('Event')}</h2>
        ${field('title', msg(str`Title (${languageName(lang, this.i18n.locale)})`), textIn(programme.event.title, lang, lang))}
        ${field('timeZone', msg('Time zone (IANA, such as Europe/Paris)'), programme.event.timeZone ?? '', html`<datalist id="event-zones">${timeZones().map((z) => html`<option value=${z}></option>`)}</datalist>`)}
        ${field('venue', msg(str`Venue (${languageName(lang, this.i18n.locale)})`), textIn(programme.event.location?.name, lang, lang))}
        <div class="field" tabindex="-1" data-at="field-days" aria-describedby=${days.id ?? nothing}>
          <span class="label">${msg('Days')}</span> ${(programme.event.days ?? []).map((d) => (typeof d === 'string' ? d : d.date)).join(', ')}
          ${days.view}
        </div>
      </section>
    `;
  }

  private renderItems(programme: ProgrammeInput, found: Found[]): TemplateResult {
    const lang = defaultLanguageOf(programme);
    const byItem = new Map<number, Found[]>();
    for (const f of found) if (f.location.kind === 'item') byItem.set(f.location.index, [...(byItem.get(f.location.index) ?? []), f]);
    const input = (index: number, name: ItemField, label: string, value: string, problems: Found[]) => {
      const invalid = problems.some((f) => f.severity === 'error' && f.location.kind === 'item' && f.location.field === name);
      return html`<td>
        <input
          type="text"
          class=${name}
          data-at=${`item-${index}-${name}`}
          aria-label=${label}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${problems.length ? problems.map((f) => `at-${f.index}`).join(' ') : nothing}
          .value=${value}
          @change=${(e: Event) => { this.onItemField(index, name, e); }}
        />
      </td>`;
    };
    return html`
      <section aria-labelledby="items-heading" class="panel">
        <h2 id="items-heading">${msg('Items')}</h2>
        <div class="scroll" role="region" aria-labelledby="items-caption" tabindex="0">
          <table class="items">
            <caption class="visually-hidden" id="items-caption">${msg('The programme items, in order')}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">${msg('Title')}</th>
                <th scope="col">${msg('Day')}</th>
                <th scope="col">${msg('Start')}</th>
                <th scope="col">${msg('End')}</th>
              </tr>
            </thead>
            <tbody>
              ${programme.items.map((item, index) => {
                const problems = byItem.get(index) ?? [];
                const n = index + 1;
                return html`<tr class=${problems.length ? 'flagged' : ''}>
                    <th scope="row" tabindex="-1" data-at=${`item-${index}`}>${n}</th>
                    ${input(index, 'title', msg(str`Title of item ${n}`), textIn(item.title, lang, lang), problems)}
                    ${input(index, 'day', msg(str`Day of item ${n}`), item.day ?? '', problems)}
                    ${input(index, 'start', msg(str`Start of item ${n}`), item.start ?? '', problems)}
                    ${input(index, 'end', msg(str`End of item ${n}`), item.end ?? '', problems)}
                  </tr>
                  ${problems.length
                    ? html`<tr class="item-problems">
                        <td></td>
                        <td colspan="4">${problems.map((f) => this.marker(f))}</td>
                      </tr>`
                    : nothing}`;
              })}
            </tbody>
          </table>
        </div>
      </section>
    `;
  }

  private renderPublish(errors: number): TemplateResult {
    const blocked = !this.validation.ok;
    return html`
      <section aria-labelledby="publish-heading" class="panel">
        <h2 id="publish-heading">${msg('Download')}</h2>
        ${blocked
          ? html`<p id="publish-blocked">${isSingular(errors) ? msg(str`Fix the ${errors} error first: the widgets cannot show a programme with errors.`) : msg(str`Fix the ${errors} errors first: the widgets cannot show a programme with errors.`)}</p>`
          : html`<p>${this.unsaved ? msg('Changes not downloaded yet (kept in this browser).') : msg('Everything is downloaded.')}</p>`}
        <p class="actions">
          <button type="button" id="download-json" ?disabled=${blocked} aria-describedby=${blocked ? 'publish-blocked' : nothing} @click=${() => { this.download('json'); }}>
            ${msg('Download the programme (JSON)')}
          </button>
          <button type="button" id="download-ics" ?disabled=${blocked} aria-describedby=${blocked ? 'publish-blocked' : nothing} @click=${() => { this.download('ics'); }}>
            ${msg('Download the calendar (.ics)')}
          </button>
        </p>
      </section>
    `;
  }

  private renderPreview(): TemplateResult {
    return html`
      <section aria-labelledby="preview-heading" class="panel preview">
        <h2 id="preview-heading">${msg('Preview')}</h2>
        <div class="preview-settings">
          <label>
            ${msg('Language')}
            <select id="preview-lang" @change=${(e: Event) => (this.previewLang = (e.target as HTMLSelectElement).value as UiLocale)}>
              ${UI_LOCALES.map((locale) => html`<option value=${locale} ?selected=${locale === this.previewLang} lang=${locale}>${languageName(locale, locale)}</option>`)}
            </select>
          </label>
          <label>
            ${msg('Colours')}
            <select @change=${(e: Event) => (this.previewTheme = (e.target as HTMLSelectElement).value as PreviewTheme)}>
              <option value="page" ?selected=${this.previewTheme === 'page'}>${msg('As the page')}</option>
              <option value="light" ?selected=${this.previewTheme === 'light'}>${msg('Light')}</option>
              <option value="dark" ?selected=${this.previewTheme === 'dark'}>${msg('Dark')}</option>
            </select>
          </label>
          <label>
            ${msg('Width')}
            <select @change=${(e: Event) => (this.previewWidth = (e.target as HTMLSelectElement).value as PreviewWidth)}>
              <option value="desktop" ?selected=${this.previewWidth === 'desktop'}>${msg('Desktop')}</option>
              <option value="narrow" ?selected=${this.previewWidth === 'narrow'}>${msg('Phone (320 px)')}</option>
            </select>
          </label>
        </div>
        <div class="frame ${this.previewWidth}">
          <seminar-agenda .programme=${this.programme} lang=${this.previewLang} theme=${this.previewTheme === 'page' ? nothing : this.previewTheme}></seminar-agenda>
        </div>
      </section>
    `;
  }
}

/** The key of `data-at` for a location (where focus goes for it). */
function targetKey(location: Location): string {
  switch (location.kind) {
    case 'cell':
      return `cell-${location.name}`;
    case 'row':
      return `row-${location.row}`;
    case 'column':
      return `column-${location.name}`;
    case 'field':
      return `field-${location.field}`;
    case 'item':
      return location.field === 'title' || location.field === 'day' || location.field === 'start' || location.field === 'end'
        ? `item-${location.index}-${location.field}`
        : `item-${location.index}`;
    default:
      return '';
  }
}

function fieldLabel(field: SpreadsheetField): string {
  const labels: Record<SpreadsheetField, () => string> = {
    day: () => msg('Day'),
    start: () => msg('Start'),
    end: () => msg('End'),
    duration: () => msg('Duration'),
    title: () => msg('Title'),
    subtitle: () => msg('Subtitle'),
    description: () => msg('Description'),
    speakers: () => msg('Speakers'),
    moderators: () => msg('Moderators'),
    room: () => msg('Room'),
    track: () => msg('Track'),
    type: () => msg('Type'),
    language: () => msg('Language'),
    link: () => msg('Link'),
    id: () => msg('Identifier'),
    tags: () => msg('Tags'),
  };
  return labels[field]();
}

function eventFieldLabel(field: EventField): string {
  const labels: Record<EventField, () => string> = {
    title: () => msg('Event title'),
    timeZone: () => msg('Time zone'),
    venue: () => msg('Venue'),
    days: () => msg('Days'),
  };
  return labels[field]();
}

function formatName(format: ImportFormat): string {
  const names: Record<ImportFormat, () => string> = {
    native: () => msg('programme JSON'),
    'frab-json': () => 'pretalx / frab schedule.json',
    schedule2: () => 'c3voc schedule2',
    'pentabarf-xml': () => 'Pentabarf XML (FOSDEM)',
    sessionize: () => 'Sessionize',
    'pretalx-widget': () => msg('pretalx widget JSON'),
    icalendar: () => 'iCalendar (.ics)',
    csv: () => msg('spreadsheet (CSV, TSV or pasted cells)'),
  };
  return names[format]();
}

/** A language's name in `inLocale` (from Intl; the tag itself where Intl has no name). */
function languageName(tag: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

let zones: string[] | undefined;
function timeZones(): string[] {
  try {
    zones ??= Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return zones;
}

/** A file name from a title: letters, digits and dashes, `programme` when nothing is left. */
function fileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'programme';
}

/** A short name for a source read from `url`: its file name, else its host. */
function sourceName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  let name = url.host;
  if (last) {
    try {
      name = decodeURIComponent(last);
    } catch {
      name = last;
    }
  }
  return name.slice(0, 80);
}

/** Why an address could not be read, in the interface's language (call inside render). */
function urlFailureText(kind: LoadError['kind'], status: number | undefined, seconds: number, locale: string): string {
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  switch (kind) {
    case 'http':
      return msg(str`The server answered with an error (HTTP ${status ?? '?'}): check the address.`);
    case 'timeout':
      return msg(str`The server took too long to answer (${number(seconds)} seconds). Try again, or download the file and open it.`);
    case 'too-large':
      return msg(str`This file is too large for a programme (more than ${number(MAX_PROGRAMME_SIZE)} characters).`);
    case 'network':
      return msg('The address could not be read: the server cannot be reached, or it does not let other sites read it (CORS). Download the file and open it instead.');
  }
}
