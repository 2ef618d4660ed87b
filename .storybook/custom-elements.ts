/**
 * Controls and docs tables from custom-elements.json.
 *
 * Storybook's own reading of the manifest (`setCustomElementsManifest`) lists
 * every class member, private ones included, once as a property and again as
 * an attribute, and gives `string | null` an object editor. This reads the
 * same manifest into one entry per public property (named like the property,
 * as the stories' args are), plus attribute-only attributes, events, slots,
 * parts and custom properties, with a control that fits the type. A story's
 * own `argTypes` still win.
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';

interface Typed {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  readonly?: boolean;
}
interface Member extends Typed {
  kind: string;
  static?: boolean;
  privacy?: string;
  attribute?: string;
}
interface Attribute extends Typed {
  fieldName?: string;
}
interface Declaration {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: Attribute[];
  events?: { name?: string; description?: string; type?: { text: string } }[];
  slots?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const readOnly = (m: Typed) => Boolean(m.readonly) || /^read-only\b/i.test(m.description ?? '');

/** The string literals a type allows (`'list' | 'grid' | null` → list, grid), if it is such a union. */
function literals(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((p) => p.trim()).filter((p) => p !== 'null' && p !== 'undefined');
  const values = parts.map((p) => /^'([^']*)'$|^"([^"]*)"$/.exec(p)).map((m) => (m ? (m[1] ?? m[2]) : undefined));
  return values.length && values.every((v) => v !== undefined) ? values : undefined;
}

function control(type: string | undefined): InputType['control'] {
  const values = literals(type);
  if (values) return values.length <= 4 ? { type: 'inline-radio' } : { type: 'select' };
  const parts = (type ?? 'string').split('|').map((p) => p.trim()).filter((p) => p !== 'null' && p !== 'undefined');
  if (parts.length === 1 && parts[0] === 'boolean') return { type: 'boolean' };
  if (parts.length === 1 && parts[0] === 'number') return { type: 'number' };
  if (parts.includes('string')) return { type: 'text' };
  return { type: 'object' };
}

function entry(item: Typed, category: string, extra: Partial<InputType> = {}): InputType {
  const type = item.type?.text;
  const values = literals(type);
  return {
    name: item.name,
    description: item.description ?? '',
    control: readOnly(item) ? false : control(type),
    ...(values ? { options: values } : {}),
    table: {
      category,
      ...(type ? { type: { summary: type } } : {}),
      ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
    },
    ...extra,
  };
}

/** The argTypes of `tagName`, or undefined when the manifest has no such element. */
export function argTypesFromManifest(manifest: Manifest, tagName: string): ArgTypes | undefined {
  const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
  if (!decl) return undefined;
  const argTypes: ArgTypes = {};
  const fields = (decl.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
  for (const field of fields) {
    const attribute = (decl.attributes ?? []).find((a) => a.fieldName === field.name);
    const note = attribute && attribute.name !== field.name ? ` (attribute \`${attribute.name}\`)` : '';
    const description = (field.description ?? attribute?.description ?? '') + note;
    argTypes[field.name] = entry({ ...field, description }, attribute ? 'attributes and properties' : 'properties');
  }
  for (const attr of decl.attributes ?? []) {
    if (attr.fieldName || argTypes[attr.name]) continue;
    argTypes[attr.name] = entry(attr, 'attributes and properties');
  }
  for (const event of decl.events ?? []) {
    if (!event.name) continue;
    argTypes[event.name] = entry({ name: event.name, description: event.description ?? '', ...(event.type ? { type: event.type } : {}) }, 'events', { control: false });
  }
  for (const slot of decl.slots ?? []) {
    const name = slot.name ? `slot: ${slot.name}` : 'slot: (default)';
    argTypes[name] = { name, description: slot.description ?? '', control: false, table: { category: 'slots' } };
  }
  for (const part of decl.cssParts ?? []) {
    argTypes[`part: ${part.name}`] = { name: part.name, description: part.description ?? '', control: false, table: { category: 'css parts' } };
  }
  for (const prop of decl.cssProperties ?? []) {
    argTypes[prop.name] = {
      name: prop.name,
      description: prop.description ?? '',
      control: false,
      table: { category: 'css custom properties', ...(prop.default ? { defaultValue: { summary: prop.default } } : {}) },
    };
  }
  return argTypes;
}
