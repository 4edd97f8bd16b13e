/** sanity (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, defineDetector, type Detector, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'sanity.api-token',
    title: 'Sanity API token',
    keywords: ['sanity'],
    // `sk` + ~180 base62 (unverified): require the provider in the name.
    pattern: () => assignment(providerNames(['sanity']), 'sk[A-Za-z0-9]{100,250}'),
    minEntropy: 4.0,
    guide: {
      grants:
        "Reads the project's datasets including drafts; Editor/Deploy tokens also write documents, manage datasets or deploy studios.",
      revoke: 'sanity.io/manage → the project → API → Tokens → Delete.',
      url: 'https://www.sanity.io/manage',
    },
  }),
];
