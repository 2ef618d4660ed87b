/**
 * iCalendar (RFC 5545) text: lines unfolded (a line starting with a space or
 * a tab continues the one before), content lines split into name, parameters
 * and value, components nested by BEGIN/END, text values unescaped. Each
 * property keeps its line number and each component an XPath-like path
 * (`/VCALENDAR/VEVENT[3]`) for messages.
 */

export interface IcalProperty {
  /** Uppercase name: `DTSTART`, `X-WR-CALNAME`. */
  name: string;
  /** Parameters by uppercase name: `TZID`, `VALUE`, `LANGUAGE`. */
  params: Record<string, string>;
  /** The raw value (text not yet unescaped). */
  value: string;
  /** 1-based line where the property starts. */
  line: number;
}

export interface IcalComponent {
  name: string;
  properties: IcalProperty[];
  components: IcalComponent[];
  line: number;
  path: string;
}

export interface IcalSyntaxError {
  line: number;
  message: string;
}

/** Parses the text into its top-level components; syntax errors are collected, not thrown. */
export function parseIcal(text: string): { components: IcalComponent[]; errors: IcalSyntaxError[] } {
  const errors: IcalSyntaxError[] = [];
  const root: IcalComponent = { name: '', properties: [], components: [], line: 0, path: '' };
  const stack: IcalComponent[] = [root];
  for (const { text: content, line } of unfold(text.replace(/^\uFEFF/, ''))) {
    if (content.trim() === '') continue;
    const property = contentLine(content, line);
    if (!property) {
      errors.push({ line, message: `Line ${line} is not an iCalendar content line ("NAME:value"): ${JSON.stringify(content.slice(0, 40))}.` });
      continue;
    }
    const parent = stack[stack.length - 1] ?? root;
    if (property.name === 'BEGIN') {
      const name = property.value.trim().toUpperCase();
      const index = parent.components.filter((component) => component.name === name).length + 1;
      const component: IcalComponent = { name, properties: [], components: [], line, path: `${parent.path}/${name}[${index}]` };
      parent.components.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      const name = property.value.trim().toUpperCase();
      if (stack.length > 1 && parent.name === name) stack.pop();
      else errors.push({ line, message: `Line ${line}: END:${name} does not close ${parent.name ? `the ${parent.name} opened on line ${parent.line}` : 'any component'}.` });
    } else if (stack.length === 1) {
      errors.push({ line, message: `Line ${line}: the property ${property.name} is outside any component (BEGIN:VCALENDAR missing?).` });
    } else parent.properties.push(property);
  }
  for (const open of stack.slice(1).reverse()) errors.push({ line: open.line, message: `The ${open.name} opened on line ${open.line} is never closed (END:${open.name} missing).` });
  // Paths without the [1] of single components read better: /VCALENDAR[1]/VEVENT[3] → /VCALENDAR/VEVENT[3].
  tidyPaths(root.components);
  return { components: root.components, errors };
}

function tidyPaths(components: IcalComponent[], parentPath = ''): void {
  const counts = new Map<string, number>();
  for (const component of components) counts.set(component.name, (counts.get(component.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const component of components) {
    const index = (seen.get(component.name) ?? 0) + 1;
    seen.set(component.name, index);
    component.path = `${parentPath}/${component.name}${counts.get(component.name) === 1 ? '' : `[${index}]`}`;
    tidyPaths(component.components, component.path);
  }
}

/** Physical lines joined into logical ones, each with the line it starts on. */
function* unfold(text: string): Generator<{ text: string; line: number }> {
  const lines = text.split(/\r\n|\n|\r/);
  let current: { text: string; line: number } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const physical = lines[index] ?? '';
    if ((physical.startsWith(' ') || physical.startsWith('\t')) && current) {
      current.text += physical.slice(1);
      continue;
    }
    if (current) yield current;
    current = { text: physical, line: index + 1 };
  }
  if (current) yield current;
}

/** `NAME;PARAM=a,"b:c";OTHER=d:value` → its parts; `undefined` without a `:` or a name. */
function contentLine(text: string, line: number): IcalProperty | undefined {
  let index = 0;
  let quoted = false;
  let colon = -1;
  for (; index < text.length; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) {
      colon = index;
      break;
    }
  }
  if (colon < 0) return undefined;
  const head = text.slice(0, colon);
  const parts = splitOutsideQuotes(head, ';');
  const name = (parts.shift() ?? '').trim().toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return undefined;
  const params: Record<string, string> = {};
  for (const part of parts) {
    const equals = part.indexOf('=');
    if (equals < 0) continue;
    params[part.slice(0, equals).trim().toUpperCase()] = part.slice(equals + 1).replace(/"/g, '');
  }
  return { name, params, value: text.slice(colon + 1), line };
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** A TEXT value unescaped: `\n` → line break, `\,` `\;` `\\` → the character. */
export function unescapeText(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** A list of TEXT values (CATEGORIES): split on unescaped commas, then unescaped. */
export function textList(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index++) {
    const char = value[index];
    if (char === '\\' && index + 1 < value.length) {
      current += char + (value[index + 1] ?? '');
      index++;
    } else if (char === ',') {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => unescapeText(part).trim()).filter(Boolean);
}

/** The first property of `name`, if any. */
export function prop(component: IcalComponent, name: string): IcalProperty | undefined {
  return component.properties.find((property) => property.name === name);
}

/** A date or date-time value: `20250304`, `20250304T093000`, `20250304T083000Z`. */
export interface IcalDateTime {
  date: string;
  /** `HH:MM:SS`; absent for a date. */
  time?: string;
  utc: boolean;
}

export function parseIcalDateTime(value: string): IcalDateTime | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, zulu] = match;
  const date = `${year}-${month}-${day}`;
  if (hour === undefined) return { date, utc: false };
  return { date, time: `${hour}:${minute}:${second}`, utc: zulu === 'Z' };
}
