/**
 * No detectors left here: the package-registry providers live in registries/<provider>.ts (issue 13).
 * What remains is what the unconverted theme files ci.ts and bitbucket.ts still import from this
 * module; delete this file once they are converted (the kit's equivalent is
 * `providerKindName([ci(provider)], kinds, { gap: 24 })`).
 */
import { fakeUuid } from '../fake.js';
import { ci } from '../patterns.js';
export { fakeUuid };

/**
 * `<provider>…<kind>` in a variable name, case-insensitive: CLOUDSMITH_API_KEY, circleci_api_token,
 * hexpmKey. Lazy and bounded, so that repeated provider names cannot blow up the backtracking.
 */
export function providerName(provider: string, kinds: readonly string[]): string {
  return `${ci(provider)}[A-Za-z0-9_.-]{0,24}?(?:${kinds.map(ci).join('|')})`;
}
