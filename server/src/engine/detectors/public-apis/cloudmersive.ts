/**
 * Cloudmersive credentials. Shape: UUID (XCHK: KF cloudmersive.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, hasRunOf, phrase, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'cloudmersive.api-key',
    title: 'Cloudmersive API key',
    keywords: ['cloudmersive'],
    providers: [phrase('cloudmersive')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: UUID,
    post: [hasRunOf(8)],
    guide: {
      grants: 'Calls Cloudmersive conversion, OCR, virus-scan and validation APIs billed to the account.',
      revoke: 'Cloudmersive account → API keys → delete the key.',
      url: 'https://account.cloudmersive.com/keys',
    },
  }),
];
