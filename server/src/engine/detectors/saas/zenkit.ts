/** zenkit (long tail of providers, issue 9 §3): Zenkit. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'zenkit.api-key',
    title: 'Zenkit API key',
    keywords: ['zenkit', 'zen_kit', 'zen-kit', 'zen.kit'],
    providers: [phraseAfterNonLetter('zen kit')],
    kinds: ['key', 'token', 'secret'],
    // 8 lower-case letters and digits + `-` + 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's
    // name in the variable name says what it is.
    value: '[0-9a-z]{8}-[0-9A-Za-z]{32}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and changes the user's Zenkit collections, items and comments.",
      revoke: 'Zenkit → Settings → API keys → delete the key and create a new one.',
      url: 'https://zenkit.com/',
    },
  }),
];
