/**
 * No detectors left here: the AI / ML providers live in ai/<provider>.ts (issue 13), and every helper
 * below has a kit equivalent (kit/patterns.ts, kit/validators.ts). This module only keeps the old
 * builders (`detector`, `contextual`) and helpers for the unconverted theme files observability.ts and
 * identity.ts; delete it once they are converted.
 */
import { alphabet, ci } from '../patterns.js';
import type { Detector, DetectorGuide, Example, PostValidator } from '../types.js';
import { fakeUuid } from '../fake.js';
import { UUID } from '../patterns.js';
export { fakeUuid, UUID };

// ---------------------------------------------------------------------------------------------
// Shared helpers (observability.ts, identity.ts)
// ---------------------------------------------------------------------------------------------

/** What may not follow a value: another token character (same as `assignment()`). */
export const VALUE_END = '(?![A-Za-z0-9_+/=-])';
/** What may not precede a value that is not introduced by a separator. */
export const VALUE_START = '(?<![A-Za-z0-9_+/.-])';
const NAME_CHAR = '[A-Za-z0-9_.-]';
/**
 * `: Type` annotations between a name and `=` (Rust `KEY: &str =`, TypeScript `key: string =`,
 * Kotlin `val key: String =`), and Go's `var key string =`.
 */
const TYPE_ANNOTATION = `(?:\\s*:\\s*&?(?:'static\\s+)?[A-Za-z][A-Za-z0-9_.<>?]{0,30}(?=\\s*=)|\\s+[sS]tring(?=\\s*=))?`;
/** The separator grammar of `patterns.assignment()`, plus a wrapping call and an opening quote. */
const SEPARATOR = `${TYPE_ANNOTATION}(?:["'\`]?\\]?\\s*(?::=|=>|==|=|:|\\s)\\s*|>)(?:[A-Za-z]+\\s*\\(\\s*)?[@"'\`]?`;

/**
 * Lead fragment: a name containing one of `fragments` (regex, already case-folded), then a separator.
 * The name starts at a non-name character, so a long run of name characters costs one attempt,
 * not one per character (linear time on adversarial input).
 */
export function assignedTo(fragments: readonly string[]): string {
  return `(?<![A-Za-z0-9_.-])${NAME_CHAR}{0,60}(?:${fragments.join('|')})${NAME_CHAR}{0,40}${SEPARATOR}`;
}

/**
 * Lead fragment: one of `fragments`, then up to `gap` characters on the same line, then a delimiter.
 * For values passed as call arguments, config tuples (`config :x_datadog, :api_key, "…"`), CLI flags.
 */
export function after(fragments: readonly string[], gap = 40): string {
  return `(?:${fragments.join('|')})[^\\r\\n]{0,${gap}}?[\\s"'\`=:,(>\\[]`;
}

/** A pattern: any of the `leads`, then the `secret` of the given shape, then `end`. */
export function leadThen(leads: readonly string[], value: string, end = VALUE_END): RegExp {
  return new RegExp(`(?:${leads.join('|')})(?<secret>${value})${end}`);
}

/** Case-insensitive name fragments joined by up to 20 name characters: `nameWith('datadog', 'app')`. */
export function nameWith(...parts: string[]): string {
  return parts.map(ci).join(`${NAME_CHAR}{0,20}`);
}

/** Case-insensitive literals, for `assignedTo` / `after`. */
export function cis(...literals: string[]): string[] {
  return literals.map(ci);
}

export const LETTERS = alphabet('A-Za-z');

/** Random tokens mix at least two of lower case, upper case and digits; identifiers and words do not. */
export const hasOneCharacterClass: PostValidator = ({ value }) => {
  const classes = Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value));
  return classes < 2 ? 'single character class' : undefined;
};

/** Hex secrets are random: a run of digits only (a number, a date) or letters only is something else. */
export const isNotMixedHex: PostValidator = ({ value }) => (/[0-9]/.test(value) && /[a-fA-F]/.test(value) ? undefined : 'hex without both letters and digits');

/** Rejects when the variable name (group `name`, or the whole match) mentions one of the words. */
export function nameMentions(...words: string[]): PostValidator {
  const re = new RegExp(words.join('|'), 'i');
  return ({ match, value }) => (re.test(match.slice(0, Math.max(0, match.lastIndexOf(value)))) ? 'public counterpart' : undefined);
}

export interface SimpleSpec {
  readonly id: string;
  readonly title: string;
  readonly keywords: readonly string[];
  readonly pattern: RegExp;
  readonly line?: boolean;
  readonly minEntropy?: number;
  readonly post?: readonly PostValidator[];
  readonly precedence?: number;
  readonly positive: readonly Example[];
  readonly negative: readonly Example[];
  readonly guide: DetectorGuide;
}

/** A `specific` detector from the fields that vary. */
export function detector(spec: SimpleSpec): Detector {
  return {
    id: spec.id,
    title: spec.title,
    kind: 'specific',
    keywords: spec.keywords,
    ...(spec.line ? { keywordScope: 'line' as const } : {}),
    pattern: spec.pattern,
    ...(spec.post ? { post: spec.post } : {}),
    ...(spec.minEntropy !== undefined ? { minEntropy: spec.minEntropy } : {}),
    ...(spec.precedence !== undefined ? { precedence: spec.precedence } : {}),
    examples: { positive: spec.positive, negative: spec.negative },
    guide: spec.guide,
  };
}

interface ContextSpec {
  readonly id: string;
  readonly title: string;
  /** Lower-case provider words: keywords and name fragments. */
  readonly words: readonly string[];
  /** Extra leads (regex) besides `NAME=` with a provider word in the name. */
  readonly leads?: readonly string[];
  /** Name fragments (regex) overriding `words` in the `NAME=` lead. */
  readonly names?: readonly string[];
  /** The value shape is distinctive (`sk-` + hex): match it anywhere on a line that names the provider. */
  readonly bare?: boolean;
  readonly value: string;
  /** Variable name of the first positive example (default `<WORD>_API_KEY`). */
  readonly envName?: string;
  readonly sample: string;
  readonly positive?: readonly Example[];
  readonly negative: readonly Example[];
  readonly post?: readonly PostValidator[];
  readonly minEntropy?: number;
  readonly precedence?: number;
  readonly guide: DetectorGuide;
}

/** Un-prefixed secret next to its provider's name on the same line. */
export function contextual(spec: ContextSpec): Detector {
  const envName = spec.envName ?? `${spec.words[0]!.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_API_KEY`;
  return detector({
    id: spec.id,
    title: spec.title,
    keywords: spec.words,
    line: true,
    pattern: spec.bare ? new RegExp(`${VALUE_START}(?<secret>${spec.value})${VALUE_END}`) : leadThen([assignedTo(spec.names ?? cis(...spec.words)), ...(spec.leads ?? [])], spec.value),
    ...(spec.post ? { post: spec.post } : {}),
    ...(spec.minEntropy !== undefined ? { minEntropy: spec.minEntropy } : {}),
    ...(spec.precedence !== undefined ? { precedence: spec.precedence } : {}),
    positive: [`${envName}=«${spec.sample}»`, ...(spec.positive ?? [])],
    negative: [`${envName}=\${${envName}}`, ...spec.negative],
    guide: spec.guide,
  });
}
