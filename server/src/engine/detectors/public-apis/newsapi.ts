/** newsapi (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignmentOr, defineDetector, type Detector, names, providerNames, urlParam } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'newsapi.api-key',
    title: 'NewsAPI key',
    keywords: ['newsapi', 'news_api'],
    pattern: () =>
      assignmentOr(providerNames(['newsapi', 'news_api'], names('key', 'token')), '[0-9a-f]{32}', [urlParam('newsapi\\.org', 'apiKey')]),
    minEntropy: 3.0,
    guide: {
      grants: "Calls NewsAPI on the account's plan quota.",
      revoke: 'newsapi.org/account → regenerate the API key.',
      url: 'https://newsapi.org/account',
    },
  }),
];
