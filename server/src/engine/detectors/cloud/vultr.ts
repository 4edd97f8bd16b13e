/** Vultr credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import {
  anchored,
  assignment,
  ci,
  defineDetector,
  INJECT_FROM_SECRET_STORE,
  lacksLetterAndDigit,
  terraformProviderAttribute,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'vultr.api-key',
    title: 'Vultr API key',
    keywords: ['vultr'],
    scope: 'document',
    pattern: () =>
      anchored(
        assignment(
          [`${ci('vultr')}[A-Za-z0-9_.-]{0,30}(?:${ci('key')}|${ci('token')})`, terraformProviderAttribute('vultr', ['api_key'])],
          '[A-Z0-9]{36}',
        ),
      ),
    post: [lacksLetterAndDigit],
    minEntropy: 3.5,
    guide: {
      grants: 'Full access to the Vultr account through the API (servers, block storage, DNS, billing data), from any allowed IP.',
      revoke: 'my.vultr.com → Account → API → Regenerate the key (and restrict the access-control IP list).',
      url: 'https://my.vultr.com/settings/#settingsapi',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
