/** storyblok (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, ci, defineDetector, type Detector, hasOneCharacterClass, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'storyblok.token',
    title: 'Storyblok preview / management token',
    keywords: ['storyblok'],
    // Shapes vary by token type (unverified): a minimum length and entropy.
    pattern: () =>
      assignment(
        providerNames(
          ['storyblok'],
          ['token', 'key', 'secret', 'pat'].map((x) => ci(x)),
        ),
        '[A-Za-z0-9_-]{20,70}',
      ),
    minEntropy: 3.5,
    post: [hasOneCharacterClass],
    guide: {
      grants:
        'Preview tokens read draft (unpublished) content; personal access tokens manage spaces, stories, assets and users through the Management API.',
      revoke:
        'Storyblok → Space settings → Access tokens → delete the token; personal tokens: My account → Personal access tokens → Remove.',
      url: 'https://app.storyblok.com/#/me/account?tab=token',
    },
  }),
];
