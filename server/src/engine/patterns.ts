/**
 * Pattern builders: hundreds of detectors stay uniform and readable when they are declared with
 * the same few shapes (ARCHITECTURE.md, "Declaring hundreds of detectors").
 */

/** An alphabet as a regex class body plus its characters (the latter for generating fakes). */
export interface Alphabet {
  readonly re: string;
  readonly chars: string;
}

export function alphabet(re: string): Alphabet {
  const tester = new RegExp(`^[${re}]$`);
  let chars = '';
  for (let code = 32; code < 127; code++) {
    const ch = String.fromCharCode(code);
    if (tester.test(ch)) chars += ch;
  }
  return { re, chars };
}

export const B62 = alphabet('A-Za-z0-9');
export const B64 = alphabet('A-Za-z0-9+/');
export const B64URL = alphabet('A-Za-z0-9_-');
export const HEX = alphabet('0-9a-f');
export const HEX_ANY = alphabet('0-9a-fA-F');
export const HEX_UPPER = alphabet('0-9A-F');
export const UPPER_DIGITS = alphabet('A-Z0-9');
export const LOWER_DIGITS = alphabet('a-z0-9');
export const BASE32_UPPER = alphabet('A-Z2-7');

/** Escapes regex metacharacters in a literal. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Case-insensitive literal without the `i` flag (so the value's alphabet can stay case-sensitive). */
export function ci(literal: string): string {
  return literal.replace(/[A-Za-z]/g, (ch) => `[${ch.toLowerCase()}${ch.toUpperCase()}]`).replace(/[.*+?^${}()|\\/]/g, (ch) => `\\${ch}`);
}

type Length = number | readonly [min: number, max?: number];

function quantifier(length: Length): string {
  if (typeof length === 'number') return `{${length}}`;
  const [min, max] = length;
  return max === undefined ? `{${min},}` : `{${min},${max}}`;
}

/** Characters that may not touch a token on the left: a letter, digit or `_` means we are inside a longer word. */
const LEFT_BOUNDARY = '(?<![A-Za-z0-9_])';

/**
 * `prefix` + `length` chars of `alpha`, not preceded by a word character and not followed by
 * another char of the alphabet. The whole token is the `secret` group.
 */
export function prefixedToken(prefix: string | readonly string[], alpha: Alphabet, length: Length, suffix = ''): RegExp {
  const prefixes = (typeof prefix === 'string' ? [prefix] : prefix).map(escapeRegex).join('|');
  return new RegExp(`${LEFT_BOUNDARY}(?<secret>(?:${prefixes})[${alpha.re}]${quantifier(length)}${suffix})(?![${alpha.re}])`);
}

/**
 * A value of the given shape assigned to a name matching `names` (regex fragment, matched
 * case-insensitively): `NAME=value`, `name: "value"`, `"name": "value"`, `name := 'value'`,
 * `name => "value"`, `<name>value</name>`, `--name value`. The value is the `secret` group.
 * `valueShape` is a regex fragment; it should carry its own length bounds.
 */
export function assignment(names: string | readonly string[], valueShape: string, options: { readonly valueEnd?: string } = {}): RegExp {
  const nameAlternatives = (typeof names === 'string' ? [names] : names).join('|');
  const valueEnd = options.valueEnd ?? '(?![A-Za-z0-9_+/=-])';
  return new RegExp(
    `(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${nameAlternatives})[A-Za-z0-9_.-]{0,40})` +
      // Separator, or the end of an XML opening tag. Whitespace is bounded and never two unbounded
      // runs in a row: `\s*\s\s*` over a long run of spaces backtracks quadratically.
      `(?:["'\`]?\\]?[ \\t]{0,16}(?::=|=>|==|=|:)[ \\t]{0,16}|["'\`]?\\]?[ \\t]{1,16}(?![ \\t])|>)` +
      `(?:[A-Za-z]+\\s*\\(\\s*)?` + // a wrapping call such as String("…") or SecretStr('…')
      `[@"'\`]?(?<secret>${valueShape})${valueEnd}`,
  );
}

/** Names are regex fragments made case-insensitive without the `i` flag. */
export function names(...literals: string[]): string[] {
  return literals.map(ci);
}

/** A canonical UUID (any case): ids that providers also use as secrets when the name says so. */
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Words joined by an optional `_`, `.` or `-`, case-insensitive: `api key` → API_KEY, apiKey, api.key. */
export function phrase(words: string): string {
  return words.split(' ').map(ci).join('[_.-]?');
}

/** As `phrase`, but not glued to a preceding letter (for short names such as `cio`, `mj`). */
export function phraseAfterNonLetter(words: string): string {
  return `(?<![A-Za-z])${phrase(words)}`;
}
