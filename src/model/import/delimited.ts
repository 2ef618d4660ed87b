/**
 * Delimited text: CSV, TSV, and cells copied from Excel, LibreOffice or
 * Google Sheets (tab-separated, a cell with line breaks or tabs in double
 * quotes, quotes doubled inside). One linear scan, RFC 4180 quoting, any line
 * ending (`\r\n`, `\n`, `\r`), a byte-order mark ignored.
 */

/** One row of cells, with the line of the text it starts on (a quoted cell may span lines). */
export interface DelimitedRow {
  cells: string[];
  /** 1-based line in the text where the row starts. */
  line: number;
}

export type Delimiter = '\t' | ';' | ',';

export interface DelimitedText {
  delimiter: Delimiter;
  rows: DelimitedRow[];
  /** A quoted cell that is never closed: the line it opens on. */
  unclosedQuote?: number;
}

const DELIMITERS: readonly Delimiter[] = ['\t', ';', ','];

/**
 * The delimiter of `text`: a tab when the first lines have tabs (what
 * spreadsheets put on the clipboard), else `;` or `,`, whichever splits the
 * first lines into the same number of cells most often (`;` is what
 * spreadsheets in French, German, Spanish and Italian write, their decimal
 * separator being the comma).
 */
export function sniffDelimiter(text: string): Delimiter {
  const sample = text.replace(/^\uFEFF/, '').slice(0, 20_000);
  let best: Delimiter = '\t';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const rows = parseDelimited(sample, delimiter).rows.slice(0, 20).filter((row) => row.cells.some((cell) => cell.trim() !== ''));
    if (rows.length === 0) continue;
    // The most common number of cells: rows of one cell (no delimiter) say nothing for it.
    const tally = new Map<number, number>();
    for (const row of rows) tally.set(row.cells.length, (tally.get(row.cells.length) ?? 0) + 1);
    const [mode, same] = [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    if (mode < 2) continue;
    // Consistent rows first, then more columns; ties keep the earlier (tab before ; before ,).
    const score = same * 1000 + Math.min(mode, 999);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Splits `text` into rows of cells; `delimiter` default: sniffed. Trailing empty rows are dropped. */
export function parseDelimited(text: string, delimiter: Delimiter = sniffDelimiter(text)): DelimitedText {
  const source = text.replace(/^\uFEFF/, '');
  const rows: DelimitedRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let atCellStart = true;
  const endRow = () => {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
    cells = [];
    cell = '';
    atCellStart = true;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\r' || char === '\n') {
          if (char === '\r' && source[i + 1] === '\n') i++;
          line++;
          cell += '\n';
        } else cell += char;
      }
      continue;
    }
    if (char === '"' && atCellStart) {
      quoted = true;
      quoteLine = line;
      atCellStart = false;
      continue;
    }
    if (char === delimiter) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
      continue;
    }
    if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
      continue;
    }
    // Spaces before an opening quote (`a, "b"`) do not make the quote literal.
    if (!(atCellStart && char === ' ' && cell.trim() === '')) atCellStart = false;
    cell += char;
  }
  const unclosed = quoted;
  if (cell !== '' || cells.length > 0 || unclosed) endRow();
  while (rows.length > 0 && rows[rows.length - 1]?.cells.every((value) => value.trim() === '')) rows.pop();
  return unclosed ? { delimiter, rows, unclosedQuote: quoteLine } : { delimiter, rows };
}

/** The spreadsheet name of a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
