/** paralleldots (text-analysis API): AI / ML platforms. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_AI_PLATFORM_KEY } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'paralleldots.api-key',
    title: 'ParallelDots API key',
    keywords: ['paralleldots'],
    providers: [phrase('paralleldots')],
    kinds: ['key', 'token', 'secret'],
    // 43 [A-Za-z0-9] under a `paralleldots` name.
    value: '[A-Za-z0-9]{43}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs ParallelDots text and image analysis on the account's quota.",
      revoke: 'ParallelDots user dashboard → API key → regenerate.',
      url: 'https://user.apis.paralleldots.com/',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
