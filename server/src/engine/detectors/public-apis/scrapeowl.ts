/** scrapeowl (long tail of providers, issue 9 §3): ScrapeOwl. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'scrapeowl.api-key',
    title: 'ScrapeOwl API key',
    keywords: ['scrapeowl', 'scrape_owl', 'scrape-owl', 'scrape.owl'],
    providers: [phrase('scrape owl')],
    kinds: ['key', 'token', 'secret'],
    // 30 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{30}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Sends scraping requests through ScrapeOwl on the account's credits.",
      revoke: 'ScrapeOwl dashboard → API key → regenerate.',
      url: 'https://app.scrapeowl.com/dashboard',
    },
  }),
];
