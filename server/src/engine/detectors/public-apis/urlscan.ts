/** urlscan (long tail of providers, issue 9 §3): urlscan.io. */
import { contextual, type Detector, hasRunOf, phraseAfterNonLetter, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'urlscan.api-key',
    title: 'urlscan.io API key',
    keywords: ['urlscan', 'url_scan', 'url-scan', 'url.scan'],
    providers: [phraseAfterNonLetter('url scan')],
    kinds: ['key', 'token', 'secret'],
    // A UUID (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: UUID,
    post: [hasRunOf(6)],
    guide: {
      grants: 'Submits scans and searches urlscan.io results as the user, including private scans visible to the account.',
      revoke: 'urlscan.io → Settings & API → API keys → delete the key and create a new one.',
      url: 'https://urlscan.io/user/profile/',
    },
  }),
];
