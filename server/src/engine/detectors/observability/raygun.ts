/** raygun (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import {
  assignedTo,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  names,
  STORE_IN_PLATFORM_SECRET_STORE,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'raygun.api-key',
    title: 'Raygun API key',
    keywords: ['raygun'],
    pattern: () => leadThen([assignedTo(names('raygun'))], '[A-Za-z0-9]{22}'),
    post: [hasOneCharacterClass],
    minEntropy: 3.3,
    guide: {
      grants: 'Sends crash and RUM data to the application.',
      revoke: 'Raygun → Application settings → API key → generate a new key.',
      url: 'https://raygun.com/documentation/product-guides/crash-reporting/api-keys/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
