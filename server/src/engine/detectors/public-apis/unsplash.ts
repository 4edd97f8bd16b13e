/** unsplash (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'unsplash.secret-key',
    title: 'Unsplash secret key',
    keywords: ['unsplash'],
    // The access key (same shape) is the public client id: only `…secret` names.
    pattern: () => assignment(providerNames(['unsplash'], names('secret')), '[A-Za-z0-9_-]{43}'),
    minEntropy: 3.5,
    guide: {
      grants:
        "With the access key, exchanges users' authorization codes for tokens as your app (upload, like, manage collections for those users).",
      revoke: 'unsplash.com/oauth/applications → the app → Keys → regenerate the secret key.',
      url: 'https://unsplash.com/oauth/applications',
    },
  }),
];
