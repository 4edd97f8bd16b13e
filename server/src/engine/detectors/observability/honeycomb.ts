/** honeycomb (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import {
  alphabet,
  assignedTo,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  names,
  prefixedToken,
  STORE_IN_PLATFORM_SECRET_STORE,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'honeycomb.ingest-key',
    title: 'Honeycomb ingest key',
    keywords: ['hcaik_', 'hcxik_'],
    scope: 'document',
    pattern: () => prefixedToken(['hcaik_', 'hcxik_'], alphabet('a-z0-9'), [50, 70]),
    post: [({ value }) => (/[0-9]/.test(value.slice(6)) && /[a-z]/.test(value.slice(6)) ? undefined : 'no mix of letters and digits')],
    guide: {
      grants: 'Sends events and traces to the Honeycomb environment (data spoofing, event quota).',
      revoke: 'Honeycomb → Team settings → Environments → API Keys → disable and delete the key.',
      url: 'https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'honeycomb.api-key',
    title: 'Honeycomb configuration / classic API key',
    keywords: ['honeycomb', 'x-honeycomb-team'],
    pattern: () => leadThen([assignedTo(names('honeycomb', 'x-honeycomb-team'))], '(?:[A-Za-z0-9]{22}|[0-9a-f]{32})'),
    post: [hasOneCharacterClass],
    minEntropy: 3.3,
    guide: {
      grants: 'Sends events and, for configuration keys, manages datasets, boards, triggers and markers of the environment.',
      revoke: 'Honeycomb → Team settings → Environments → API Keys → disable and delete the key.',
      url: 'https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
