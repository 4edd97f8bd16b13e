/** reddit (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, hasOneCharacterClass, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'reddit.client-secret',
    title: 'Reddit app client secret',
    keywords: ['reddit'],
    // 27–30 base64url chars; the client id (14–22 chars) is not secret.
    pattern: () => assignment(providerNames(['reddit'], names('secret')), '[A-Za-z0-9_-]{27,30}'),
    minEntropy: 3.5,
    post: [hasOneCharacterClass],
    guide: {
      grants: 'With the client ID, obtains OAuth tokens as the app (script apps: as the owning account, given its password).',
      revoke: 'reddit.com/prefs/apps → the app → edit → regenerate the secret (or delete the app).',
      url: 'https://www.reddit.com/prefs/apps',
    },
  }),
];
