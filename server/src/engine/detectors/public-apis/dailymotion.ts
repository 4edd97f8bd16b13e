/** dailymotion (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'dailymotion.api-secret',
    title: 'Dailymotion API secret',
    keywords: ['dailymotion'],
    pattern: () => assignment(providerNames(['dailymotion'], names('secret')), '[0-9a-f]{40}'),
    minEntropy: 3.0,
    guide: {
      grants:
        'With the API key, obtains tokens as your app (and, with a password grant, as the channel owner): upload, edit and delete videos.',
      revoke: 'Dailymotion Partner HQ → Organization → API keys → the key → regenerate the secret or delete the key.',
      url: 'https://www.dailymotion.com/partner',
    },
  }),
];
