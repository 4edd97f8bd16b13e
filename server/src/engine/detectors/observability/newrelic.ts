/** newrelic (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import {
  assignedTo,
  B64URL,
  ci,
  defineDetector,
  type Detector,
  HEX_ANY,
  isNotMixedHex,
  leadThen,
  prefixedToken,
  STORE_IN_PLATFORM_SECRET_STORE,
  UPPER_DIGITS,
} from '../kit/index.js';

// New Relic — typed prefixes NRAK/NRII/NRAA/NRRA; license keys end in `NRAL` (docs: api keys).
const newRelicRevoke = 'one.newrelic.com → API keys → the key → Delete (ingest keys: Rotate), after deploying a replacement.';
const newRelicUrl = 'https://one.newrelic.com/api-keys';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'newrelic.user-key',
    title: 'New Relic user API key',
    keywords: ['NRAK-'],
    scope: 'document',
    pattern: () => prefixedToken('NRAK-', UPPER_DIGITS, 27),
    guide: {
      grants: 'Calls NerdGraph as the user: reads all telemetry and account data they can see, changes alerts, dashboards and other keys.',
      revoke: newRelicRevoke,
      url: newRelicUrl,
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'newrelic.license-key',
    title: 'New Relic license (ingest) key',
    keywords: ['NRAL'],
    scope: 'document',
    // 36 hex + `NRAL`; EU-region keys begin `eu01xx`.
    pattern: /(?<![A-Za-z0-9])(?<secret>(?:eu01xx[0-9a-f]{30}|[0-9a-f]{36})NRAL)(?![A-Za-z0-9])/,
    guide: {
      grants: 'Sends metrics, events, logs and traces into the account (data spoofing, ingest cost); it cannot read data.',
      revoke: 'one.newrelic.com → API keys → the INGEST - LICENSE key → Rotate (or create a new one and delete the old).',
      url: newRelicUrl,
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'newrelic.legacy-license-key',
    title: 'New Relic license key (legacy 40 hex)',
    keywords: ['newrelic', 'new_relic', 'new-relic', 'new relic'],
    scope: 'document',
    // Document scope: newrelic.yml puts `license_key:` far from the product name.
    pattern: () =>
      leadThen([assignedTo([`${ci('license')}[_-]?${ci('key')}`, ci('newrelic'), ci('new_relic'), ci('new-relic')])], '[0-9a-f]{40}'),
    post: [isNotMixedHex],
    guide: {
      grants: 'Sends telemetry into the account (data spoofing, ingest cost).',
      revoke: 'one.newrelic.com → API keys → the license key → Rotate, then update every agent.',
      url: newRelicUrl,
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'newrelic.insert-key',
    title: 'New Relic Insights insert key',
    keywords: ['NRII-'],
    scope: 'document',
    pattern: () => prefixedToken('NRII-', B64URL, 32),
    minEntropy: 3.5,
    guide: {
      grants: 'Inserts custom events into the account.',
      revoke: newRelicRevoke,
      url: newRelicUrl,
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'newrelic.admin-key',
    title: 'New Relic admin API key (legacy)',
    keywords: ['NRAA-'],
    scope: 'document',
    pattern: () => prefixedToken('NRAA-', HEX_ANY, 27),
    guide: {
      grants: 'Calls the legacy REST API with admin rights: changes alert policies, deployments and account settings.',
      revoke: newRelicRevoke,
      url: newRelicUrl,
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'newrelic.rest-api-key',
    title: 'New Relic REST API key (legacy)',
    keywords: ['NRRA-'],
    scope: 'document',
    pattern: () => prefixedToken('NRRA-', HEX_ANY, 42),
    guide: {
      grants: 'Reads account data through the legacy REST API and records deployments.',
      revoke: newRelicRevoke,
      url: newRelicUrl,
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
