/** imagekit (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { defineDetector, type Detector, STORE_IN_PLATFORM_SECRET_STORE, VALUE_END, VALUE_START } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'imagekit.private-key',
    title: 'ImageKit private API key',
    keywords: ['imagekit'],
    pattern: () => new RegExp(`${VALUE_START}(?<secret>${'private_[A-Za-z0-9+/=]{28}'})${VALUE_END}`),
    minEntropy: 3.8,
    guide: {
      grants: 'Uploads, lists and deletes every file of the ImageKit account and signs URLs.',
      revoke: 'ImageKit → Developer options → API keys → regenerate the private key.',
      url: 'https://imagekit.io/dashboard/developer/api-keys',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
