/** packagecloud (package hosting): package registries. */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'packagecloud.api-key',
    title: 'packagecloud API token',
    keywords: ['packagecloud'],
    providers: [phrase('packagecloud')],
    kinds: ['key', 'token', 'secret'],
    // 48 hex under a `packagecloud` name.
    value: '[0-9a-f]{48}',
    post: [isNotMixedHex],
    guide: {
      grants: "Pushes, yanks and reads packages of the user's repositories, including private ones.",
      revoke: 'packagecloud.io → Account → API Token → regenerate.',
      url: 'https://packagecloud.io/api_token',
    },
  }),
];
