/** zipcodebase (long tail of providers, issue 9 §3): Zipcodebase. */
import { contextual, type Detector, hasRunOf, phraseAfterNonLetter, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'zipcodebase.api-key',
    title: 'Zipcodebase API key',
    keywords: ['zipcodebase', 'zip_code_base', 'zip-code-base', 'zip.code.base', 'zipcode_base'],
    providers: [phraseAfterNonLetter('zip code base')],
    kinds: ['key', 'token', 'secret'],
    // A UUID (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: UUID,
    post: [hasRunOf(6)],
    guide: {
      grants: "Looks up postal codes on the account's monthly credits.",
      revoke: 'Zipcodebase dashboard → API key → regenerate.',
      url: 'https://app.zipcodebase.com/',
    },
  }),
];
