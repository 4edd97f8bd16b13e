/** honeybadger (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { B62, defineDetector, type Detector, hasOneCharacterClass, prefixedToken, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'honeybadger.personal-token',
    title: 'Honeybadger personal auth token',
    keywords: ['hbp_'],
    scope: 'document',
    pattern: () => prefixedToken('hbp_', B62, 36),
    post: [(c) => hasOneCharacterClass({ ...c, value: c.value.slice(4) })],
    guide: {
      grants: 'Calls the Honeybadger Data API as the user: reads projects, errors and their payloads, changes settings.',
      revoke: 'Honeybadger → User settings → Authentication → revoke the personal token.',
      url: 'https://app.honeybadger.io/users/edit#authentication',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
