/**
 * How sure a finding is, derived from the detector's shape so that hundreds of provider files need
 * no edit (issue 9 "Confidence"):
 * - `high`   the value proves what it is by itself: a distinctive literal prefix (`ghp_`, `AKIA`,
 *            `-----BEGIN`, `https://hooks.slack.com/`) or an embedded checksum;
 * - `medium` the value is opaque and the provider is known only from the context (`PLAID_SECRET=…`,
 *            a connection string's password);
 * - `low`    name-based catch-alls (`password = …`): the generic detectors.
 * A detector states `confidence` only when the derivation is wrong for it.
 */
import type { Confidence, DetectorKind } from '../../types.js';

export const CONFIDENCE_LEVELS: readonly Confidence[] = ['low', 'medium', 'high'];

/** Orders levels: `atLeast('medium', 'high')` is true. */
export function atLeast(minimum: Confidence, level: Confidence): boolean {
  return CONFIDENCE_LEVELS.indexOf(level) >= CONFIDENCE_LEVELS.indexOf(minimum);
}

/** One literal character at `source[i]`: its text and width, or undefined at a regex construct. */
function literalAt(source: string, i: number): { text: string; width: number } | undefined {
  const c = source[i];
  if (c === undefined) return undefined;
  if (c === '\\') {
    const next = source[i + 1];
    // `\w`, `\d`, `\s`, `\b`, `\k<…>`, `\u…`: classes and assertions, not literals.
    return next !== undefined && /[^A-Za-z0-9]/.test(next) ? { text: next, width: 2 } : undefined;
  }
  return /[A-Za-z0-9_\-:/@=,;!#%&<>~]/.test(c) ? { text: c, width: 1 } : undefined;
}

/** The literal run at `from`, minus a last character made optional by a quantifier (`ab?`, `ab*`, `ab{0,1}`). */
function literalRun(source: string, from: number): { text: string; end: number } {
  let text = '';
  let i = from;
  for (let char = literalAt(source, i); char; char = literalAt(source, i)) {
    text += char.text;
    i += char.width;
  }
  if (/^[?*{]/.test(source.slice(i)) && text.length > 0) text = text.slice(0, -1);
  return { text, end: i };
}

/** `(?:ab|cd)…` at `from`: the shortest purely literal alternative, or undefined when one is not literal. */
function literalAlternatives(source: string, from: number): string | undefined {
  if (!source.startsWith('(?:', from)) return undefined;
  const texts: string[] = [];
  let i = from + 3;
  for (;;) {
    const run = literalRun(source, i);
    texts.push(run.text);
    i = run.end;
    if (source[i] === '|') i++;
    else if (source[i] === ')' && !/^[?*{]/.test(source.slice(i + 1))) break;
    else return undefined;
  }
  return texts.reduce((shortest, text) => (text.length < shortest.length ? text : shortest));
}

/** Skips leading assertions (`(?<![…])`, `(?<!…)`, `\b`, `^`) before the first matched character. */
function skipAssertions(source: string, from: number): number {
  let i = from;
  for (;;) {
    if (source.startsWith('\\b', i) || source[i] === '^') i += source[i] === '^' ? 1 : 2;
    else if (source.startsWith('(?<!', i) || source.startsWith('(?<=', i) || source.startsWith('(?!', i) || source.startsWith('(?=', i)) {
      let depth = 0;
      let inClass = false;
      for (; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') i++;
        else if (inClass) inClass = c !== ']';
        else if (c === '[') inClass = true;
        else if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
      i++;
    } else return i;
  }
}

/** The literal text every match of the secret (or of the whole pattern) starts with: `ghp_`, `AKIA`, ''. */
export function literalPrefixOf(pattern: RegExp): string {
  const source = pattern.source;
  const group = source.indexOf('(?<secret>');
  const start = skipAssertions(source, group >= 0 ? group + '(?<secret>'.length : 0);
  return literalAlternatives(source, start) ?? literalRun(source, start).text;
}

/**
 * Prefixes several providers (or plain words) share: `sk_` is Stripe's, Clerk's and ElevenLabs';
 * `live_`, `api-`, `key-` and a bare URL scheme say nothing about whose value it is.
 */
const SHARED_PREFIXES = new Set([
  'sk-',
  'sk_',
  'pk-',
  'pk_',
  'rk_',
  'cs_',
  're_',
  'pa-',
  'as-',
  'st.',
  'sl.',
  'fc-',
  'cu_',
  'api-',
  'api_',
  'key-',
  'sdk-',
  'pat-',
  'live',
  'test',
  'base64:',
  'secret_',
  'secret-',
  'private_',
  'access-',
  'token',
  'bearer',
]);

/**
 * A prefix that names its provider: four characters or more (`AKIA`, `glpat-`), or three with a
 * separator (`SG.`, `hf_`), and not one of the shared ones. A URL counts by its host
 * (`https://hooks.slack.com/`), never by its scheme. Case-insensitive patterns (`i` flag) never
 * count: a prefix then matches ordinary words.
 */
export function isDistinctivePrefix(prefix: string, flags = ''): boolean {
  if (flags.includes('i')) return false;
  const rest = prefix.replace(/^https?(?::\/\/)?/i, '');
  if (rest !== prefix) return rest.length >= 6 && rest.includes('.');
  if (SHARED_PREFIXES.has(prefix.toLowerCase())) return false;
  return prefix.length >= 4 || (prefix.length === 3 && /[^A-Za-z0-9]/.test(prefix));
}

export function derivedConfidence(kind: DetectorKind, pattern: RegExp): Confidence {
  if (kind === 'generic') return 'low';
  return isDistinctivePrefix(literalPrefixOf(pattern), pattern.flags) ? 'high' : 'medium';
}
