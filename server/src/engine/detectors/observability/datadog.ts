/** datadog (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import {
  after,
  assignedTo,
  ci,
  defineDetector,
  type Detector,
  isNotMixedHex,
  leadThen,
  nameWith,
  STORE_IN_PLATFORM_SECRET_STORE,
} from '../kit/index.js';

// Datadog — API key 32 hex, application key 40 hex, both un-prefixed (docs: api-app-keys).
const DD = '(?<![A-Za-z])[dD][dD]';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'datadog.api-key',
    title: 'Datadog API key',
    keywords: ['datadog', 'dd_api_key', 'dd-api-key', 'dd_apikey', 'ddapikey'],
    pattern: () =>
      leadThen(
        [
          assignedTo([ci('datadog'), `${DD}[_-]?${ci('api')}[_-]?${ci('key')}`]),
          // Config tuples and calls: `config :spandex_datadog, :api_key, "…"`, `datadog.initialize(api_key="…")`.
          after([`${ci('datadog')}[^\\r\\n]{0,40}?${ci('api')}[_-]?${ci('key')}`], 20),
        ],
        '[0-9a-f]{32}',
      ),
    post: [isNotMixedHex],
    guide: {
      grants:
        'Submits metrics, logs, traces and events to the organisation (spoofing data, running up ingest costs); with an application key, reads everything in the account.',
      revoke: 'Datadog → Organization Settings → API Keys → create a new key, deploy it, then Revoke the leaked one.',
      url: 'https://app.datadoghq.com/organization-settings/api-keys',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'datadog.app-key',
    title: 'Datadog application key',
    keywords: ['datadog', 'dd_app', 'dd-app', 'dd_application', 'dd-application'],
    pattern: () =>
      leadThen(
        [
          assignedTo([`${DD}[_-]?${ci('app')}(?:${ci('lication')})?[_-]?${ci('key')}`, nameWith('datadog', 'app')]),
          after([`${ci('datadog')}[^\\r\\n]{0,40}?${ci('app')}(?:${ci('lication')})?[_-]?${ci('key')}`], 20),
        ],
        '[0-9a-f]{40}',
      ),
    post: [isNotMixedHex],
    guide: {
      grants:
        'Together with an API key, calls the Datadog API with the permissions of the user or service account that owns it: reads dashboards, logs, monitors, and can change them.',
      revoke: 'Datadog → Personal Settings (or Organization Settings) → Application Keys → Revoke; recreate it for a service account.',
      url: 'https://app.datadoghq.com/organization-settings/application-keys',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
