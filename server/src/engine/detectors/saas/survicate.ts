/** survicate (long tail of providers, issue 9 §3): Survicate. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'survicate.api-key',
    title: 'Survicate API key',
    keywords: ['survicate'],
    providers: [phrase('survicate')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads surveys and responses of the Survicate workspace.',
      revoke: 'Survicate → Settings → Access keys → regenerate.',
      url: 'https://panel.survicate.com/',
    },
  }),
];
