/** amplitude (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import {
  assignedTo,
  defineDetector,
  type Detector,
  isNotMixedHex,
  leadThen,
  nameWith,
  STORE_IN_PLATFORM_SECRET_STORE,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'amplitude.secret-key',
    title: 'Amplitude secret key',
    keywords: ['amplitude'],
    pattern: () => leadThen([assignedTo([nameWith('amplitude', 'secret')])], '[0-9a-f]{32}'),
    post: [isNotMixedHex],
    guide: {
      grants: 'With the (public) API key, exports all events and user data of the project and deletes users.',
      revoke: 'Amplitude → Settings → Projects → the project → General → regenerate the secret key.',
      url: 'https://amplitude.com/docs/apis/authentication',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
