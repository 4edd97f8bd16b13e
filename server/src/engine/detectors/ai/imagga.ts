/** imagga (image-recognition API): AI / ML platforms. */
import { contextual, type Detector, isNotMixedHex, phrase, STORE_AI_PLATFORM_KEY } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'imagga.api-secret',
    title: 'Imagga API secret',
    keywords: ['imagga'],
    providers: [phrase('imagga')],
    kinds: ['secret'],
    // The secret half of the Basic-auth pair (the key is `acc_` + hex and names the account): 32 hex under an `imagga…secret` name.
    value: '[0-9a-f]{32}',
    post: [isNotMixedHex],
    guide: {
      grants: "With the API key, tags, categorizes and crops images on the account's quota.",
      revoke: 'imagga.com → Dashboard → API details → reset the API secret.',
      url: 'https://imagga.com/profile/dashboard',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
