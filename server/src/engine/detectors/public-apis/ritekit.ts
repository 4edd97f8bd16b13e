/** ritekit (long tail of providers, issue 9 §3): RiteKit. */
import { contextual, type Detector, isNotMixedHex, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'ritekit.api-key',
    title: 'RiteKit API key',
    keywords: ['ritekit', 'rite_kit', 'rite-kit', 'rite.kit'],
    providers: [phraseAfterNonLetter('rite kit')],
    kinds: ['key', 'token', 'secret'],
    // 44 hex (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: '[0-9a-fA-F]{44}',
    minEntropy: 3,
    post: [isNotMixedHex],
    guide: {
      grants: "Calls the RiteKit social-media APIs (hashtags, images, link shortening) on the account's credits.",
      revoke: 'RiteKit developer dashboard → the app → regenerate the client secret.',
      url: 'https://ritekit.com/developer/dashboard/',
    },
  }),
];
