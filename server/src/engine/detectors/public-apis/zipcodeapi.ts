/** zipcodeapi (long tail of providers, issue 9 §3): ZipCodeAPI. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'zipcodeapi.api-key',
    title: 'ZipCodeAPI API key',
    keywords: ['zipcodeapi', 'zip_code_api', 'zip-code-api', 'zip.code.api', 'zipcode_api'],
    providers: [phraseAfterNonLetter('zip code api')],
    kinds: ['key', 'token', 'secret'],
    // 64 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{64}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs ZIP-code distance and radius lookups on the account's quota.",
      revoke: 'ZipCodeAPI → account → API key → regenerate.',
      url: 'https://www.zipcodeapi.com/API',
    },
  }),
];
