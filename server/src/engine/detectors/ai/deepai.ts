/**
 * DeepAI credentials. Shape: UUID (XCHK: KF deepai.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, hasRunOf, phrase, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'deepai.api-key',
    title: 'DeepAI API key',
    keywords: ['deepai'],
    providers: [phrase('deepai')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: UUID,
    post: [hasRunOf(8)],
    guide: {
      grants: "Runs DeepAI's image and text models billed to the account.",
      revoke: 'DeepAI dashboard → API key → regenerate.',
      url: 'https://deepai.org/dashboard/profile',
    },
  }),
];
