/**
 * ButterCMS credentials. Shape: 40 [a-z0-9] (XCHK: KF buttercms.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'buttercms.api-token',
    title: 'ButterCMS API token',
    keywords: ['buttercms', 'butter_cms', 'butter-cms', 'butter.cms'],
    providers: [phrase('butter cms')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token', 'read token', 'write token'],
    value: '[a-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads the site content (pages, posts, collections); a write-enabled token also creates and edits content.',
      revoke: 'ButterCMS → Settings → API tokens → regenerate.',
      url: 'https://buttercms.com/settings/',
    },
  }),
];
