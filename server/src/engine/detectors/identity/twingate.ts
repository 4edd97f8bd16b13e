/** twingate (CREDENTIAL-FORMATS.md §7, secret managers and identity; §6 network access). */
import {
  assignedTo,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  nameWith,
  STORE_IN_SECRET_MANAGER,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'twingate.api-key',
    title: 'Twingate API key / connector token',
    keywords: ['twingate'],
    pattern: () => leadThen([assignedTo([nameWith('twingate', 'token'), nameWith('twingate', 'key')])], '[A-Za-z0-9_.+/=-]{40,1200}'),
    post: [hasOneCharacterClass],
    minEntropy: 4,
    precedence: 1,
    guide: {
      grants:
        'Calls the Twingate Admin API (resources, groups, users) or, for connector tokens, runs a connector that bridges into the private network.',
      revoke:
        'Twingate Admin console → Settings → API → revoke the token; connectors: Network → Connectors → the connector → regenerate tokens.',
      url: 'https://www.twingate.com/docs/api-overview',
      store: STORE_IN_SECRET_MANAGER,
    },
  }),
];
