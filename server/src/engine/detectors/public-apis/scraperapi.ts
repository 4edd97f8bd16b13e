/** scraperapi (long tail of providers, issue 9 §3): ScraperAPI. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'scraperapi.api-key',
    title: 'ScraperAPI API key',
    keywords: ['scraperapi', 'scraper_api', 'scraper-api', 'scraper.api'],
    providers: [phrase('scraper api')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Sends scraping requests through ScraperAPI on the account's request credits.",
      revoke: 'ScraperAPI dashboard → API key → Reset.',
      url: 'https://dashboard.scraperapi.com/',
    },
  }),
];
