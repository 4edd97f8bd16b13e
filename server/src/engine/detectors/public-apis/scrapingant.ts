/** scrapingant (long tail of providers, issue 9 §3): ScrapingAnt. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'scrapingant.api-key',
    title: 'ScrapingAnt API key',
    keywords: ['scrapingant', 'scraping_ant', 'scraping-ant', 'scraping.ant'],
    providers: [phrase('scraping ant')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Sends scraping requests through ScrapingAnt on the account's credits.",
      revoke: 'ScrapingAnt dashboard → API token → regenerate.',
      url: 'https://app.scrapingant.com/dashboard',
    },
  }),
];
