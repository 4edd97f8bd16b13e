/** onelogin (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import { assignedTo, defineDetector, type Detector, isNotMixedHex, leadThen, nameWith, STORE_IN_SECRET_MANAGER } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'onelogin.client-secret',
    title: 'OneLogin API client secret',
    keywords: ['onelogin'],
    pattern: () => leadThen([assignedTo([nameWith('onelogin', 'secret')])], '[0-9a-f]{64}'),
    post: [isNotMixedHex],
    guide: {
      grants: "With its client id, calls the OneLogin API with the credential's scope (up to managing users, apps and roles).",
      revoke: 'OneLogin admin → Developers → API Credentials → the credential → delete it and create a new one.',
      url: 'https://developers.onelogin.com/api-docs/2/getting-started/working-with-api-credentials',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
