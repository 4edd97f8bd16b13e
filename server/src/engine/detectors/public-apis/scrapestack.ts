/** scrapestack (long tail of providers, issue 9 §3): scrapestack. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'scrapestack.api-key',
    title: 'scrapestack API key',
    keywords: ['scrapestack', 'scrape_stack', 'scrape-stack', 'scrape.stack'],
    providers: [phrase('scrape stack')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Sends scraping requests through scrapestack (apilayer) on the subscription's monthly request quota.",
      revoke: 'scrapestack dashboard → Your API access key → Reset.',
      url: 'https://scrapestack.com/dashboard',
    },
  }),
];
