/** shotstack (long tail of providers, issue 9 §3): Shotstack. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'shotstack.api-key',
    title: 'Shotstack API key',
    keywords: ['shotstack', 'shot_stack', 'shot-stack', 'shot.stack'],
    providers: [phraseAfterNonLetter('shot stack')],
    kinds: ['key', 'token', 'secret'],
    // 40 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{40}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Renders videos and manages assets on the Shotstack account's render credits.",
      revoke: 'Shotstack dashboard → API keys → regenerate the key of the environment.',
      url: 'https://dashboard.shotstack.io/keys',
    },
  }),
];
