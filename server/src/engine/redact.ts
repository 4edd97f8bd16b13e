/**
 * Redaction of every value the tool shows (diagnostics, reports, logs). Reveals at most a provider
 * prefix (`ghp_`, `xoxb-`, `AKIA`: it helps recognise the token and is public anyway) plus two
 * characters, always followed by the same eight stars: never a fraction of the value and never its
 * length. A value too short to spare two characters (a human password) shows nothing at all.
 * Multi-line values show only their first line; a key block only its BEGIN line.
 */
const MASK = '*'.repeat(8);

/** Below this length nothing of the value is shown: two characters of `Summer2024!` are a real hint. */
const MIN_REVEALING_LENGTH = 16;
/** The prefix shown must leave this many characters hidden. */
const MIN_HIDDEN_AFTER_PREFIX = 12;

/** Provider prefixes: lower-case words ending in `_`/`-` (`ghp_`, `sk-proj-`, `xoxb-`), or well-known upper-case ones. */
const PROVIDER_PREFIX = /^(?:(?:[a-z][a-z0-9]{1,11}[_-]){1,3}|AKIA|ASIA|AGPA|AIDA|AROA|AIza|ya29\.|SG\.|EAA)/;

export function redact(value: string): string {
  const firstLine = value.split(/\r?\n|\\n/, 1)[0] ?? '';
  if (/^-{5}BEGIN /.test(firstLine)) return `${firstLine}…`;
  if (firstLine.length < MIN_REVEALING_LENGTH) return MASK;
  const prefix = PROVIDER_PREFIX.exec(firstLine)?.[0] ?? '';
  const shownPrefix = firstLine.length - prefix.length >= MIN_HIDDEN_AFTER_PREFIX ? prefix : '';
  return `${firstLine.slice(0, shownPrefix.length + 2)}${MASK}`;
}
