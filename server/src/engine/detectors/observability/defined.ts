/** defined (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { defineDetector, type Detector, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'defined.api-token',
    title: 'Defined Networking (Managed Nebula) API key',
    keywords: ['dnkey-'],
    scope: 'document',
    pattern: /(?<![A-Za-z0-9_-])(?<secret>dnkey-[A-Z0-9]{26}-[A-Z0-9]{52})(?![A-Za-z0-9_-])/,
    guide: {
      grants: 'Manages the Managed Nebula network: enrols hosts (joining the overlay network), changes roles and firewall rules.',
      revoke: 'Defined Networking admin → API Keys → delete the key.',
      url: 'https://admin.defined.net/settings/api-keys',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
