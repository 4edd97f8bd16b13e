/** pagerduty (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import {
  assignedTo,
  ci,
  defineDetector,
  type Detector,
  hasOneCharacterClass,
  leadThen,
  nameWith,
  STORE_IN_PLATFORM_SECRET_STORE,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'pagerduty.api-key',
    title: 'PagerDuty REST API key',
    keywords: ['pagerduty', 'token token='],
    // `Authorization: Token token=<key>`; user tokens start `u+`, account keys are 20 chars.
    pattern: () =>
      leadThen(
        [`[tT]oken token=`, assignedTo([nameWith('pagerduty', 'key'), nameWith('pagerduty', 'token'), nameWith('pd', 'api')])],
        '(?:u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20})',
      ),
    post: [hasOneCharacterClass],
    minEntropy: 3.3,
    guide: {
      grants:
        'Calls the PagerDuty REST API as the account or user: reads incidents and on-call data, changes schedules, services and escalation policies.',
      revoke:
        'PagerDuty → Integrations → API Access Keys (account keys) or My Profile → User Settings → API Access (user tokens) → Remove.',
      url: 'https://support.pagerduty.com/main/docs/api-access-keys',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'pagerduty.integration-key',
    title: 'PagerDuty integration / routing key',
    keywords: ['pagerduty'],
    scope: 'document',
    // Document scope: the Events API field is `routing_key` (v2) / `service_key` (v1), often away from the product name.
    pattern: () =>
      leadThen(
        [
          assignedTo([
            `${ci('routing')}[_-]?${ci('key')}`,
            `${ci('integration')}[_-]?${ci('key')}`,
            `${ci('service')}[_-]?${ci('key')}`,
            nameWith('pagerduty', 'key'),
          ]),
        ],
        '[a-z0-9]{32}',
      ),
    post: [hasOneCharacterClass],
    minEntropy: 3.2,
    guide: {
      grants:
        'Triggers, acknowledges and resolves incidents on the service (false pages, alert fatigue, hiding real alerts); it cannot read account data.',
      revoke: 'PagerDuty → Services → the service → Integrations → delete the integration and add a new one (new key).',
      url: 'https://support.pagerduty.com/main/docs/services-and-integrations',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
