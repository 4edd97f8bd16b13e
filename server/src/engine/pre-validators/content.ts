/**
 * Content pre-validators: a file can be binary without telling so by its name.
 */

/** NUL bytes or mostly control characters in the first 8 KiB (the heuristic git and grep use). */
export function isBinaryContent(text: string): string | undefined {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  if (sample.includes('\u0000')) return 'binary content (NUL byte)';
  // U+FFFD (invalid UTF-8) does not count: Latin-1 text decoded as UTF-8 is still text worth scanning.
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 27) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.1) return 'binary content (control characters)';
  return undefined;
}

/** A minified line: very long, little whitespace. Generic detectors skip such lines. */
export function isMinifiedLine(line: string): boolean {
  if (line.length < 500) return false;
  let spaces = 0;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 32) spaces++;
  return spaces / line.length < 0.05;
}
