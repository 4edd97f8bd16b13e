/** sslmate (long tail of providers, issue 9 §3): SSLMate. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'sslmate.api-key',
    title: 'SSLMate API key',
    keywords: ['sslmate', 'ssl_mate', 'ssl-mate', 'ssl.mate'],
    providers: [phraseAfterNonLetter('ssl mate')],
    kinds: ['key', 'token', 'secret'],
    // 36 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{36}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Buys, reissues and revokes certificates and reads Certificate Transparency monitoring for the account.',
      revoke: 'SSLMate → Account → API credentials → regenerate the API key.',
      url: 'https://sslmate.com/account/api_credentials',
    },
  }),
];
