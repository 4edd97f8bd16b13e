/**
 * Coda credentials. Shape: UUID (XCHK: KF coda.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, hasRunOf, phraseAfterNonLetter, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'coda.api-token',
    title: 'Coda API token',
    keywords: ['coda'],
    providers: [`${phraseAfterNonLetter('coda')}(?![Cc][Yy])`],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: UUID,
    post: [hasRunOf(8)],
    guide: {
      grants: "Acts as the Coda user (or within the token's doc restrictions): reads and edits docs, tables and rows.",
      revoke: 'Coda → Account settings → API settings → the token → Delete.',
      url: 'https://coda.io/account',
    },
  }),
];
