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
import {
  LISTS,
  addEntry,
  blankProgramme,
  defaultLanguageOf,
  pointer,
  programmeLanguages,
  textIn,
  withEventField,
  withItemField,
  withLanguages,
  type EventTextField,
  type ItemField,
  type ListName,
  type Path,
} from './edit.js';
import { entryForm, entryTitle, eventFields, itemSpec, listWords, organisationsPanel, referencedPanel, speakersPanel, type EditorContext } from './editors.js';
import { languageName, type FieldProblem } from './fields.js';
import { History } from './history.js';
import { EMBEDDED, TAGS, TIMER_VARIANTS, embedSnippet, exportProgramme, fileName, type Embedded, type EmbedOptions, type TimerVariant } from './publish.js';
import { locate, type EventField, type Location } from './locations.js';
import { loadStudioLocale } from './localize.js';
import { studioStyles } from './seminar-studio.styles.js';

/** Rows of a pasted sheet shown in the mapping table (the rest are imported, not drawn). */
const SHOWN_ROWS = 300;

/** A problem, where it was found (the source, or the programme), and where it points. */
interface Found {
  problem: Problem;
  severity: 'error' | 'warning';
  location: Location;
  /** Found by an importer in the source (a cell, a line), not by the validator in the programme. */
  fromSource: boolean;
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
    selection: { state: true },
    previewElement: { state: true },
    previewSpeaker: { state: true },
    previewItem: { state: true },
    timerVariant: { state: true },
    publishedAt: { state: true },
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
  /** The element the preview shows, the card's speaker, the timer's item ('' the whole event) and variant. */
  private previewElement: Embedded = 'agenda';
  private previewSpeaker: string | undefined;
  private previewItem = '';
  private timerVariant: TimerVariant = 'full';
  /** Where the organiser will publish the programme JSON (the snippets' `src`); empty: the downloaded file's name. */
  private publishedAt = '';
  private storageFailed = false;
  private confirmingReset = false;
  /** What the live region says after an action (import, download, start over), in the interface's language when rendered. */
  private status: (() => string) | undefined;
  private validation: ValidationResult = { ok: true, errors: [], warnings: [] };
  /** Why the address given to start from could not be read (shown at its field), in the interface's language when rendered. */
  private urlProblem: (() => string) | undefined;
  /** A fetch of an address is under way. */
  private fetching = false;
  /** The entry of each list open in its form. */
  private selection: Partial<Record<ListName, number | undefined>> = {};
  /** The programmes before and after each change (undo, redo). */
  private readonly history = new History<ProgrammeInput>();
  /** Text fields typed in but not yet changed: there, Ctrl+Z undoes the typing, not the programme. */
  private readonly typing = new WeakSet<EventTarget>();
  /** Problems of the programme by the path they are at (rebuilt with each render). */
  private byPath = new Map<string, Found[]>();

  private readonly i18n = new LocaleController(this);

  private readonly beforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.unsaved) return;
    event.preventDefault();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || this.stage !== 'edit') return;
    const key = event.key.toLowerCase();
    const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
    if (!redo && !(key === 'z' && !event.shiftKey)) return;
    // In a field being typed in, the browser undoes the typing.
    const target = event.composedPath()[0];
    if (target && this.typing.has(target)) return;
    event.preventDefault();
    this.travel(redo ? 'redo' : 'undo');
  };

  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('input', (event) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) this.typing.add(target);
    });
    this.renderRoot.addEventListener('change', (event) => {
      const target = event.composedPath()[0];
      if (target) this.typing.delete(target);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    window.addEventListener('beforeunload', this.beforeUnload);
    if (this.stage === 'start' && !this.programme) this.restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('beforeunload', this.beforeUnload);
  }

  /** Whether the draft has changes that were not downloaded (the browser asks before closing). */
  get hasUnsavedChanges(): boolean {
    return this.unsaved;
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (!this.i18n.ready) await this.i18n.whenReady();
    // The studio's own strings, a catalogue apart from the widgets' (localize.ts).
    await loadStudioLocale(this.i18n.locale);
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

  /**
   * The programme from now on. A change (`changed`) is kept in the draft and,
   * when `undoable`, can be undone (the programme before it is kept).
   */
  private setProgramme(programme: ProgrammeInput | undefined, changed = true, undoable = true): void {
    if (changed && undoable && this.programme && programme && programme !== this.programme) this.history.record(this.programme);
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
    this.history.clear();
    this.selection = {};
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
    this.history.clear();
    this.selection = {};
    this.programme = undefined;
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
    const name = this.baseName();
    let text: string;
    let type: string;
    if (kind === 'json') {
      text = exportProgramme(this.programme);
      type = 'application/json';
    } else {
      text = toICalendar(parseProgramme(this.programme));
      type = 'text/calendar';
    }
    const saved = save(text, type, `${name}.${kind}`);
    this.unsaved = false;
    this.keep();
    this.status = () => msg(str`Downloaded ${saved}.`);
  }

  /** The programme's file name (from its title), without extension. */
  private baseName(): string {
    const programme = this.programme;
    if (!programme) return 'programme';
    return fileName(textIn(programme.event.title, defaultLanguageOf(programme), defaultLanguageOf(programme)));
  }

  /** The options of the snippets and of the HTML: the preview's. */
  private embedOptions(): EmbedOptions {
    const speakers = this.programme?.speakers ?? [];
    const speaker = speakers.find((s) => s.id === this.previewSpeaker) ?? speakers[0];
    return {
      src: this.publishedAt.trim() || `${this.baseName()}.json`,
      lang: this.previewLang,
      theme: this.previewTheme === 'page' ? undefined : this.previewTheme,
      speaker: speaker?.id,
      session: this.programme?.items.some((i) => i.id === this.previewItem) ? this.previewItem : undefined,
      timerVariant: this.timerVariant,
    };
  }

  /** Copies an element's snippet; where the clipboard is refused, selects it for Ctrl+C. */
  private async copySnippet(element: Embedded): Promise<void> {
    const text = embedSnippet(element, this.embedOptions());
    try {
      await navigator.clipboard.writeText(text);
      this.status = () => msg('Copied: paste it into the HTML of your page.');
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#snippet-${element}`);
      area?.focus();
      area?.select();
      this.status = () => msg('Selected: press Ctrl+C to copy it.');
    }
  }

  /**
   * Downloads an element's static HTML, as `seminar-widgets render` writes it:
   * rendered by the server of `npx seminar-widgets studio` (server rendering
   * runs in Node), on this computer. A studio put on a host (any page not
   * served from this computer) sends the programme nowhere: it says how to get
   * the HTML instead.
   */
  private async downloadHtml(element: Embedded): Promise<void> {
    if (!this.programme || !this.validation.ok) return;
    const options = this.embedOptions();
    const query = new URLSearchParams({ element: TAGS[element].render, lang: this.previewLang });
    if (element === 'card' && options.speaker) query.set('speaker', options.speaker);
    if (element === 'timer' && options.session) query.set('session', options.session);
    const command = `npx seminar-widgets render ${options.src.split('/').pop() ?? 'programme.json'} --element ${TAGS[element].render}`;
    const elsewhere = () => msg(str`The static HTML is made by the studio opened with npx seminar-widgets studio. Here, download the JSON and run: ${command}`);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(document.baseURI).hostname)) {
      this.status = elsewhere;
      return;
    }
    try {
      const response = await fetch(new URL(`./render?${query.toString()}`, document.baseURI), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: exportProgramme(this.programme),
      });
      if (response.status === 501) {
        this.status = () => msg('The static HTML needs the package @lit-labs/ssr beside seminar-widgets: npm install --save-dev @lit-labs/ssr');
        return;
      }
      if (!response.ok) throw new Error(String(response.status));
      const saved = save(await response.text(), 'text/html', `${this.baseName()}-${TAGS[element].render}.html`);
      this.status = () => msg(str`Downloaded ${saved}.`);
    } catch {
      this.status = elsewhere;
    }
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
    this.history.clear();
    this.selection = {};
    this.validation = { ok: true, errors: [], warnings: [] };
    this.unsaved = false;
    this.status = () => msg('The draft was discarded.');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#paste')?.focus());
  }

  private onKeepDraft(): void {
    this.confirmingReset = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#start-over')?.focus());
  }

  /** Takes back the last change (`undo`) or makes again the last one taken back (`redo`), and says so. */
  private travel(way: 'undo' | 'redo'): void {
    if (!this.programme) return;
    const programme = this.history[way](this.programme);
    const undo = way === 'undo';
    if (!programme) {
      this.status = undo ? () => msg('Nothing to undo.') : () => msg('Nothing to redo.');
      return;
    }
    this.setProgramme(programme, true, false);
    this.fitSelection();
    this.status = undo ? () => msg('Change undone.') : () => msg('Change redone.');
  }

  /** Closes the forms of entries that no longer exist (after an undo, a re-read). */
  private fitSelection(): void {
    const selection = { ...this.selection };
    for (const list of Object.keys(selection) as ListName[]) {
      let values: unknown = this.programme;
      for (const key of LISTS[list]) values = (values as Record<string, unknown> | undefined)?.[key];
      if (!Array.isArray(values) || (selection[list] ?? 0) >= values.length) selection[list] = undefined;
    }
    this.selection = selection;
  }

  /** Opens entry `index` of `list` in its form (`undefined`: closes it), and moves focus as asked. */
  private select(list: ListName, index: number | undefined, focus: 'heading' | 'field' | 'none' = 'heading'): void {
    this.selection = { ...this.selection, [list]: index };
    if (focus === 'none') return;
    void this.updateComplete.then(() => {
      const target =
        index === undefined
          ? this.renderRoot.querySelector<HTMLElement>(`#${list}-heading`)
          : focus === 'field'
            ? this.renderRoot.querySelector<HTMLElement>(`#${list}-form :is(input, select, textarea)`)
            : this.renderRoot.querySelector<HTMLElement>(`#${list}-form-heading`);
      target?.focus();
    });
  }

  /** What the forms read and how they change the programme. */
  private editorContext(programme: ProgrammeInput): EditorContext {
    const current = (): ProgrammeInput => this.programme ?? programme;
    return {
      get programme() {
        return current();
      },
      languages: programmeLanguages(programme),
      defaultLanguage: defaultLanguageOf(programme),
      uiLocale: this.i18n.locale,
      problemsAt: (path) => this.problemsAt(path),
      worstUnder: (path) => this.worstUnder(path),
      edit: (next, said) => { this.edit(next, said); },
      selected: (list) => this.selection[list],
      select: (list, index, focus) => { this.select(list, index, focus); },
    };
  }

  private edit(next: ProgrammeInput, said?: () => string): void {
    this.setProgramme(next);
    this.fitSelection();
    this.status = said;
  }

  private problemsAt(path: Path): FieldProblem[] {
    return (this.byPath.get(pointer(path)) ?? []).map((f) => ({ id: `fp-${f.index}`, severity: f.severity, text: problemText(f.problem) }));
  }

  private worstUnder(path: Path): 'error' | 'warning' | undefined {
    const at = pointer(path);
    let worst: 'error' | 'warning' | undefined;
    for (const [key, list] of this.byPath) {
      if (key !== at && !key.startsWith(`${at}/`)) continue;
      for (const f of list) if (f.severity === 'error') return 'error';
      worst = 'warning';
    }
    return worst;
  }

  /** Moves focus to where a problem is (a cell, a field, an item's row), opening its entry's form first when needed. */
  private async goTo(found: Found): Promise<void> {
    let target: HTMLElement | null | undefined;
    if (found.fromSource) target = this.renderRoot.querySelector<HTMLElement>(`[data-at="${targetKey(found.location)}"]`);
    else {
      const path = found.problem.path;
      target = this.closestField(path);
      const entry = /^\/(?:(items|speakers|rooms|tracks)|event\/(organisers|partners))\/(\d{1,6})(?:\/|$)/.exec(path);
      const list = (entry?.[1] ?? entry?.[2]) as ListName | undefined;
      if (entry && list && (!target || target.dataset['path'] !== path)) {
        this.select(list, Number(entry[3]), 'none');
        await this.updateComplete;
        target = this.closestField(path);
      }
    }
    if (target) {
      target.scrollIntoView?.({ block: 'center' });
      target.focus();
    }
  }

  /** The field of `path`, else of the nearest path above it that has one. */
  private closestField(path: string): HTMLElement | undefined {
    const fields = new Map<string, HTMLElement>();
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-path]')) {
      const at = el.dataset['path'];
      if (at !== undefined && !fields.has(at)) fields.set(at, el);
    }
    for (let p = path; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) {
      const field = fields.get(p);
      if (field) return field;
    }
    return undefined;
  }

  /* ---------------------------------------------------------------- */
  /* Rendering                                                        */
  /* ---------------------------------------------------------------- */

  /** Every problem, from the source first, then the programme's errors and warnings. */
  private found(): Found[] {
    const list: Omit<Found, 'index'>[] = [
      ...this.importErrors.map((problem) => ({ problem, severity: 'error' as const, location: locate(problem.path, true), fromSource: true })),
      ...this.importWarnings.map((problem) => ({ problem, severity: 'warning' as const, location: locate(problem.path, true), fromSource: true })),
      ...this.validation.errors.map((problem) => ({ problem, severity: 'error' as const, location: locate(problem.path, false), fromSource: false })),
      ...this.validation.warnings.map((problem) => ({ problem, severity: 'warning' as const, location: locate(problem.path, false), fromSource: false })),
    ];
    const found = list.map((f, index) => ({ ...f, index }));
    this.byPath = new Map();
    for (const f of found) if (!f.fromSource) this.byPath.set(f.problem.path, [...(this.byPath.get(f.problem.path) ?? []), f]);
    return found;
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
      <p class="intro">${msg('Everything stays on this computer: nothing you paste or open is sent anywhere.')}</p>
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
          ${this.renderMapping(found)} ${this.renderProblems(found)} ${this.programme ? this.renderEditing(this.programme, found, errors) : nothing}
        </div>
        ${this.programme ? this.renderPreview() : nothing}
      </div>
    `;
  }

  /** The forms: undo and redo, the event, its lists, the items; then the downloads. */
  private renderEditing(programme: ProgrammeInput, found: Found[], errors: number): TemplateResult {
    const ctx = this.editorContext(programme);
    return html`
      <p class="actions history">
        <button type="button" id="undo" aria-keyshortcuts="Control+Z" aria-disabled=${this.history.canUndo ? 'false' : 'true'} @click=${() => { this.travel('undo'); }}>
          ${msg('Undo')}
        </button>
        <button type="button" id="redo" aria-keyshortcuts="Control+Shift+Z Control+Y" aria-disabled=${this.history.canRedo ? 'false' : 'true'} @click=${() => { this.travel('redo'); }}>
          ${msg('Redo')}
        </button>
        <span class="hint">${msg('Ctrl+Z undoes the last change, Ctrl+Shift+Z redoes it.')}</span>
      </p>
      ${this.renderEvent(programme, found, ctx)} ${organisationsPanel(ctx, 'organisers')} ${speakersPanel(ctx)} ${referencedPanel(ctx, 'rooms')} ${referencedPanel(ctx, 'tracks')}
      ${this.renderItems(programme, found, ctx)} ${organisationsPanel(ctx, 'partners')} ${this.renderPublish(errors)}
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
                    ? html`<button type="button" class="link" @click=${() => void this.goTo(f)}>${this.where(f.location, f.fromSource)}</button>`
                    : html`<span class="where">${this.where(f.location, f.fromSource)}</span>`}
                  — ${problemText(f.problem)}
                </li>`,
              )}
            </ul>`
          : nothing}
      </section>
    `;
  }

  private hasTarget(location: Location): boolean {
    if (location.kind === 'other') return !!this.programme && /^\/(items|speakers|rooms|tracks|event)\//.test(location.path);
    if (location.kind === 'line') return false;
    if (location.kind === 'item') return !!this.programme && location.index < (this.programme.items.length ?? 0);
    if (location.kind === 'field') return !!this.programme;
    return !!this.sheet();
  }

  /** Where a problem is, in words (a path of the source or programme as code). */
  private where(location: Location, fromSource: boolean): string | TemplateResult {
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
      case 'other': {
        if (location.path === '') return msg('The whole source');
        // In a list of the programme: the entry by its name, then the exact place.
        const entry = fromSource ? null : /^\/(?:(speakers|rooms|tracks)|event\/(organisers|partners))\/(\d{1,6})(?:\/|$)/.exec(location.path);
        const list = (entry?.[1] ?? entry?.[2]) as ListName | undefined;
        if (entry && list && this.programme) return html`${entryTitle(this.programme, list, Number(entry[3]))} <code>${location.path}</code>`;
        return html`<code>${location.path}</code>`;
      }
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

  private renderEvent(programme: ProgrammeInput, found: Found[], ctx: EditorContext): TemplateResult {
    const zone = this.fieldError(found, 'timeZone');
    const zoneInvalid = found.some((f) => f.severity === 'error' && f.location.kind === 'field' && f.location.field === 'timeZone');
    const days = this.fieldError(found, 'days');
    const main = defaultLanguageOf(programme);
    const languages = programmeLanguages(programme);
    const offered = [...new Set([...UI_LOCALES, ...languages])];
    return html`
      <section aria-labelledby="event-heading" class="panel">
        <h2 id="event-heading">${msg('Event')}</h2>
        ${eventFields(ctx)}
        <div class="field">
          <label for="event-timeZone">${msg('Time zone (IANA, such as Europe/Paris)')}</label>
          <input
            id="event-timeZone"
            data-at="field-timeZone"
            data-path="/event/timeZone"
            type="text"
            .value=${programme.event.timeZone ?? ''}
            aria-invalid=${zoneInvalid ? 'true' : 'false'}
            aria-describedby=${zone.id ?? nothing}
            list="event-zones"
            autocomplete="off"
            @change=${(e: Event) => { this.onEventField('timeZone', e); }}
          />
          <datalist id="event-zones">${timeZones().map((z) => html`<option value=${z}></option>`)}</datalist>
          ${zone.view}
        </div>
        <div class="field" tabindex="-1" data-at="field-days" data-path="/event/days" aria-describedby=${days.id ?? nothing}>
          <span class="label">${msg('Days')}</span> ${(programme.event.days ?? []).map((d) => (typeof d === 'string' ? d : d.date)).join(', ')}
          ${days.view}
        </div>
        <fieldset class="field languages" data-path="/event/languages">
          <legend>${msg('Languages of the texts')}</legend>
          <label for="main-language">${msg('Main language (texts written in one language only are in it)')}</label>
          <select id="main-language" data-path="/event/defaultLanguage" @change=${(e: Event) => { this.onMainLanguage((e.target as HTMLSelectElement).value); }}>
            ${offered.map((l) => html`<option value=${l} ?selected=${l === main}>${languageName(l, this.i18n.locale)}</option>`)}
          </select>
          <p class="label" id="also-in">${msg('Also written in (each text then gets a field per language):')}</p>
          <div class="checks" role="group" aria-labelledby="also-in">
            ${offered
              .filter((l) => l !== main)
              .map(
                (l) => html`<label class="inline"
                  ><input type="checkbox" data-lang=${l} .checked=${languages.includes(l)} @change=${(e: Event) => { this.onLanguage(l, (e.target as HTMLInputElement).checked); }} />
                  ${languageName(l, this.i18n.locale)}</label
                >`,
              )}
          </div>
        </fieldset>
      </section>
    `;
  }

  private onMainLanguage(lang: string): void {
    if (!this.programme) return;
    const others = programmeLanguages(this.programme).filter((l) => l !== lang);
    const event = { ...this.programme.event, defaultLanguage: lang };
    this.edit(withLanguages({ ...this.programme, event }, others.length ? [lang, ...others] : []));
  }

  private onLanguage(lang: string, on: boolean): void {
    if (!this.programme) return;
    const current = programmeLanguages(this.programme);
    const next = on ? [...current.filter((l) => l !== lang), lang] : current.filter((l) => l !== lang);
    this.edit(withLanguages(this.programme, next.length > 1 ? next : []));
  }

  private renderItems(programme: ProgrammeInput, found: Found[], ctx: EditorContext): TemplateResult {
    const lang = defaultLanguageOf(programme);
    const open = this.selection.items;
    const spec = itemSpec(ctx);
    const byItem = new Map<number, Found[]>();
    for (const f of found) if (f.location.kind === 'item') byItem.set(f.location.index, [...(byItem.get(f.location.index) ?? []), f]);
    const input = (index: number, name: ItemField, label: string, value: string, problems: Found[]) => {
      const invalid = problems.some((f) => f.severity === 'error' && f.location.kind === 'item' && f.location.field === name);
      return html`<td>
        <input
          type="text"
          class=${name}
          data-at=${`item-${index}-${name}`}
          data-path=${pointer(['items', index, name])}
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
        <h2 id="items-heading" tabindex="-1">${msg('Items')} <span class="count">(${programme.items.length})</span></h2>
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
                <th scope="col">${msg('Details')}</th>
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
                    <td>
                      <button
                        type="button"
                        class="edit-item"
                        aria-label=${msg(str`Details of item ${n}`)}
                        aria-expanded=${open === index ? 'true' : 'false'}
                        aria-controls=${open === index ? 'items-form' : nothing}
                        @click=${() => { this.select('items', open === index ? undefined : index, 'heading'); }}
                      >
                        ${msg('Details')}
                      </button>
                    </td>
                  </tr>
                  ${problems.length
                    ? html`<tr class="item-problems">
                        <td></td>
                        <td colspan="5">${problems.map((f) => this.marker(f))}</td>
                      </tr>`
                    : nothing}`;
              })}
            </tbody>
          </table>
        </div>
        <p class="actions">
          <button
            type="button"
            class="add"
            @click=${() => {
              this.edit(addEntry(programme, 'items', spec.newEntry()), () => msg('Added at the end of the list.'));
              this.select('items', programme.items.length, 'field');
            }}
          >
            ${listWords[spec.list]().add}
          </button>
        </p>
        ${open !== undefined && open < programme.items.length ? entryForm(ctx, spec, open) : nothing}
      </section>
    `;
  }

  private renderPublish(errors: number): TemplateResult {
    const blocked = !this.validation.ok;
    return html`
      <section aria-labelledby="publish-heading" class="panel">
        <h2 id="publish-heading">${msg('Publish')}</h2>
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
        ${blocked ? nothing : this.renderEmbed()}
      </section>
    `;
  }

  /** The card's speaker, or the timer's item and variant. */
  private renderPreviewChoice(): TemplateResult | typeof nothing {
    const programme = this.programme;
    if (!programme) return nothing;
    const lang = defaultLanguageOf(programme);
    if (this.previewElement === 'card') {
      const speaker = this.embedOptions().speaker;
      return html`<label>
        ${msg('Speaker')}
        <select id="preview-speaker" @change=${(e: Event) => (this.previewSpeaker = (e.target as HTMLSelectElement).value)}>
          ${(programme.speakers ?? []).map((s) => html`<option value=${s.id} ?selected=${s.id === speaker}>${s.name || s.id}</option>`)}
        </select>
      </label>`;
    }
    if (this.previewElement !== 'timer') return nothing;
    return html`<label>
        ${msg('Item')}
        <select id="preview-item" @change=${(e: Event) => (this.previewItem = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.previewItem === ''}>${msg('The whole event')}</option>
          ${programme.items.map((item) => html`<option value=${item.id} ?selected=${item.id === this.previewItem}>${textIn(item.title, lang, lang) || item.id}</option>`)}
        </select>
      </label>
      <label>
        ${msg('Variant')}
        <select id="preview-variant" @change=${(e: Event) => (this.timerVariant = (e.target as HTMLSelectElement).value as TimerVariant)}>
          ${TIMER_VARIANTS.map((v) => html`<option value=${v} ?selected=${v === this.timerVariant}>${variantName(v)}</option>`)}
        </select>
      </label>`;
  }

  /**
   * The element previewed. The timer is shown as it looks a third of the way
   * into its item (or the event), whatever today's date.
   */
  private renderPreviewed(): TemplateResult {
    const theme = this.previewTheme === 'page' ? nothing : this.previewTheme;
    const options = this.embedOptions();
    switch (this.previewElement) {
      case 'agenda':
        return html`<seminar-agenda .programme=${this.programme} lang=${this.previewLang} theme=${theme}></seminar-agenda>`;
      case 'card':
        return options.speaker
          ? html`<speaker-card .programme=${this.programme} speaker=${options.speaker} lang=${this.previewLang} theme=${theme}></speaker-card>`
          : html`<p>${msg('The programme has no speakers yet.')}</p>`;
      case 'list':
        return html`<speaker-list .programme=${this.programme} lang=${this.previewLang} theme=${theme}></speaker-list>`;
      case 'timer':
        return html`<session-timer
          .programme=${this.programme}
          session=${options.session ?? nothing}
          variant=${this.timerVariant}
          now=${this.timerNow(options.session) ?? nothing}
          lang=${this.previewLang}
          theme=${theme}
        ></session-timer>`;
    }
  }

  /** A third of the way into item `session` (or the whole event), as an ISO instant; `undefined` when the programme cannot be read. */
  private timerNow(session: string | undefined): string | undefined {
    if (!this.programme || !this.validation.ok) return undefined;
    try {
      const programme = parseProgramme(this.programme);
      const items = session ? programme.items.filter((i) => i.id === session) : programme.items;
      if (!items.length) return undefined;
      const start = Math.min(...items.map((i) => i.start));
      const end = Math.max(...items.map((i) => i.end));
      return new Date(start + (end - start) / 3).toISOString();
    } catch {
      return undefined;
    }
  }

  /** The snippets to paste, one per element, and each element's static HTML. */
  private renderEmbed(): TemplateResult {
    const options = this.embedOptions();
    return html`
      <h3 id="embed-heading">${msg('Embed in your pages')}</h3>
      <div class="field">
        <label for="published-at">${msg('Address where you will publish the programme JSON')}</label>
        <input id="published-at" type="text" spellcheck="false" autocomplete="off" .value=${options.src} @change=${(e: Event) => (this.publishedAt = (e.target as HTMLInputElement).value)} />
      </div>
      <p>${msg('Each snippet has the preview’s options: its language and colours, the speaker of the card, the item and variant of the timer. The static HTML shows the element in pages that run no script.')}</p>
      ${EMBEDDED.map((element) => {
        const heading = `embed-${element}`;
        const missing = element === 'card' && !options.speaker;
        const words = EMBEDDED_WORDS[element]();
        return html`<div class="snippet" role="group" aria-labelledby=${heading}>
          <h4 id=${heading}>${words.name}</h4>
          ${missing
            ? html`<p>${msg('The programme has no speakers yet.')}</p>`
            : html`<textarea id=${`snippet-${element}`} readonly rows="3" spellcheck="false" aria-labelledby=${heading} .value=${embedSnippet(element, options)}></textarea>
                <p class="actions">
                  <button type="button" class="copy" data-element=${element} @click=${() => void this.copySnippet(element)}>${words.copy}</button>
                  <button type="button" class="static-html" data-element=${element} @click=${() => void this.downloadHtml(element)}>${words.download}</button>
                </p>`}
        </div>`;
      })}
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
            ${msg('Element')}
            <select id="preview-element" @change=${(e: Event) => (this.previewElement = (e.target as HTMLSelectElement).value as Embedded)}>
              ${EMBEDDED.map((element) => html`<option value=${element} ?selected=${element === this.previewElement}>${EMBEDDED_WORDS[element]().name}</option>`)}
            </select>
          </label>
          ${this.renderPreviewChoice()}
          <label>
            ${msg('Width')}
            <select @change=${(e: Event) => (this.previewWidth = (e.target as HTMLSelectElement).value as PreviewWidth)}>
              <option value="desktop" ?selected=${this.previewWidth === 'desktop'}>${msg('Desktop')}</option>
              <option value="narrow" ?selected=${this.previewWidth === 'narrow'}>${msg('Phone (320 px)')}</option>
            </select>
          </label>
        </div>
        <div class="frame ${this.previewWidth}">${this.renderPreviewed()}</div>
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

/** Names the keys of a table of words: each word is looked up when it is said (it uses `msg`). */
function wordsFor<K extends string>(words: Record<K, () => string>): (key: K) => string {
  return (key) => words[key]();
}

const fieldLabel = wordsFor<SpreadsheetField>({
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
});

const eventFieldLabel = wordsFor<EventField>({
  title: () => msg('Event title'),
  timeZone: () => msg('Time zone'),
  venue: () => msg('Venue'),
  days: () => msg('Days'),
});

const formatName = wordsFor<ImportFormat>({
  native: () => msg('programme JSON'),
  'frab-json': () => 'pretalx / frab schedule.json',
  schedule2: () => 'c3voc schedule2',
  'pentabarf-xml': () => 'Pentabarf XML (FOSDEM)',
  sessionize: () => 'Sessionize',
  'pretalx-widget': () => msg('pretalx widget JSON'),
  icalendar: () => 'iCalendar (.ics)',
  csv: () => msg('spreadsheet (CSV, TSV or pasted cells)'),
});

let zones: string[] | undefined;
function timeZones(): string[] {
  try {
    zones ??= Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return zones;
}

/** Saves `text` as a file named `name` (a link to it, clicked); returns the name. */
function save(text: string, type: string, name: string): string {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => { URL.revokeObjectURL(url); }, 60_000);
  return name;
}

interface EmbeddedWords {
  /** Its name, for the preview's menu and the snippets' headings. */
  name: string;
  /** The snippet's buttons. */
  copy: string;
  download: string;
}

/** What the studio says of each element it embeds (call inside render: they use `msg`). */
const EMBEDDED_WORDS: Record<Embedded, () => EmbeddedWords> = {
  agenda: () => ({ name: msg('Agenda'), copy: msg('Copy the agenda’s snippet'), download: msg('Download the agenda as static HTML') }),
  card: () => ({ name: msg('Speaker card'), copy: msg('Copy the speaker card’s snippet'), download: msg('Download the speaker card as static HTML') }),
  list: () => ({ name: msg('Speaker list'), copy: msg('Copy the speaker list’s snippet'), download: msg('Download the speaker list as static HTML') }),
  timer: () => ({ name: msg('Timer'), copy: msg('Copy the timer’s snippet'), download: msg('Download the timer as static HTML') }),
};

const variantName = wordsFor<TimerVariant>({
  full: () => msg('Full'),
  compact: () => msg('Compact'),
  clock: () => msg('Clock (large digits)'),
});

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
