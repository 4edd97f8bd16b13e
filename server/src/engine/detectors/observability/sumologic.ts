/** sumologic (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import {
  assignedTo,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  nameWith,
  STORE_IN_PLATFORM_SECRET_STORE,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'sumologic.access-key',
    title: 'Sumo Logic access key',
    keywords: ['sumo'],
    pattern: () => leadThen([assignedTo([nameWith('sumo', 'key'), nameWith('sumo', 'secret')])], '[A-Za-z0-9]{64}'),
    post: [hasOneCharacterClass],
    minEntropy: 4,
    companions: [{ name: 'access_id', pattern: /(?<![A-Za-z0-9])(?<value>su[A-Za-z0-9]{12})(?![A-Za-z0-9])/, withinLines: 3 }],
    guide: {
      grants:
        'With its access id (`su…`), calls the Sumo Logic API as the user who created it: searches all logs they can read, changes collectors and content.',
      revoke: 'Sumo Logic → Preferences (or Administration → Security) → Access Keys → delete the key.',
      url: 'https://help.sumologic.com/docs/manage/security/access-keys/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
