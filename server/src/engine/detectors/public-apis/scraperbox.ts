/** scraperbox (long tail of providers, issue 9 §3): ScraperBox. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'scraperbox.api-key',
    title: 'ScraperBox API key',
    keywords: ['scraperbox', 'scraper_box', 'scraper-box', 'scraper.box'],
    providers: [phrase('scraper box')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    // SCRAPER_BOX_API_KEY also reads as a Box key name (`_BOX_…_API_KEY`): the longer provider name wins.
    precedence: 1,
    guide: {
      grants: "Sends scraping requests through ScraperBox on the account's credits.",
      revoke: 'ScraperBox dashboard → API token → regenerate.',
      url: 'https://scraperbox.com/dashboard',
    },
  }),
];
