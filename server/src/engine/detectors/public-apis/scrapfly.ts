/** scrapfly (long tail of providers, issue 9 §3): Scrapfly web-scraping API. */
import { bodyHasOneCharacterClass, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'scrapfly.api-key',
    title: 'Scrapfly API key',
    keywords: ['scp-live-', 'scp-test-'],
    // `scp-live-` / `scp-test-` + 32 lower-case letters and digits (format facts: Kingfisher rule set).
    body: 'scp-(?:live|test)-[a-z0-9]{32}',
    post: [bodyHasOneCharacterClass('scp-live-')],
    guide: {
      grants: "Sends scraping, screenshot and extraction requests on the account's API credits (test keys: the test project).",
      revoke: 'Scrapfly dashboard → the project → API keys → rotate the key.',
      url: 'https://scrapfly.io/dashboard',
    },
  }),
];
