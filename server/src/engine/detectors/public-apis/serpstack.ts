/** serpstack (long tail of providers, issue 9 §3): serpstack. */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'serpstack.api-key',
    title: 'serpstack API key',
    keywords: ['serpstack', 'serp_stack', 'serp-stack', 'serp.stack'],
    providers: [phraseAfterNonLetter('serp stack')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Runs search-engine result queries through serpstack (apilayer) on the subscription's quota.",
      revoke: 'serpstack dashboard → Your API access key → Reset.',
      url: 'https://serpstack.com/dashboard',
    },
  }),
];
