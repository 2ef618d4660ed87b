// docs/api.md: the public surface that 1.0 freezes, in one page: entry
// points, elements (attributes, properties, methods, events, slots, parts, CSS
// custom properties), event classes, the model's exports and the command line.
// The elements come from custom-elements.json (as docs/elements.md, which has
// the descriptions); the entry points from package.json; the model's exports
// and their signatures from TypeScript (the manifest has no signatures); the
// command line from its help text. No tool writes such a summary from these
// sources, hence this script.
//
//   node scripts/generate-api.mjs [--check] [--manifest custom-elements.json]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { cliOptions, emit, loadElements, pkg, report } from './manifest.mjs';

const code = (text) => `\`${String(text).replace(/\s*\n\s*/g, ' ').replace(/`/g, "'")}\``;
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const list = (names) => (names.length ? names.map(code).join(', ') : '—');

function table(headers, rows) {
  if (!rows.length) return '';
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** The public methods of each element class, from the manifest (own and inherited). */
function methodsOf(manifestPath) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const methods = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (decl.kind !== 'class' || !decl.customElement) continue;
      const own = (decl.members ?? []).filter((m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'));
      methods.set(
        decl.name,
        own.map((m) => `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ')}): ${m.return?.type?.text ?? 'void'}`),
      );
    }
  }
  return methods;
}

function elementSection(el, methods) {
  const attributes = table(
    ['Attribute', 'Property', 'Type'],
    el.attributes.map((a) => [
      code(a.name) + (a.deprecated ? ` (deprecated: ${a.deprecated})` : '') + (a.readonly ? ' (read-only)' : ''),
      a.fieldName ? code(a.fieldName) : '',
      code(a.type),
    ]),
  );
  const propertiesOnly = el.properties.filter((p) => !p.attribute);
  const events = el.events.map((e) => `${code(e.name)}${e.eventClass ? ` (${code(e.eventClass.name)})` : ''}`);
  const own = methods.get(el.className) ?? [];
  return [
    `### \`<${el.tagName}>\` (\`${el.className}\`)\n`,
    attributes,
    '',
    `- Properties without an attribute: ${propertiesOnly.length ? propertiesOnly.map((p) => `${code(p.name)}: ${code(p.type)}`).join(', ') : '—'}`,
    `- Methods: ${own.length ? own.map(code).join(', ') : '—'}`,
    `- Events: ${events.length ? events.join(', ') : '—'}`,
    `- Slots: ${el.slots.length ? el.slots.map((s) => (s.name ? code(s.name) : '(default)')).join(', ') : '—'}`,
    `- CSS parts: ${list(el.cssParts.map((p) => p.name))}`,
    `- CSS custom properties: ${list(el.cssProperties.map((p) => p.name))}`,
    '',
  ].join('\n');
}

/** Entry points whose exports are listed (beside the model's): entry → source module. */
const OTHER_ENTRIES = {
  'seminar-widgets/ssr.js': 'src/ssr.ts',
  'seminar-widgets/autoloader.js': 'src/autoloader.ts',
  'seminar-widgets/react.js': 'src/react/index.ts',
};

/** One TypeScript program over the modules whose exports are listed. */
function exportReader() {
  const config = ts.getParsedCommandLineOfConfigFile('tsconfig.build.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} });
  const program = ts.createProgram(['src/model.ts', ...Object.values(OTHER_ENTRIES)], { ...config.options, noEmit: true });
  return (path) => exportsOf(program, path);
}

/** The exports of module `path`, grouped by kind, with their signatures. */
function exportsOf(program, path) {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(resolve(path).replace(/\\/g, '/'));
  if (!source) throw new Error(`${path}: not in the program`);
  const symbol = checker.getSymbolAtLocation(source);
  const groups = { functions: [], classes: [], constants: [], types: [] };
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;
  let importFormats = [];
  for (const exported of checker.getExportsOfModule(symbol)) {
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const name = exported.name;
    const declaration = target.valueDeclaration ?? target.declarations?.[0];
    if (target.flags & ts.SymbolFlags.Function) {
      const type = checker.getTypeOfSymbolAtLocation(target, declaration);
      for (const signature of type.getCallSignatures()) groups.functions.push(`${name}${checker.signatureToString(signature, undefined, flags)}`);
    } else if (target.flags & ts.SymbolFlags.Class) {
      groups.classes.push(name);
    } else if (target.flags & ts.SymbolFlags.Variable) {
      groups.constants.push(`${name}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(target, declaration), undefined, flags)}`);
      if (name === 'IMPORT_FORMATS' && declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isArrayLiteralExpression(declaration.initializer)) {
        importFormats = declaration.initializer.elements.filter(ts.isStringLiteral).map((e) => e.text);
      }
    } else {
      groups.types.push(name);
    }
  }
  for (const group of Object.values(groups)) group.sort();
  return { groups, importFormats };
}

/** The command line's help text, as its `HELP` constant holds it (the list of formats filled in). */
function cliHelp(importFormats) {
  const file = pkg.bin['seminar-widgets'];
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let help = '';
  source.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const d of node.declarationList.declarations) {
      if (d.name.getText() !== 'HELP' || !d.initializer) continue;
      const t = d.initializer;
      if (ts.isNoSubstitutionTemplateLiteral(t)) help = t.text;
      else if (ts.isTemplateExpression(t)) {
        help = t.head.text + t.templateSpans.map((span) => (span.expression.getText().startsWith('IMPORT_FORMATS') ? importFormats.join(', ') : `<${span.expression.getText()}>`) + span.literal.text).join('');
      }
    }
  });
  return help.trimEnd();
}

function document(elements, manifestPath) {
  const methods = methodsOf(manifestPath);
  const read = exportReader();
  const { groups, importFormats } = read('src/model.ts');
  const others = Object.entries(OTHER_ENTRIES).map(([entry, path]) => {
    const g = read(path).groups;
    const names = [...g.functions, ...g.constants, ...g.classes.map((c) => `class ${c}`), ...g.types.map((t) => `type ${t}`)];
    return `- ${code(entry)}: ${names.map(code).join(', ')}`;
  });
  const entries = Object.keys(pkg.exports).map((key) => `seminar-widgets${key === '.' ? '' : key.slice(1)}`);
  const eventClasses = new Map();
  for (const el of elements) {
    for (const e of el.events) if (e.eventClass) eventClasses.set(e.name, { className: e.eventClass.name, detail: e.detail?.name, on: [...(eventClasses.get(e.name)?.on ?? []), el.tagName] });
  }
  const events = table(
    ['Event', 'Class', 'Detail', 'Fired by'],
    [...eventClasses].sort(([a], [b]) => a.localeCompare(b)).map(([name, e]) => [code(name), code(e.className), e.detail ? code(e.detail) : '', e.on.map((t) => `\`<${t}>\``).join(', ')]),
  );
  return `<!-- Generated by scripts/generate-api.mjs from custom-elements.json, package.json, src/model.ts and the command line's help: do not edit. Run \`npm run build\` (or \`npm run generate\`) to update it. -->

# Public API

What version 1.0 freezes: a name listed here keeps its meaning until 2.0;
anything not listed (modules under \`dist/\` that no entry point names, members
marked \`@internal\`, CSS classes inside the shadow roots) may change in any
release. Descriptions, defaults and examples are in [elements.md](elements.md)
(the elements), [programme-format.md](programme-format.md) (the programme
JSON), [importing.md](importing.md) (other tools' formats and the command
line) and [theming.md](theming.md) (styling).

Names marked deprecated still work, with a console warning, and are removed in 1.0.

## Entry points

${entries.map((e) => `- ${code(e)}`).join('\n')}

## Elements

Every element also has the custom states \`:state(light)\` and \`:state(dark)\`
(the colour scheme it draws in).

${elements.map((el) => elementSection(el, methods)).join('\n')}
## Events

Each event is a class exported by \`seminar-widgets/events.js\` (and the package
root); all bubble and are composed.

${events}

## Model (\`seminar-widgets/model.js\`)

Pure functions, usable in Node and build tools (no DOM).

### Functions

${groups.functions.map((f) => `- ${code(f)}`).join('\n')}

### Classes

${list(groups.classes)}

### Constants

${groups.constants.map((c) => `- ${code(c)}`).join('\n')}

### Types

${list(groups.types)}

## Other entry points

The package root re-exports the element classes, the event classes and the
model's types; \`classes.js\` the element classes alone (nothing registered);
\`events.js\` the event classes; \`react-jsx.js\` and \`vue.js\` types only.

${others.join('\n')}

## Command line

\`npx seminar-widgets --help\`:

\`\`\`text
${cliHelp(importFormats)}
\`\`\`
`.replace(/\n{3,}/g, '\n\n');
}

/** The files this script writes, by path. */
export const apiFiles = (elements, manifestPath = 'custom-elements.json') => ({ 'docs/api.md': document(elements, manifestPath) });

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = cliOptions();
  const { elements, problems } = loadElements(options.manifest);
  report(problems, options);
  emit(apiFiles(elements, options.manifest), options);
}
