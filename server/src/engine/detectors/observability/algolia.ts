/** algolia (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import {
  assignedTo,
  ci,
  defineDetector,
  type Detector,
  isNotMixedHex,
  leadThen,
  nameMentions,
  nameWith,
  STORE_IN_PLATFORM_SECRET_STORE,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'algolia.admin-key',
    title: 'Algolia admin API key',
    keywords: ['algolia'],
    scope: 'document',
    // Document scope (the client is set up away from the keys); search-only keys share the shape and are public.
    pattern: () =>
      leadThen(
        [assignedTo([nameWith('admin', 'key'), nameWith('write', 'key'), `${ci('algolia')}[_-]?${ci('api')}[_-]?${ci('key')}`])],
        '[0-9a-f]{32}',
      ),
    post: [isNotMixedHex, nameMentions(['search', 'public', 'read'])],
    guide: {
      grants: 'Full control of the Algolia application: reads, replaces and deletes every index and its records, manages API keys.',
      revoke: 'Algolia dashboard → Settings → API Keys → regenerate the Admin API key (and update every backend).',
      url: 'https://dashboard.algolia.com/account/api-keys',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
