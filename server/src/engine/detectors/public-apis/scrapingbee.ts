/** scrapingbee (long tail of providers, issue 9 §3): ScrapingBee. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'scrapingbee.api-key',
    title: 'ScrapingBee API key',
    keywords: ['scrapingbee', 'scraping_bee', 'scraping-bee', 'scraping.bee'],
    providers: [phrase('scraping bee')],
    kinds: ['key', 'token', 'secret'],
    // 80 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{80}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Sends scraping requests through ScrapingBee on the account's API credits.",
      revoke: 'ScrapingBee dashboard → API key → Regenerate.',
      url: 'https://app.scrapingbee.com/account/manage/api_key',
    },
  }),
];
