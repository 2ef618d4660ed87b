/**
 * Splitting long text (descriptions, bios) into paragraphs and bullet lists.
 *
 * Nothing here produces HTML: the elements render the blocks as DOM text.
 */
import type { TextBlock } from './types.js';

const BULLET = /^[-–•*] +(.*)$/;

/**
 * Splits long text into blocks. Paragraphs are separated by blank lines; lines
 * inside a paragraph are joined with a space. A line starting with `- `, `– `,
 * `• ` or `* ` is a bullet; following non-blank, non-bullet lines continue the
 * bullet. Line endings may be LF, CRLF or CR; every line is trimmed.
 */
export function parseLongText(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trim();
    const bullet = BULLET.exec(line);
    if (line === '') {
      current = undefined;
    } else if (bullet) {
      if (current?.type !== 'list') {
        current = { type: 'list', items: [] };
        blocks.push(current);
      }
      current.items.push(bullet[1].trim());
    } else if (current?.type === 'list') {
      const last = current.items.length - 1;
      current.items[last] = joinLine(current.items[last], line);
    } else if (current?.type === 'paragraph') {
      current.text = joinLine(current.text, line);
    } else {
      current = { type: 'paragraph', text: line };
      blocks.push(current);
    }
  }
  return blocks;
}

function joinLine(before: string, line: string): string {
  return before === '' ? line : `${before} ${line}`;
}
