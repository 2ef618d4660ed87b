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

/** Modules whose exports a consumer imports: the package root first, then the one-element entries. */
function publicModuleRank(path) {
  if (path === 'src/index.ts') return 0;
  if (path.startsWith('src/define/')) return 1;
  if (path === 'src/classes.ts') return 2;
  return 3;
}

/**
 * The name an event class gives its event and its detail type, read from its
 * declaration: `class X extends CustomEvent<Detail> { constructor(…) { super('name', …) } }`.
 */
function eventClassFacts(program, modulePath, className) {
  const source = program.getSourceFiles().find((f) => f.fileName.endsWith(`/${modulePath}`));
  const declaration = source?.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === className);
  if (!declaration) return {};
  const base = declaration.heritageClauses?.flatMap((clause) => clause.types).find((t) => t.expression.getText() === 'CustomEvent');
  const detail = base?.typeArguments?.[0]?.getText();
  let name;
  const visit = (node) => {
    if (name) return;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      name = node.arguments[0].text;
    }
    ts.forEachChild(node, visit);
  };
  visit(declaration);
  return { name, detail };
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

/** What a `@deprecated` tag says to use instead (the analyzer gives `true` for a bare tag). */
const deprecation = (...entries) => {
  const found = entries.find((e) => e?.deprecated)?.deprecated;
  return found === true ? 'Deprecated.' : found;
};

const isReadonly = (member) => Boolean(member?.readonly) || /^read-only\b/i.test(member?.description ?? '');

/**
 * Every custom element of the manifest with its public surface:
 *
 *   { tagName, className, summary, description, defineModule, classModule,
 *     attributes: [{ name, fieldName?, type, values, default, description, readonly, deprecated? }],
 *     properties: [{ name, attribute?, type, values, default, description, readonly, deprecated? }],
 *     events:     [{ name, description, eventClass?: { name, module }, detail?: { name, module } }],
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
  /** Event classes (`extends CustomEvent`), by class name: the module that declares each. */
  const eventClasses = new Map();
  for (const mod of modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.kind === 'class' && decl.customElement && decl.tagName) declarations.push({ decl, module: mod.path });
      if (decl.kind === 'class' && decl.superclass?.name === 'CustomEvent') eventClasses.set(decl.name, mod.path);
    }
  }

  const defineModules = [...new Set(declarations.map(({ decl }) => definitions.get(decl.tagName)?.module).filter(Boolean))];
  const program = typeProgram([...defineModules, ...new Set(eventClasses.values())]);
  const checker = program.getTypeChecker();

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
    // A type named in an inherited member is resolved where that member is declared.
    const resolvers = new Map();
    const expanded = (text, from = module) => {
      if (!resolvers.has(from)) resolvers.set(from, aliasResolver(from));
      return expandTypeText(text ?? 'string', resolvers.get(from));
    };

    const members = (decl.members ?? []).filter(
      (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_') && !m.name.startsWith('#'),
    );
    const memberByName = new Map(members.map((m) => [m.name, m]));

    // The analyzer copies a property's type, default and description to its attribute.
    const attributes = (decl.attributes ?? []).map((a) => {
      const member = a.fieldName ? memberByName.get(a.fieldName) : undefined;
      const type = expanded(a.type?.text, a.inheritedFrom?.module);
      return {
        name: a.name,
        ...(a.fieldName ? { fieldName: a.fieldName } : {}),
        type: type.text,
        values: type.values,
        default: a.default,
        description: a.description ?? '',
        readonly: isReadonly(member ?? a),
        ...(deprecation(a, member) ? { deprecated: deprecation(a, member) } : {}),
      };
    });

    const properties = members.map((m) => {
      const type = expanded(m.type?.text, m.inheritedFrom?.module);
      const attribute = (decl.attributes ?? []).find((a) => a.fieldName === m.name)?.name;
      return {
        name: m.name,
        ...(attribute ? { attribute } : {}),
        type: type.text,
        values: type.values,
        default: m.default,
        description: m.description ?? (decl.attributes ?? []).find((a) => a.fieldName === m.name)?.description ?? '',
        readonly: isReadonly(m),
        ...(deprecation(m) ? { deprecated: deprecation(m) } : {}),
      };
    });

    // Each event is documented by its class (src/events/): `@fires {SeminarXEvent} seminar-x - …`.
    // (Entries without a name are gone: see publicSurfaceOnly in custom-elements-manifest.config.mjs.)
    const events = (decl.events ?? [])
      .map((e) => {
        const className = e.type?.text ?? '';
        const classModule = eventClasses.get(className);
        const at = `${e.name} (on <${decl.tagName}>)`;
        if (!classModule) {
          problems.push(`${at} names no event class: write \`@fires {SeminarXEvent} ${e.name} - …\` with a class of src/events/`);
          return { name: e.name, description: e.description ?? '' };
        }
        const facts = eventClassFacts(program, classModule, className);
        if (facts.name !== e.name) problems.push(`${at}: its class ${className} fires "${facts.name ?? '?'}"`);
        const publicModule = (name) => {
          const from = exporterOf(name);
          if (!from) problems.push(`${at}: ${name} is not exported by any module of the manifest`);
          return from;
        };
        const eventClass = { name: className, module: publicModule(className) };
        const detail = facts.detail ? { name: facts.detail, module: publicModule(facts.detail) } : undefined;
        if (!detail) problems.push(`${at}: its class ${className} does not extend CustomEvent<Detail>`);
        return { name: e.name, description: e.description ?? '', eventClass, ...(detail ? { detail } : {}) };
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
