/** zenscrape (long tail of providers, issue 9 §3): Zenscrape. */
import { contextual, type Detector, hasRunOf, phraseAfterNonLetter, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'zenscrape.api-key',
    title: 'Zenscrape API key',
    keywords: ['zenscrape', 'zen_scrape', 'zen-scrape', 'zen.scrape'],
    providers: [phraseAfterNonLetter('zen scrape')],
    kinds: ['key', 'token', 'secret'],
    // A UUID (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: UUID,
    post: [hasRunOf(6)],
    guide: {
      grants: "Sends scraping requests through Zenscrape on the account's credits.",
      revoke: 'Zenscrape dashboard → API key → regenerate.',
      url: 'https://app.zenscrape.com/',
    },
  }),
];
