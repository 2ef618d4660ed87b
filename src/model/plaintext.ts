/**
 * Plain-text renderings shared by the iCalendar and JSON-LD exports: long text
 * (paragraphs and `- ` bullets) and multi-line text flattened for one field.
 */
import { parseLongText } from './long-text.js';

/** Long text as plain text: a blank line between blocks, one `- ` bullet a line. */
export function longTextToPlain(text: string): string {
  return parseLongText(text)
    .map((block) =>
      block.type === 'paragraph' ? block.text : block.items.map((item) => `- ${item}`).join('\n'),
    )
    .join('\n\n');
}

/** Multi-line text (an address) on one line, its lines separated by commas. */
export function oneLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(', ');
}
