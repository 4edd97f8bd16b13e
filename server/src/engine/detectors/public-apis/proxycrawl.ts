/** proxycrawl (crawling API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'proxycrawl.api-key',
    title: 'Crawlbase (ProxyCrawl) token',
    keywords: ['proxycrawl', 'proxy_crawl', 'crawlbase'],
    providers: [phrase('proxy crawl'), phrase('crawlbase')],
    kinds: ['key', 'token', 'secret'],
    // 22 [A-Za-z0-9_] under a `proxycrawl` / `crawlbase` name (normal and JavaScript tokens).
    value: '[A-Za-z0-9_]{22}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Crawls and scrapes pages through Crawlbase on the account's paid requests.",
      revoke: 'crawlbase.com → Account → Docs & tokens → regenerate the tokens.',
      url: 'https://crawlbase.com/dashboard/account/docs',
    },
  }),
];
