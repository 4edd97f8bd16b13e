/**
 * Redaction of every value the tool shows (diagnostics, reports, logs). Keeps a few leading
 * characters (usually the provider prefix, which helps recognise the token) and never more than
 * a fifth of the value; multi-line values show only their first line.
 */
export function redact(value: string): string {
  const firstLine = value.split(/\r?\n|\\n/, 1)[0] ?? '';
  if (/^-{5}BEGIN /.test(firstLine)) return `${firstLine}…`;
  const visible = Math.min(4, Math.floor(firstLine.length / 5));
  const tail = firstLine.length >= 24 ? firstLine.slice(-2) : '';
  return `${firstLine.slice(0, visible)}${'*'.repeat(8)}${tail}`;
}
