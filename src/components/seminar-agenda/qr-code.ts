/**
 * A QR code of a link, as one SVG path: loaded only when a visitor asks for
 * one ("Show a QR code"), as a chunk of its own. The encoder is `uqr` (MIT,
 * no dependencies; a port of Project Nayuki's QR Code generator).
 */
import { encode } from 'uqr';

/** A QR code: its width in modules (quiet zone included) and the path of its dark modules. */
export interface QrDrawing {
  size: number;
  path: string;
}

/** The four-module quiet zone the standard asks for around the code. */
const QUIET = 4;

/**
 * The QR code of `text` (error correction level M, or higher when it fits in
 * the same size). Throws a RangeError when the text is too long for any QR code.
 */
export function qrDrawing(text: string): QrDrawing {
  let result: ReturnType<typeof encode>;
  try {
    result = encode(text, { ecc: 'M', boostEcc: true, border: 0 });
  } catch {
    throw new RangeError('The text is too long for a QR code.');
  }
  const parts: string[] = [];
  result.data.forEach((row, y) => {
    // Runs of dark modules as one rectangle each: a shorter path.
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      parts.push(`M${start + QUIET} ${y + QUIET}h${x - start}v1h${start - x}z`);
    }
  });
  return { size: result.size + 2 * QUIET, path: parts.join('') };
}
