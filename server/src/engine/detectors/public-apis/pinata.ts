/** pinata (CREDENTIAL-FORMATS.md §12, social networks, media and public-data APIs). */
import { assignment, defineDetector, type Detector, JWT_SHORT_PARTS, names, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'pinata.api-secret',
    title: 'Pinata API secret',
    keywords: ['pinata'],
    pattern: () => assignment(providerNames(['pinata'], names('secret')), '[0-9a-f]{64}'),
    minEntropy: 3.0,
    guide: {
      grants: "With the API key, pins, lists and unpins files on the account's IPFS storage and gateways.",
      revoke: 'app.pinata.cloud → API Keys → the key → Revoke.',
      url: 'https://app.pinata.cloud/developers/api-keys',
    },
  }),
  defineDetector({
    id: 'pinata.jwt',
    title: 'Pinata API JWT',
    keywords: ['pinata'],
    pattern: () => assignment(providerNames(['pinata'], names('jwt', 'token', 'key')), JWT_SHORT_PARTS),
    guide: {
      grants: "Pins, lists and deletes files on the account's IPFS storage and gateways within the key's scopes.",
      revoke: 'app.pinata.cloud → API Keys → the key → Revoke.',
      url: 'https://app.pinata.cloud/developers/api-keys',
    },
  }),
];
