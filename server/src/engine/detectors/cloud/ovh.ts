/** OVHcloud credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import {
  anchored,
  assignment,
  ci,
  defineDetector,
  INJECT_FROM_SECRET_STORE,
  lacksMixedClasses,
  phrase,
  terraformProviderAttribute,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'ovh.application-secret',
    title: 'OVHcloud API application secret / consumer key',
    keywords: ['ovh'],
    scope: 'document',
    pattern: () =>
      anchored(
        assignment(
          [
            `${ci('ovh')}[A-Za-z0-9_.-]{0,30}(?:${ci('secret')}|${phrase('consumer key')})`,
            terraformProviderAttribute('ovh', ['application_secret', 'consumer_key']),
          ],
          '[A-Za-z0-9]{32}',
        ),
      ),
    post: [lacksMixedClasses],
    minEntropy: 3.5,
    guide: {
      grants:
        'With the application key and consumer key, calls the OVHcloud API with the rights the consumer key was validated for (often full account access).',
      revoke:
        'Delete the application via the API (`DELETE /me/api/application/{id}`) or revoke the consumer key (`/me/api/credential`); create new credentials with narrower rights.',
      url: 'https://api.ovh.com/console/#/me/api/application',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
