/** cloudinary (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { defineDetector, type Detector, hasOneCharacterClass, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'cloudinary.url',
    title: 'Cloudinary credentials URL',
    keywords: ['cloudinary://'],
    scope: 'document',
    pattern: /cloudinary:\/\/(?<api_key>\d{12,18}):(?<secret>[A-Za-z0-9_-]{20,40})@(?<cloud>[A-Za-z0-9_-]{1,64})/,
    post: [hasOneCharacterClass],
    guide: {
      grants: 'Uploads, transforms and deletes every asset of the Cloudinary product environment, billed to it.',
      revoke: 'Cloudinary console → Settings → API Keys → generate a new key pair, deploy it, then deactivate the old key.',
      url: 'https://console.cloudinary.com/settings/api-keys',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
