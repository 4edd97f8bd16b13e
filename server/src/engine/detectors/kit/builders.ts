/**
 * One builder per detector shape. Each returns a runtime Detector through `defineDetector`, so
 * every option of DetectorSpec (post, minEntropy, companions, precedence, scope …) is available.
 *
 * - `token`       a token recognisable by itself (a prefix, a fixed structure): `ghp_…`, `xoxb-…`.
 * - `contextual`  an un-prefixed value assigned to a `<provider>…<kind>` name: `PLAID_SECRET=…`.
 * - `uri`         credentials inside a URI / connection string: `scheme://user:password@host`.
 * - multi-part    any builder plus `companions` (`assignedCompanion`, `shapedCompanion`) and
 *                 `requireCompanion: true` when the value means nothing alone.
 * - path-gated    any builder plus `paths` (the detector runs only on matching files), and
 *                 `requirePath` for a path condition checked per candidate.
 * Anything else: `defineDetector({ pattern })` with the kit's pattern fragments.
 */
import type { Alphabet } from '../../patterns.js';
import { prefixedToken } from '../../patterns.js';
import { defineDetector, type DetectorSpec } from './define.js';
import { providerAssignment, tokenPattern, uriPattern, type TokenBoundaries } from './patterns.js';

type Length = number | readonly [min: number, max?: number];

/** A token of `prefix` + `length` characters of `alphabet`: the keywords default to the prefixes. */
export interface PrefixedTokenSpec extends Omit<DetectorSpec, 'pattern' | 'keywords'> {
  readonly prefix: string | readonly string[];
  readonly alphabet: Alphabet;
  readonly length: Length;
  /** A fixed regex tail after the body (`-X` of Flutterwave keys). */
  readonly suffix?: string;
  readonly keywords?: readonly string[];
}

/** A token given as a regex fragment, with its boundaries: for structures a prefix + alphabet cannot say. */
export interface ShapedTokenSpec extends Omit<DetectorSpec, 'pattern'>, TokenBoundaries {
  readonly body: string;
}

export function token(spec: PrefixedTokenSpec | ShapedTokenSpec): ReturnType<typeof defineDetector> {
  if ('body' in spec) {
    const { body, left, right, ...rest } = spec;
    return defineDetector({ ...rest, pattern: () => tokenPattern(body, { ...(left ? { left } : {}), ...(right ? { right } : {}) }) });
  }
  const { prefix, alphabet, length, suffix, keywords, ...rest } = spec;
  const prefixes = typeof prefix === 'string' ? [prefix] : [...prefix];
  return defineDetector({ ...rest, keywords: keywords ?? prefixes, pattern: () => prefixedToken(prefixes, alphabet, length, suffix) });
}

/** An un-prefixed secret assigned to a name holding one of `providers` and then one of `kinds`. */
export interface ContextualSpec extends Omit<DetectorSpec, 'pattern'> {
  /** Regex fragments: `phrase('lemon squeezy')`, `phraseAfterNonLetter('rzp')`. */
  readonly providers: readonly string[];
  /** Phrases: `'client secret'`, `'api key'` (matched as CLIENT_SECRET, clientSecret, client.secret). */
  readonly kinds: readonly string[];
  /** Regex fragment of the value with its own length bounds: `'[0-9a-f]{32}'`. */
  readonly value: string;
  /** Name characters allowed between provider and kind (default 20). */
  readonly gap?: number;
}

export function contextual(spec: ContextualSpec): ReturnType<typeof defineDetector> {
  const { providers, kinds, value, gap, ...rest } = spec;
  // The value is opaque: only the provider's name beside it says what it is.
  return defineDetector({
    confidence: 'medium',
    ...rest,
    pattern: () => providerAssignment(providers, kinds, value, gap === undefined ? {} : { gap }),
  });
}

/** `scheme://user:password@host`: the password is the secret, user and host are parts. */
export interface UriSpec extends Omit<DetectorSpec, 'pattern'> {
  /** Regex fragment of the scheme alternatives, matched case-insensitively: `'postgres(?:ql)?'`. */
  readonly schemes: string;
  readonly driverSuffix?: boolean;
}

export function uri(spec: UriSpec): ReturnType<typeof defineDetector> {
  const { schemes, driverSuffix, ...rest } = spec;
  // The scheme says what the password opens, the password itself proves nothing.
  return defineDetector({
    confidence: 'medium',
    ...rest,
    pattern: () => uriPattern(schemes, driverSuffix === undefined ? {} : { driverSuffix }),
  });
}
