/**
 * Content pre-validators: a file can be binary without telling so by its name.
 */

/**
 * Above this share of control characters (NUL included) in the first 8 Ki characters, decoded text
 * is binary. Random bytes (compressed or encrypted data) decoded as UTF-8 give about 11%; a text
 * file with a stray NUL or a few control characters stays far below, and is scanned.
 */
export const BINARY_CONTROL_RATIO = 0.08;
const SAMPLE = 8192;

/** The control characters counted below: below U+0020 except tab, line feed, form feed, carriage return and escape. */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/;

/** Share of control characters other than tab, newline, CR, form feed and escape in the sample. */
export function controlCharacterRatio(text: string): number {
  const length = Math.min(text.length, SAMPLE);
  if (length === 0) return 0;
  // U+FFFD (invalid UTF-8) does not count: Latin-1 text decoded as UTF-8 is still text worth scanning.
  // Text has none of these at all: one native search answers for it (the loop ran twice per file).
  if (!CONTROL.test(length === text.length ? text : text.slice(0, length))) return 0;
  let control = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 27) control++;
  }
  return control / length;
}

/** Mostly control characters in the first 8 Ki characters: binary. A few NULs alone are not. */
export function isBinaryContent(text: string): string | undefined {
  const ratio = controlCharacterRatio(text);
  if (ratio <= BINARY_CONTROL_RATIO) return undefined;
  return text.slice(0, SAMPLE).includes('\u0000')
    ? 'binary content (NUL bytes and control characters)'
    : 'binary content (control characters)';
}

/** A minified line: very long, little whitespace. Generic detectors skip such lines. */
export function isMinifiedLine(line: string): boolean {
  if (line.length < 500) return false;
  let spaces = 0;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 32) spaces++;
  return spaces / line.length < 0.05;
}
