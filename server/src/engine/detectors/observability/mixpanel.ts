/** mixpanel (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
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
    id: 'mixpanel.api-secret',
    title: 'Mixpanel API secret',
    keywords: ['mixpanel'],
    pattern: () => leadThen([assignedTo([nameWith('mixpanel', 'secret')])], '[0-9a-f]{32}'),
    post: [isNotMixedHex],
    guide: {
      grants: 'Exports and deletes raw events and user profiles of the project (the project token, by contrast, only sends events).',
      revoke: 'Mixpanel → Project settings → Access keys → reset the API secret; prefer service accounts.',
      url: 'https://docs.mixpanel.com/docs/orgs-and-projects/managing-projects',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
