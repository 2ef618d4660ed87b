// The elements as custom-elements.json describes them, in the shape the
// generators need (scripts/generate-types.mjs, generate-editor-data.mjs,
// generate-docs.mjs). The manifest is the source: which elements exist, their
// attributes, properties, events, slots, parts and custom properties, and
// their documentation. TypeScript is asked one thing only: what a named type
// such as `TimerFormat` expands to, so editors and docs can list its values.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import ts from 'typescript';

/** Command-line options shared by the generators: `--check` and `--manifest <file>`. */
export function cliOptions(argv = process.argv.slice(2)) {
  const at = argv.indexOf('--manifest');
  return { check: argv.includes('--check'), manifest: at >= 0 ? argv[at + 1] : 'custom-elements.json' };
}

export const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * Detail types of events whose `@fires` tag gives no `{CustomEvent<Detail>}`
 * and that no `GlobalEventHandlersEventMap` in src/ declares. A stopgap, not a
 * source: declare the event in the map (or type the tag) and drop it here.
 */
const FALLBACK_DETAILS = {
  'seminar-load': 'SeminarLoadDetail',
  'seminar-error': 'SeminarErrorDetail',
};

/** Modules whose exports a consumer imports: the package root first, then the one-element entries. */
function publicModuleRank(path) {
  if (path === 'src/index.ts') return 0;
  if (path.startsWith('src/define/')) return 1;
  if (path === 'src/classes.ts') return 2;
  return 3;
}

/** `'event-name': CustomEvent<Detail>` entries of every `GlobalEventHandlersEventMap` or `HTMLElementEventMap` in src/. */
function declaredEventDetails(program) {
  const found = {};
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.includes('/src/')) continue;
    const text = file.text;
    for (const block of text.matchAll(/interface (?:GlobalEventHandlersEventMap|HTMLElementEventMap)\s*{([^}]*)}/g)) {
      for (const [, name, detail] of block[1].matchAll(/['"]([\w-]+)['"]\s*:\s*CustomEvent<\s*([\w.]+)\s*>/g)) {
        found[name] = detail;
      }
    }
  }
  return found;
}

/** A TypeScript program over the define modules, to read the type aliases the manifest names. */
function typeProgram(defineModules) {
  const config = ts.getParsedCommandLineOfConfigFile('tsconfig.build.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} });
  return ts.createProgram(defineModules, { ...config.options, noEmit: true });
}

/** Splits a union at its top level: `'a' | Map<string | number>` → [`'a'`, `Map<string | number>`]. */
function unionParts(text) {
  const parts = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('<({['.includes(ch)) depth++;
    if ('>)}]'.includes(ch)) depth--;
    if (ch === '|' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts.filter(Boolean);
}

/**
 * A type as written in the manifest, with the type aliases it names replaced
 * by their definitions as written in the source (`TimerFormat | null` →
 * `'long' | 'compact' | 'clock' | null`), null and undefined last, and the
 * string literals it allows.
 */
function expandTypeText(text, resolveAlias, seen = new Set()) {
  const out = [];
  for (const part of unionParts(text)) {
    const alias = /^[A-Z][\w]*$/.test(part) && !seen.has(part) ? resolveAlias(part) : undefined;
    const expanded = alias ? expandTypeText(alias, resolveAlias, new Set([...seen, part])).parts : [part];
    for (const p of expanded) if (!out.includes(p)) out.push(p);
  }
  const empty = ['null', 'undefined'];
  const parts = [...out.filter((p) => !empty.includes(p)), ...out.filter((p) => empty.includes(p))];
  const values = parts.map((p) => /^'([^']*)'$|^"([^"]*)"$/.exec(p)).filter(Boolean).map((m) => m[1] ?? m[2]);
  return { text: parts.join(' | '), parts, values };
}

const isReadonly = (member) => Boolean(member?.readonly) || /^read-only\b/i.test(member?.description ?? '');

/**
 * Every custom element of the manifest with its public surface:
 *
 *   { tagName, className, summary, description, defineModule, classModule,
 *     attributes: [{ name, fieldName?, type, values, default, description, readonly }],
 *     properties: [{ name, attribute?, type, values, default, description, readonly }],
 *     events:     [{ name, description, detail?: { name, module } }],
 *     slots, cssParts, cssProperties }
 *
 * sorted by tag name. `module`s are paths under src/ (`src/define/x.ts`).
 */
export function loadElements(manifestPath = 'custom-elements.json') {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const modules = manifest.modules ?? [];

  // Where each tag is registered, and which modules export which names.
  const definitions = new Map();
  const exporters = new Map();
  for (const mod of modules) {
    for (const exp of mod.exports ?? []) {
      if (exp.kind === 'custom-element-definition') definitions.set(exp.name, { module: mod.path, className: exp.declaration?.name });
      if (exp.kind === 'js' && exp.name !== '*') {
        const list = exporters.get(exp.name) ?? [];
        list.push(mod.path);
        exporters.set(exp.name, list);
      }
    }
  }
  const exporterOf = (name) => (exporters.get(name) ?? []).sort((a, b) => publicModuleRank(a) - publicModuleRank(b) || a.localeCompare(b))[0];

  const declarations = [];
  for (const mod of modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.kind === 'class' && decl.customElement && decl.tagName) declarations.push({ decl, module: mod.path });
    }
  }

  const defineModules = [...new Set(declarations.map(({ decl }) => definitions.get(decl.tagName)?.module).filter(Boolean))];
  const program = typeProgram(defineModules);
  const checker = program.getTypeChecker();
  const declaredDetails = declaredEventDetails(program);

  /** The source text of the type alias `name` as seen from `modulePath` (imports followed). */
  function aliasResolver(modulePath) {
    const source = program.getSourceFiles().find((f) => f.fileName.endsWith(`/${modulePath}`));
    const symbols = source ? checker.getSymbolsInScope(source, ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Alias) : [];
    return (name) => {
      let symbol = symbols.find((s) => s.name === name);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
      return declaration?.type.getText();
    };
  }

  const problems = [];
  const elements = declarations.map(({ decl, module }) => {
    const definition = definitions.get(decl.tagName);
    if (!definition) problems.push(`<${decl.tagName}> has no customElements.define(...) the analyzer can see`);
    const resolveAlias = aliasResolver(module);
    const expanded = (text) => expandTypeText(text ?? 'string', resolveAlias);

    const members = (decl.members ?? []).filter(
      (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_') && !m.name.startsWith('#'),
    );
    const memberByName = new Map(members.map((m) => [m.name, m]));

    const attributes = (decl.attributes ?? []).map((a) => {
      const member = a.fieldName ? memberByName.get(a.fieldName) : undefined;
      const type = expanded(a.type?.text ?? member?.type?.text);
      return {
        name: a.name,
        ...(a.fieldName ? { fieldName: a.fieldName } : {}),
        type: type.text,
        values: type.values,
        default: a.default ?? member?.default,
        description: a.description ?? member?.description ?? '',
        readonly: isReadonly(member ?? a),
      };
    });

    const properties = members.map((m) => {
      const type = expanded(m.type?.text);
      const attribute = (decl.attributes ?? []).find((a) => a.fieldName === m.name)?.name;
      return {
        name: m.name,
        ...(attribute ? { attribute } : {}),
        type: type.text,
        values: type.values,
        default: m.default,
        description: m.description ?? (decl.attributes ?? []).find((a) => a.fieldName === m.name)?.description ?? '',
        readonly: isReadonly(m),
      };
    });

    const events = (decl.events ?? [])
      .filter((e) => e.name)
      .map((e) => {
        const typed = /^CustomEvent<\s*([\w.]+)\s*>$/.exec(e.type?.text ?? '')?.[1];
        const detailName = typed ?? declaredDetails[e.name] ?? FALLBACK_DETAILS[e.name];
        let detail;
        if (detailName) {
          const from = exporterOf(detailName);
          if (from) detail = { name: detailName, module: from };
          else problems.push(`the detail type ${detailName} of ${e.name} (on <${decl.tagName}>) is not exported by any module of the manifest`);
        } else {
          problems.push(`${e.name} (on <${decl.tagName}>) has no detail type: write \`@fires {CustomEvent<Detail>} ${e.name}\` or declare it in GlobalEventHandlersEventMap`);
        }
        return { name: e.name, description: e.description ?? '', ...(detail ? { detail } : {}) };
      })
      .sort((a, b) => a.name.localeCompare(b.name));

    return {
      tagName: decl.tagName,
      className: decl.name,
      summary: decl.summary ?? '',
      description: decl.description ?? '',
      classModule: module,
      defineModule: definition?.module,
      attributes,
      properties,
      events,
      slots: (decl.slots ?? []).map((s) => ({ name: s.name ?? '', description: s.description ?? '' })),
      cssParts: (decl.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
      cssProperties: (decl.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '', default: p.default })),
    };
  });
  elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
  return { elements, problems };
}

/** `seminar-timer-start` → `SeminarTimerStart`. */
export const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());

/** A relative import specifier from one src/ module to another, with `.js`. */
export function importPath(fromModule, toModule) {
  const from = fromModule.split('/').slice(0, -1);
  const to = toModule.replace(/\.ts$/, '.js').split('/');
  let i = 0;
  while (i < from.length && from[i] === to[i]) i++;
  const up = from.length - i;
  return (up ? '../'.repeat(up) : './') + to.slice(i).join('/');
}

/**
 * Writes generated files, or with `check` compares them with what is on disk:
 * a stale file is rewritten and reported, and the exit code is set to 1.
 */
export function emit(files, { check }) {
  let stale = 0;
  for (const [path, content] of Object.entries(files)) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === content) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    if (check) {
      stale++;
      console.error(`${path} was stale (now regenerated from the manifest): commit it.`);
    } else {
      console.log(`wrote ${path}`);
    }
  }
  if (check && stale) process.exitCode = 1;
  else if (check) console.log(`fresh: ${Object.keys(files).join(', ')}`);
}

/** Reports the manifest's gaps; they fail a `--check` run. */
export function report(problems, { check }) {
  for (const p of problems) console.warn(`manifest: ${p}`);
  if (check && problems.length) process.exitCode = 1;
}

/** One line of a JSDoc comment: no `*\/`, no line breaks. */
export const docLine = (text) => (text ?? '').replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ').trim();
