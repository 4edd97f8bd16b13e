/** Wasabi credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import {
  anchored,
  assignment,
  ci,
  defineDetector,
  INJECT_FROM_SECRET_STORE,
  isHexOnly,
  lacksLetterAndDigit,
  lacksMixedClasses,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'wasabi.secret-key',
    title: 'Wasabi secret access key',
    keywords: ['wasabi'],
    pattern: () => anchored(assignment([`${ci('wasabi')}[A-Za-z0-9_.-]{0,30}${ci('secret')}[A-Za-z0-9_.-]{0,20}`], '[A-Za-z0-9+/]{40}')),
    post: [lacksMixedClasses, isHexOnly],
    minEntropy: 3.5,
    companions: [
      { name: 'access_key', pattern: /(?<![A-Za-z0-9])(?<value>[A-Z0-9]{20})(?![A-Za-z0-9])/, withinLines: 3, post: [lacksLetterAndDigit] },
    ],
    guide: {
      grants: "S3-compatible read/write access to the Wasabi buckets of the key's user.",
      revoke: 'Wasabi console → Access Keys → delete (or deactivate) the key; create a new one.',
      url: 'https://console.wasabisys.com/#/access_keys',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
