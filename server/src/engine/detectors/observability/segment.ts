/** segment (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { assignedTo, defineDetector, type Detector, hasOneCharacterClass, leadThen, nameWith, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'segment.write-key',
    title: 'Segment source write key (server)',
    keywords: ['segment'],
    pattern: leadThen([assignedTo([nameWith('segment', 'write'), nameWith('segment', 'key')])], '[A-Za-z0-9]{32}'),
    post: [hasOneCharacterClass],
    minEntropy: 3.8,
    guide: {
      grants: 'Sends events into the source, which fan out to every connected destination (data pollution, downstream cost); browser sources expose their key by design.',
      revoke: 'Segment → Connections → Sources → the source → Settings → API Keys → regenerate the write key.',
      url: 'https://segment.com/docs/connections/find-writekey/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
