/**
 * Post-validators shared by provider files. Each returns the reason to reject a candidate, or
 * undefined to keep it, and is named after what it rejects. One definition each: the theme files
 * had three `lacksLetterAndDigit`, two `requireNearby` (one in characters, one in lines) and
 * three "one character class" checks under different names.
 */
import { isPlaceholder, isTemplated } from '../../post-validators/values.js';
import type { CandidateContext, PostValidator } from '../../types.js';
import { decodeBase64 } from './codecs.js';

/** Random keys mix letters and digits; identifiers and words usually do not. */
export const lacksLetterAndDigit: PostValidator = ({ value }) => (/[0-9]/.test(value) && /[A-Za-z]/.test(value) ? undefined : 'no mix of letters and digits');

/** Random base62/base64 secrets of 24+ characters practically always mix lower, upper and digits. */
export const lacksMixedClasses: PostValidator = ({ value }) => (/[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value) ? undefined : 'not mixed-case alphanumeric');

/** Random tokens use at least two of lower case, upper case and digits (`PLATFORMOPSBACKLOG` does not). */
export const hasOneCharacterClass: PostValidator = ({ value }) =>
  Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value)) < 2 ? 'single character class' : undefined;

const bodyOf = (value: string, prefix: string) => value.slice(prefix.length);

/**
 * `hasOneCharacterClass` on the part after `prefix`: the prefix itself often mixes classes (`r8_`,
 * `pplx-`, `rpa_`), so a word-like body after it would otherwise pass (replicate, perplexity, xai …).
 */
export function bodyHasOneCharacterClass(prefix: string): PostValidator {
  return (candidate) => hasOneCharacterClass({ ...candidate, value: bodyOf(candidate.value, prefix) });
}

/** Hex secrets are random: a run of digits only (a number, a date) or letters only is something else. */
export const isNotMixedHex: PostValidator = ({ value }) => (/[0-9]/.test(value) && /[a-fA-F]/.test(value) ? undefined : 'hex without both letters and digits');

/** A pure hex value in a base64 slot is a digest or a commit id, not the secret. */
export const isHexOnly: PostValidator = ({ value }) => (/^[0-9a-fA-F]+$/.test(value) ? 'hex only' : undefined);

/** `00000000-0000-…`, `aaaaaaaa`: a run of `length` identical characters (random secrets never have one). */
export function hasRunOf(length: number): PostValidator {
  const run = new RegExp(`(.)\\1{${length - 1},}`);
  return ({ value }) => (run.test(value) ? 'repeated characters' : undefined);
}

/** Rejects well-known values (emulator keys, documentation samples). */
export function rejectValues(values: readonly string[], reason: string): PostValidator {
  const set = new Set(values);
  return ({ value }) => (set.has(value) ? reason : undefined);
}

/** Rejects when the text before the value in the match (the variable name) mentions one of the words: `…PUBLIC_KEY=`. */
export function nameMentions(words: readonly string[], reason = 'public counterpart'): PostValidator {
  const re = new RegExp(words.join('|'), 'i');
  return ({ match, value }) => (re.test(match.slice(0, Math.max(0, match.lastIndexOf(value)))) ? reason : undefined);
}

/** How far around the secret to look: whole lines above and below (the unit of every "nearby"). */
export interface Nearby {
  readonly lines: number;
}

/** Cap of the window on each side, so that one huge line cannot make a validator quadratic. */
const NEARBY_CAP = 8192;

/** The text of the secret's line(s) plus `lines` lines above and below (capped at 8 KiB each side). */
export function nearbyText({ text, range }: Pick<CandidateContext, 'text' | 'range'>, { lines }: Nearby): string {
  let from = range[0];
  for (let i = 0; i <= lines && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
  let to = range[1];
  for (let i = 0; i <= lines && to < text.length && to !== -1; i++) {
    const next = text.indexOf('\n', to + 1);
    to = next === -1 ? text.length : next;
  }
  return text.slice(Math.max(0, from, range[0] - NEARBY_CAP), Math.min(to, range[1] + NEARBY_CAP));
}

/** Keeps the candidate only when `context` occurs within `near.lines` lines of it. */
export function requireNearby(context: RegExp, near: Nearby, reason: string): PostValidator {
  return (candidate) => (context.test(nearbyText(candidate, near)) ? undefined : reason);
}

/** Rejects the candidate when `context` occurs within `near.lines` lines of it. */
export function rejectNearby(context: RegExp, near: Nearby, reason: string): PostValidator {
  return (candidate) => (context.test(nearbyText(candidate, near)) ? reason : undefined);
}

/** Keeps the candidate only in files whose path (with `/` separators) matches. */
export function requirePath(pattern: RegExp, reason: string): PostValidator {
  return ({ path }) => (path !== undefined && pattern.test(path.replace(/\\/g, '/')) ? undefined : reason);
}

/** Non-empty printable ASCII: what a decoded password or `user:password` pair must be. */
export function isPrintable(text: string): boolean {
  return text.length > 0 && /^[\x20-\x7e]+$/.test(text);
}

/**
 * Base64 that must decode to `user:password` with a real-looking password (npm `_auth`, Docker
 * `config.json` `auth`): rejects binary, a missing user or password, and templated or placeholder passwords.
 */
export const isNotBasicAuthPair: PostValidator = (candidate) => {
  const decoded = decodeBase64(candidate.value);
  if (!isPrintable(decoded)) return 'does not decode to text';
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return 'does not decode to user:password';
  const password = decoded.slice(colon + 1);
  return isTemplated({ ...candidate, value: password }) ?? isPlaceholder({ ...candidate, value: password });
};
