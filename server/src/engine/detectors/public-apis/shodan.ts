/** shodan (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, hasOneCharacterClass, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'shodan.api-key',
    title: 'Shodan API key',
    keywords: ['shodan'],
    pattern: () => assignment(providerNames(['shodan'], names('key', 'token')), '[A-Za-z0-9]{32}'),
    minEntropy: 3.5,
    post: [hasOneCharacterClass],
    guide: {
      grants: "Uses the account's Shodan query and scan credits, network alerts and saved searches.",
      revoke: 'account.shodan.io → Overview → API Key → Reset.',
      url: 'https://account.shodan.io',
    },
  }),
];
