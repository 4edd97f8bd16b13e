/** fullstory (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { assignedTo, defineDetector, type Detector, leadThen, names, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'fullstory.api-key',
    title: 'FullStory API key',
    keywords: ['fullstory'],
    pattern: () => leadThen([assignedTo(names('fullstory'))], '(?:na1|eu1)\\.[A-Za-z0-9+/=]{40,200}'),
    minEntropy: 4,
    guide: {
      grants: 'Calls the FullStory API: exports sessions and user data, deletes users, changes settings.',
      revoke: 'FullStory → Settings → Integrations → API keys → delete the key.',
      url: 'https://help.fullstory.com/hc/en-us/articles/360052021773',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
