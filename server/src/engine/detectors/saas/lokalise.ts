/** lokalise (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, defineDetector, type Detector, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'lokalise.api-token',
    title: 'Lokalise API token',
    keywords: ['lokalise'],
    pattern: () => assignment(providerNames(['lokalise']), '[0-9a-f]{40}'),
    minEntropy: 3.0,
    guide: {
      grants:
        'Acts as the user on Lokalise: read and change projects, keys, translations, files and contributors (read-only tokens only read).',
      revoke: 'Lokalise → avatar → Personal profile → API tokens → Delete.',
      url: 'https://app.lokalise.com/profile#apitokens',
    },
  }),
];
