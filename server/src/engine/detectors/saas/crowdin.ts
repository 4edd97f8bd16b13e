/** crowdin (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, defineDetector, type Detector, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'crowdin.pat',
    title: 'Crowdin personal access token',
    keywords: ['crowdin'],
    pattern: () => assignment(providerNames(['crowdin']), '[0-9a-f]{80}'),
    minEntropy: 3.0,
    guide: {
      grants: "Acts as the user on Crowdin's API v2 within the token's scopes: projects, source files, translations, members.",
      revoke: 'Crowdin → Account settings → API → Personal Access Tokens → Delete.',
      url: 'https://crowdin.com/settings#api-key',
    },
  }),
];
