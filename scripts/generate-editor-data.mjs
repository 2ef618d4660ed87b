// Editor data generated from custom-elements.json, shipped in the package:
//   editor/vscode.html-custom-data.json  VS Code: "html.customData" (tags, attributes, values)
//   editor/vscode.css-custom-data.json   VS Code: "css.customData" (the --seminar-* custom properties, ::part()s)
//   editor/web-types.json                JetBrains IDEs, found through package.json "web-types"
//
//   node scripts/generate-editor-data.mjs [--check] [--manifest custom-elements.json]
import { pathToFileURL } from 'node:url';
import { cliOptions, emit, loadElements, pkg, report } from './manifest.mjs';

const DOCS = `https://unpkg.com/${pkg.name}@${pkg.version}/docs/elements.md`;
const anchor = (tag) => `${DOCS}#${tag}`;

/** Markdown for an element's hover: summary, then events, slots, parts and custom properties. */
function elementMarkdown(el) {
  const list = (title, items, fmt) => (items.length ? `\n\n**${title}:** ${items.map(fmt).join(', ')}` : '');
  return (
    `${el.summary || el.description}` +
    list('Events', el.events, (e) => `\`${e.name}\``) +
    list('Slots', el.slots, (s) => (s.name ? `\`${s.name}\`` : 'default')) +
    list('Parts', el.cssParts, (p) => `\`${p.name}\``) +
    list('CSS custom properties', el.cssProperties, (p) => `\`${p.name}\``)
  );
}

const attributeMarkdown = (a) =>
  [a.description, `Type: \`${a.type}\``, a.default !== undefined ? `Default: \`${a.default}\`` : ''].filter(Boolean).join('\n\n');

/** Attributes an author writes: read-only ones (reflected state) are left out of completion. */
const writable = (el) => el.attributes.filter((a) => !a.readonly);

function vscodeHtml(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: { kind: 'markdown', value: elementMarkdown(el) },
      attributes: writable(el).map((a) => ({
        name: a.name,
        description: { kind: 'markdown', value: attributeMarkdown(a) },
        ...(a.values.length ? { values: a.values.map((name) => ({ name })) } : {}),
        ...(a.type === 'boolean' ? { valueSet: 'v' } : {}),
      })),
      references: [{ name: 'seminar-widgets: elements', url: anchor(el.tagName) }],
    })),
  };
}

function vscodeCss(elements) {
  const properties = new Map();
  const parts = new Map();
  for (const el of elements) {
    for (const p of el.cssProperties) {
      const entry = properties.get(p.name) ?? { name: p.name, tags: [], description: p.description };
      entry.tags.push(el.tagName);
      properties.set(p.name, entry);
    }
    for (const p of el.cssParts) {
      const name = `::part(${p.name})`;
      const entry = parts.get(name) ?? { name, tags: [], description: p.description };
      entry.tags.push(el.tagName);
      parts.set(name, entry);
    }
  }
  const out = (entry) => ({
    name: entry.name,
    description: `${entry.description}\n\nOn: ${entry.tags.map((t) => `<${t}>`).join(', ')}`,
  });
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: [...properties.values()].sort((a, b) => a.name.localeCompare(b.name)).map(out),
    pseudoElements: [...parts.values()].sort((a, b) => a.name.localeCompare(b.name)).map(out),
  };
}

function webTypes(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: elementMarkdown(el),
          'doc-url': anchor(el.tagName),
          attributes: writable(el).map((a) => ({
            name: a.name,
            description: a.description,
            value: {
              type: a.type === 'boolean' ? 'boolean' : a.type,
              kind: a.type === 'boolean' ? 'no-value' : 'plain',
              ...(a.default !== undefined ? { default: a.default } : {}),
            },
            ...(a.values.length ? { values: a.values.map((name) => ({ name })) } : {}),
            // WebStorm strikes a deprecated attribute through.
            ...(a.deprecated ? { deprecated: true } : {}),
          })),
          ...(el.slots.length ? { slots: el.slots.map((s) => ({ name: s.name, description: s.description })) } : {}),
          events: el.events.map((e) => ({ name: e.name, description: e.description })),
          js: {
            properties: el.properties.map((p) => ({
              name: p.name,
              description: p.readonly && !/^read-only\b/i.test(p.description) ? `Read-only: ${p.description}` : p.description,
              value: { type: p.type },
            })),
            events: el.events.map((e) => ({
              name: e.name,
              description: e.description,
              ...(e.eventClass ? { value: { type: e.eventClass.name } } : {}),
            })),
          },
          css: {
            properties: el.cssProperties.map((p) => ({ name: p.name, description: p.description })),
            parts: el.cssParts.map((p) => ({ name: p.name, description: p.description })),
          },
        })),
      },
    },
  };
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** The files this script writes, by path. */
export const editorFiles = (elements) => ({
  'editor/vscode.html-custom-data.json': json(vscodeHtml(elements)),
  'editor/vscode.css-custom-data.json': json(vscodeCss(elements)),
  'editor/web-types.json': json(webTypes(elements)),
});

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = cliOptions();
  const { elements, problems } = loadElements(options.manifest);
  report(problems, options);
  emit(editorFiles(elements), options);
}
