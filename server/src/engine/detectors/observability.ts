/**
 * Observability, monitoring, analytics and ops tooling: CREDENTIAL-FORMATS.md §6, including the
 * CDN / media / network rows of that section (Algolia, Fastly, Akamai, Cloudinary, ImageKit,
 * ZeroTier, Defined Networking; Mapbox lives in saas.ts, LaunchDarkly in ci.ts). Most keys here
 * are bare hex or base62, so most detectors need the provider name next to the value; public
 * counterparts (Datadog client tokens, PostHog `phc_`, New Relic `NRJS-`, Mixpanel/Amplitude
 * project tokens, Algolia search keys) are negatives.
 */
import { fake } from '../fake.js';
import { B62, B64, B64URL, HEX, HEX_ANY, UPPER_DIGITS, alphabet, ci, prefixedToken } from '../patterns.js';
import type { Detector, DetectorGuide } from '../types.js';
import { UUID, VALUE_END, VALUE_START, after, assignedTo, cis, contextual, detector, fakeUuid, hasOneCharacterClass, isNotMixedHex, leadThen, nameMentions, nameWith, LETTERS } from './ai.js';

const STORE = 'Keep it in the agent\'s or platform\'s secret store (Kubernetes Secret, CI secret, Vault) or an environment variable set at deploy time; never commit it to configuration files.';
const guide = (grants: string, revoke: string, url: string): DetectorGuide => ({ grants, revoke, url, store: STORE });
const HEX32 = '[0-9a-f]{32}';
const HEX40 = '[0-9a-f]{40}';
const B62_32 = '[A-Za-z0-9]{32}';

/** Decodes standard or URL-safe Base64 to text. */
function decode(b64: string): string {
  return Buffer.from(b64.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}
function jsonHas(text: string, ...fields: string[]): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && fields.every((f) => f in parsed);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Datadog — API key 32 hex, application key 40 hex, both un-prefixed (docs: api-app-keys).
// ---------------------------------------------------------------------------------------------

const DD = '(?<![A-Za-z])[dD][dD]';
const datadog: Detector[] = [
  detector({
    id: 'datadog.api-key',
    title: 'Datadog API key',
    keywords: ['datadog', 'dd_api_key', 'dd-api-key', 'dd_apikey', 'ddapikey'],
    line: true,
    pattern: leadThen(
      [
        assignedTo([ci('datadog'), `${DD}[_-]?${ci('api')}[_-]?${ci('key')}`]),
        // Config tuples and calls: `config :spandex_datadog, :api_key, "…"`, `datadog.initialize(api_key="…")`.
        after([`${ci('datadog')}[^\\r\\n]{0,40}?${ci('api')}[_-]?${ci('key')}`], 20),
      ],
      HEX32,
    ),
    post: [isNotMixedHex],
    positive: [
      `DD_API_KEY=«${fake(HEX, 32, 'dd1')}»`,
      `datadog_api_key: "«${fake(HEX, 32, 'dd2')}»"`,
      `config :spandex_datadog, :api_key, "«${fake(HEX, 32, 'dd3')}»"`,
      `curl -H "DD-API-KEY: «${fake(HEX, 32, 'dd4')}»" https://api.datadoghq.com/api/v1/validate`,
    ],
    negative: [
      `DD_CLIENT_TOKEN=pub${fake(HEX, 32, 'rum')}`,
      'DATADOG_API_KEY=${DD_API_KEY}',
      `DATADOG_APP_KEY=${fake(HEX, 40, 'app')}`,
      `ADD_API_KEY=${fake(HEX, 32, 'add')}`,
    ],
    guide: guide(
      'Submits metrics, logs, traces and events to the organisation (spoofing data, running up ingest costs); with an application key, reads everything in the account.',
      'Datadog → Organization Settings → API Keys → create a new key, deploy it, then Revoke the leaked one.',
      'https://app.datadoghq.com/organization-settings/api-keys',
    ),
  }),
  detector({
    id: 'datadog.app-key',
    title: 'Datadog application key',
    keywords: ['datadog', 'dd_app', 'dd-app', 'dd_application', 'dd-application'],
    line: true,
    pattern: leadThen(
      [
        assignedTo([`${DD}[_-]?${ci('app')}(?:${ci('lication')})?[_-]?${ci('key')}`, nameWith('datadog', 'app')]),
        after([`${ci('datadog')}[^\\r\\n]{0,40}?${ci('app')}(?:${ci('lication')})?[_-]?${ci('key')}`], 20),
      ],
      HEX40,
    ),
    post: [isNotMixedHex],
    positive: [`DD_APP_KEY=«${fake(HEX, 40, 'ddapp1')}»`, `headers = {"DD-APPLICATION-KEY": "«${fake(HEX, 40, 'ddapp2')}»"}`, `DATADOG_APPLICATION_KEY: «${fake(HEX, 40, 'ddapp3')}»`],
    negative: [`DD_GIT_COMMIT_SHA=${fake(HEX, 40, 'sha')}`, `DD_API_KEY=${fake(HEX, 40, 'x')}`],
    guide: guide(
      'Together with an API key, calls the Datadog API with the permissions of the user or service account that owns it: reads dashboards, logs, monitors, and can change them.',
      'Datadog → Personal Settings (or Organization Settings) → Application Keys → Revoke; recreate it for a service account.',
      'https://app.datadoghq.com/organization-settings/application-keys',
    ),
  }),
];

// ---------------------------------------------------------------------------------------------
// New Relic — typed prefixes NRAK/NRII/NRAA/NRRA; license keys end in `NRAL` (docs: api keys).
// ---------------------------------------------------------------------------------------------

const newRelicRevoke = 'one.newrelic.com → API keys → the key → Delete (ingest keys: Rotate), after deploying a replacement.';
const newRelicUrl = 'https://one.newrelic.com/api-keys';
const newrelic: Detector[] = [
  detector({
    id: 'newrelic.user-key',
    title: 'New Relic user API key',
    keywords: ['NRAK-'],
    pattern: prefixedToken('NRAK-', UPPER_DIGITS, 27),
    positive: [`NEW_RELIC_API_KEY=«NRAK-${fake(UPPER_DIGITS, 27, 'nrak')}»`, `-H 'API-Key: «NRAK-${fake(UPPER_DIGITS, 27, 'nrak2')}»'`],
    negative: ['NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX', `NRAK-${fake(UPPER_DIGITS, 10, 'short')}`],
    guide: guide('Calls NerdGraph as the user: reads all telemetry and account data they can see, changes alerts, dashboards and other keys.', newRelicRevoke, newRelicUrl),
  }),
  detector({
    id: 'newrelic.license-key',
    title: 'New Relic license (ingest) key',
    keywords: ['NRAL'],
    // 36 hex + `NRAL`; EU-region keys begin `eu01xx`.
    pattern: /(?<![A-Za-z0-9])(?<secret>(?:eu01xx[0-9a-f]{30}|[0-9a-f]{36})NRAL)(?![A-Za-z0-9])/,
    positive: [`NEW_RELIC_LICENSE_KEY=«${fake(HEX, 36, 'nral')}NRAL»`, `newrelic:\n  licenseKey: «eu01xx${fake(HEX, 30, 'nral-eu')}NRAL»`],
    negative: [`license_key: ${fake(HEX, 20, 'short')}NRAL`],
    guide: guide('Sends metrics, events, logs and traces into the account (data spoofing, ingest cost); it cannot read data.', 'one.newrelic.com → API keys → the INGEST - LICENSE key → Rotate (or create a new one and delete the old).', newRelicUrl),
  }),
  detector({
    id: 'newrelic.legacy-license-key',
    title: 'New Relic license key (legacy 40 hex)',
    keywords: ['newrelic', 'new_relic', 'new-relic', 'new relic'],
    // Document scope: newrelic.yml puts `license_key:` far from the product name.
    pattern: leadThen([assignedTo([`${ci('license')}[_-]?${ci('key')}`, ci('newrelic'), ci('new_relic'), ci('new-relic')])], HEX40),
    post: [isNotMixedHex],
    positive: [`# New Relic agent configuration\ncommon: &default_settings\n  license_key: '«${fake(HEX, 40, 'nrl')}»'`, `NEW_RELIC_LICENSE_KEY=«${fake(HEX, 40, 'nrl2')}»`],
    negative: [`license_key: '${fake(HEX, 40, 'other')}'`, `# New Relic\nNEW_RELIC_APP_NAME=ride-api`],
    guide: guide('Sends telemetry into the account (data spoofing, ingest cost).', 'one.newrelic.com → API keys → the license key → Rotate, then update every agent.', newRelicUrl),
  }),
  detector({
    id: 'newrelic.insert-key',
    title: 'New Relic Insights insert key',
    keywords: ['NRII-'],
    pattern: prefixedToken('NRII-', B64URL, 32),
    minEntropy: 3.5,
    positive: [`NEW_RELIC_INSERT_KEY=«NRII-${fake(B64URL, 32, 'nrii')}»`],
    negative: ['X-Insert-Key: NRII-...'],
    guide: guide('Inserts custom events into the account.', newRelicRevoke, newRelicUrl),
  }),
  detector({
    id: 'newrelic.admin-key',
    title: 'New Relic admin API key (legacy)',
    keywords: ['NRAA-'],
    pattern: prefixedToken('NRAA-', HEX_ANY, 27),
    positive: [`NEWRELIC_ADMIN_KEY=«NRAA-${fake(HEX, 27, 'nraa')}»`],
    negative: ['NRAA-...'],
    guide: guide('Calls the legacy REST API with admin rights: changes alert policies, deployments and account settings.', newRelicRevoke, newRelicUrl),
  }),
  detector({
    id: 'newrelic.rest-api-key',
    title: 'New Relic REST API key (legacy)',
    keywords: ['NRRA-'],
    pattern: prefixedToken('NRRA-', HEX_ANY, 42),
    positive: [`X-Api-Key: «NRRA-${fake(HEX, 42, 'nrra')}»`],
    negative: ['NRRA-...'],
    guide: guide('Reads account data through the legacy REST API and records deployments.', newRelicRevoke, newRelicUrl),
  }),
];

// ---------------------------------------------------------------------------------------------
// Sentry — `sntryu_`/`sntrys_` (docs: token-formats), legacy 64-hex tokens, DSNs.
// ---------------------------------------------------------------------------------------------

const sentryPayload = (salt: string) =>
  Buffer.from(JSON.stringify({ iat: 1715523908.775443, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: `org-${salt}` }))
    .toString('base64')
    .replace(/=+$/, '');
const sentryRevoke = 'sentry.io → Settings → Auth Tokens (personal) or Developer Settings → Organization Tokens → revoke the token.';
const sentry: Detector[] = [
  detector({
    id: 'sentry.user-token',
    title: 'Sentry user auth token',
    keywords: ['sntryu_'],
    pattern: prefixedToken('sntryu_', HEX, 64),
    positive: [`SENTRY_AUTH_TOKEN=«sntryu_${fake(HEX, 64, 'sntryu')}»`],
    negative: ['SENTRY_AUTH_TOKEN=sntryu_...'],
    guide: guide('Calls the Sentry API as the user with the token\'s scopes: reads issues and events (which can carry user data), changes projects, uploads releases.', sentryRevoke, 'https://sentry.io/settings/account/api/auth-tokens/'),
  }),
  detector({
    id: 'sentry.org-token',
    title: 'Sentry organization auth token',
    keywords: ['sntrys_'],
    // `sntrys_` + Base64 JSON payload (`{"iat":…,"url":…,"region_url":…,"org":…}`) + `_` + 32 random
    // bytes as unpadded Base64 (43 chars; accept the URL-safe alphabet too).
    pattern: /(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/]{20,800}={0,2}_[A-Za-z0-9+/_-]{43})(?![A-Za-z0-9+/=_-])/,
    post: [({ value }) => (jsonHas(decode(value.slice(7, -44)), 'iat') ? undefined : 'payload is not Sentry token JSON')],
    positive: [`sentryVitePlugin({ authToken: "«sntrys_${sentryPayload('a')}_${fake(B64, 43, 'sntrys')}»" })`, `SENTRY_AUTH_TOKEN=«sntrys_${sentryPayload('b')}_${fake(B64URL, 43, 'sntrys2')}»`],
    negative: [`SENTRY_AUTH_TOKEN=sntrys_${Buffer.from('{"hello":1}').toString('base64')}_${fake(B64URL, 43, 'x')}`, 'SENTRY_AUTH_TOKEN=sntrys_...'],
    guide: guide('Uploads source maps and releases and reads organisation data allowed by the token (org tokens are limited to CI scopes).', sentryRevoke, 'https://docs.sentry.io/account/auth-tokens/'),
  }),
  contextual({
    id: 'sentry.legacy-token',
    title: 'Sentry auth token (legacy 64 hex)',
    words: ['sentry'],
    names: [nameWith('sentry', 'token'), nameWith('sentry', 'auth')],
    envName: 'SENTRY_AUTH_TOKEN',
    value: '[0-9a-f]{64}',
    sample: fake(HEX, 64, 'sentry-legacy'),
    negative: [`SENTRY_RELEASE=${fake(HEX, 40, 'sha')}`, `sentry_checksum: ${'0'.repeat(64)}`],
    post: [isNotMixedHex],
    guide: guide('Calls the Sentry API with the token\'s scopes (often project:write / org:read): reads issues and events, uploads releases.', sentryRevoke, 'https://sentry.io/settings/account/api/auth-tokens/'),
  }),
  detector({
    id: 'sentry.dsn',
    title: 'Sentry DSN',
    keywords: ['sentry'],
    line: true,
    // `https://<32 hex key>[:<32 hex secret>]@<host>/<project id>`; the legacy `key:secret` form is a real secret,
    // the key alone lets anyone send events to the project (treated as a secret in server config).
    pattern: /(?<![A-Za-z0-9+.-])https?:\/\/(?<secret>[0-9a-f]{32}(?::[0-9a-f]{32})?)@(?<host>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}(?::\d{1,5})?)\/(?:[A-Za-z0-9_-]{1,40}\/){0,3}(?<project>\d{1,20})(?![A-Za-z0-9])/,
    post: [isNotMixedHex],
    positive: [
      `SENTRY_DSN=https://«${fake(HEX, 32, 'dsn1')}»@o857677.ingest.de.sentry.io/7677590093545532`,
      `Sentry.init({ dsn: "https://«${fake(HEX, 32, 'dsn2')}:${fake(HEX, 32, 'dsn3')}»@sentry.example.com/12" })`,
    ],
    negative: ['SENTRY_DSN=https://<key>@o0.ingest.sentry.io/0', `sentry_url = "https://sentry.io/organizations/acme/issues/${'4'.repeat(4)}/"`],
    guide: guide(
      'Lets anyone send (fake or abusive) events to the Sentry project, using its quota; the legacy `key:secret` form also authenticated server-side API calls.',
      'sentry.io → Project Settings → Client Keys (DSN) → generate a new key, deploy it, then disable or delete the old one.',
      'https://docs.sentry.io/concepts/key-terms/dsn-explainer/',
    ),
  }),
];

// ---------------------------------------------------------------------------------------------
// Grafana — `glsa_` (service accounts), `glc_` (Cloud access policies), legacy `eyJrIjoi…` keys.
// ---------------------------------------------------------------------------------------------

const grafana: Detector[] = [
  detector({
    id: 'grafana.service-account-token',
    title: 'Grafana service account token',
    keywords: ['glsa_'],
    // `glsa_` + 32 alphanumerics + `_` + 8 hex (the tail is a checksum whose algorithm is not public).
    pattern: /(?<![A-Za-z0-9_])(?<secret>glsa_[A-Za-z0-9]{32}_[0-9a-f]{8})(?![A-Za-z0-9_])/,
    positive: [`grafana_api_token: «glsa_${fake(B62, 32, 'glsa')}_${fake(HEX, 8, 'glsa-crc')}»`, `GRAFANA_TOKEN="«glsa_${fake(B62, 32, 'glsa2')}_${fake(HEX, 8, 'glsa2-crc')}»"`],
    negative: ['GRAFANA_TOKEN=glsa_...', `glsa_${fake(B62, 32, 'glsa3')}`],
    guide: guide('Calls the Grafana HTTP API with the service account\'s role: reads dashboards and data sources (and their queried data), changes them if Editor/Admin.', 'Grafana → Administration → Users and access → Service accounts → the account → delete the token (or the account).', 'https://grafana.com/docs/grafana/latest/administration/service-accounts/'),
  }),
  detector({
    id: 'grafana.cloud-token',
    title: 'Grafana Cloud access policy token',
    keywords: ['glc_'],
    // `glc_` + Base64 JSON (`{"o":…,"n":…,"k":…,"m":{"r":…}}`).
    pattern: /(?<![A-Za-z0-9_])(?<secret>glc_eyJ[A-Za-z0-9+/]{29,400}={0,2})(?![A-Za-z0-9+/=_-])/,
    positive: [`GRAFANA_CLOUD_TOKEN=«glc_${Buffer.from(JSON.stringify({ o: '1', n: 'stack-123-alloy', k: fake(B62, 24, 'glc'), m: { r: 'prod-eu-west-2' } })).toString('base64')}»`],
    negative: ['GRAFANA_CLOUD_TOKEN=glc_...'],
    guide: guide('Reads or writes metrics, logs and traces of the Grafana Cloud stack within the access policy\'s scopes; some policies manage the stack itself.', 'grafana.com → your organisation → Access Policies → the policy → delete the token.', 'https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/'),
  }),
  detector({
    id: 'grafana.legacy-api-key',
    title: 'Grafana API key (legacy)',
    // Base64 of `{"k":"…","n":"…","id":…}`: the head `{"k":"` encodes to `eyJrIjoi`.
    keywords: ['eyJrIjoi'],
    pattern: /(?<![A-Za-z0-9+/=_-])(?<secret>eyJrIjoi[A-Za-z0-9+/]{30,400}={0,2})(?![A-Za-z0-9+/=_-])/,
    post: [({ value }) => (jsonHas(decode(value), 'k', 'n') ? undefined : 'payload is not a Grafana key')],
    positive: [`Authorization: Bearer «${Buffer.from(JSON.stringify({ k: fake(B62, 32, 'gk'), n: 'ci-deploy', id: 1 })).toString('base64')}»`],
    negative: [`token: ${Buffer.from(JSON.stringify({ k: 1 })).toString('base64')}AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`],
    guide: guide('Calls the Grafana HTTP API with the key\'s role (Viewer/Editor/Admin) on the organisation.', 'Grafana → Configuration → API keys → delete the key; migrate to service accounts.', 'https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/'),
  }),
];

// ---------------------------------------------------------------------------------------------
// Other APM / logging / alerting tools.
// ---------------------------------------------------------------------------------------------

const UUID_VALUE = UUID;
const apm: Detector[] = [
  detector({
    id: 'dynatrace.api-token',
    title: 'Dynatrace API token',
    keywords: ['dt0c01.', 'dt0s01.', 'dt0s02.'],
    // `dt0c01.` + 24-char public id + `.` + 64-char secret; `dt0s0N.` for platform/OAuth tokens.
    pattern: /(?<![A-Za-z0-9_.])(?<secret>dt0[cs]0[1-9]\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9_])/,
    positive: [`DT_API_TOKEN=«dt0c01.${fake(UPPER_DIGITS, 24, 'dt1')}.${fake(UPPER_DIGITS, 64, 'dt2')}»`, `Authorization: Api-Token «dt0c01.${fake(UPPER_DIGITS, 24, 'dt3')}.${fake(UPPER_DIGITS, 64, 'dt4')}»`],
    negative: ['DT_API_TOKEN=dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX.YYYY', `dt0c01.${fake(UPPER_DIGITS, 24, 'dt5')}`],
    guide: guide('Calls the Dynatrace environment API with the token\'s scopes: reads monitoring data and logs, changes configuration, installs OneAgents (PaaS tokens).', 'Dynatrace → Access tokens → the token → Delete (the 24-char middle part is its public id).', 'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens'),
  }),
  detector({
    id: 'honeycomb.ingest-key',
    title: 'Honeycomb ingest key',
    keywords: ['hcaik_', 'hcxik_'],
    pattern: prefixedToken(['hcaik_', 'hcxik_'], alphabet('a-z0-9'), [50, 70]),
    post: [({ value }) => (/[0-9]/.test(value.slice(6)) && /[a-z]/.test(value.slice(6)) ? undefined : 'no mix of letters and digits')],
    positive: [`HONEYCOMB_API_KEY=«hcaik_${fake(alphabet('a-z0-9'), 58, 'hc')}»`],
    negative: ['HONEYCOMB_API_KEY=hcaik_...'],
    guide: guide('Sends events and traces to the Honeycomb environment (data spoofing, event quota).', 'Honeycomb → Team settings → Environments → API Keys → disable and delete the key.', 'https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/'),
  }),
  contextual({
    id: 'honeycomb.api-key',
    title: 'Honeycomb configuration / classic API key',
    words: ['honeycomb', 'x-honeycomb-team'],
    value: '(?:[A-Za-z0-9]{22}|[0-9a-f]{32})',
    sample: fake(B62, 22, 'hc-conf'),
    positive: [`-H "X-Honeycomb-Team: «${fake(HEX, 32, 'hc-classic')}»"`],
    negative: ['HONEYCOMB_DATASET=ride-api-production'],
    post: [hasOneCharacterClass],
    minEntropy: 3.3,
    guide: guide('Sends events and, for configuration keys, manages datasets, boards, triggers and markers of the environment.', 'Honeycomb → Team settings → Environments → API Keys → disable and delete the key.', 'https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/'),
  }),
  detector({
    id: 'pagerduty.api-key',
    title: 'PagerDuty REST API key',
    keywords: ['pagerduty', 'token token='],
    line: true,
    // `Authorization: Token token=<key>`; user tokens start `u+`, account keys are 20 chars.
    pattern: leadThen([`[tT]oken token=`, assignedTo([nameWith('pagerduty', 'key'), nameWith('pagerduty', 'token'), nameWith('pd', 'api')])], '(?:u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20})'),
    post: [hasOneCharacterClass],
    minEntropy: 3.3,
    positive: [`curl -H "Authorization: Token token=«${fake(B64URL, 20, 'pd1')}»" https://api.pagerduty.com/incidents`, `PAGERDUTY_API_TOKEN=«u+${fake(B64URL, 18, 'pd2')}»`],
    negative: ['PAGERDUTY_SERVICE_ID=PXXXXXX', 'Authorization: Token token=${PD_TOKEN}'],
    guide: guide('Calls the PagerDuty REST API as the account or user: reads incidents and on-call data, changes schedules, services and escalation policies.', 'PagerDuty → Integrations → API Access Keys (account keys) or My Profile → User Settings → API Access (user tokens) → Remove.', 'https://support.pagerduty.com/main/docs/api-access-keys'),
  }),
  detector({
    id: 'pagerduty.integration-key',
    title: 'PagerDuty integration / routing key',
    keywords: ['pagerduty'],
    // Document scope: the Events API field is `routing_key` (v2) / `service_key` (v1), often away from the product name.
    pattern: leadThen([assignedTo([`${ci('routing')}[_-]?${ci('key')}`, `${ci('integration')}[_-]?${ci('key')}`, `${ci('service')}[_-]?${ci('key')}`, nameWith('pagerduty', 'key')])], '[a-z0-9]{32}'),
    post: [hasOneCharacterClass],
    minEntropy: 3.2,
    positive: [
      `// PagerDuty Events API v2 integration\nstatic ROUTING_KEY: &str = "«${fake(alphabet('a-z0-9'), 32, 'pdr')}»";`,
      `receivers:\n  - name: oncall\n    pagerduty_configs:\n      - service_key: «${fake(HEX, 32, 'pds')}»`,
    ],
    negative: [`routing_key: "${fake(alphabet('a-z0-9'), 32, 'amqp')}"`, `# PagerDuty\nrouting_key: "\${PAGERDUTY_ROUTING_KEY}"`],
    guide: guide('Triggers, acknowledges and resolves incidents on the service (false pages, alert fatigue, hiding real alerts); it cannot read account data.', 'PagerDuty → Services → the service → Integrations → delete the integration and add a new one (new key).', 'https://support.pagerduty.com/main/docs/services-and-integrations'),
  }),
  detector({
    id: 'opsgenie.api-key',
    title: 'Opsgenie API key',
    keywords: ['opsgenie', 'geniekey'],
    line: true,
    pattern: leadThen([`[gG]enie[kK]ey\\s+`, assignedTo(cis('opsgenie'))], UUID_VALUE),
    positive: [`curl -H "Authorization: GenieKey «${fakeUuid('og1')}»" https://api.opsgenie.com/v2/alerts`, `OPSGENIE_API_KEY=«${fakeUuid('og2')}»`],
    negative: [`OPSGENIE_TEAM_ID=team-ops`, 'Authorization: GenieKey ${OPSGENIE_KEY}'],
    guide: guide('Creates and closes alerts and, for global keys, reads and changes teams, schedules and integrations.', 'Opsgenie → Settings → API key management (or the integration) → disable and delete the key.', 'https://support.atlassian.com/opsgenie/docs/api-key-management/'),
  }),
  detector({
    id: 'splunk.hec-token',
    title: 'Splunk HTTP Event Collector token',
    keywords: ['splunk', 'hec_token', 'hec-token', 'hectoken'],
    line: true,
    pattern: leadThen([`Splunk\\s+`, assignedTo([nameWith('splunk', 'token'), nameWith('splunk', 'hec'), `${ci('hec')}[_-]?${ci('token')}`])], UUID_VALUE),
    positive: [`curl -k https://splunk:8088/services/collector -H "Authorization: Splunk «${fakeUuid('hec1')}»"`, `SPLUNK_HEC_TOKEN=«${fakeUuid('hec2')}»`],
    negative: ['Authorization: Splunk ${SPLUNK_HEC_TOKEN}', `splunk_index_id: ${fakeUuid('idx')}`],
    guide: guide('Sends events into the Splunk indexes the token allows (log injection, licence volume).', 'Splunk → Settings → Data inputs → HTTP Event Collector → the token → Disable/Delete, then create a new one.', 'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector'),
  }),
  contextual({
    id: 'splunk.observability-token',
    title: 'Splunk Observability (SignalFx) access token',
    words: ['signalfx', 'x-sf-token', 'sfx_', 'splunk_access_token', 'splunk_observability'],
    value: '[A-Za-z0-9_-]{22}',
    sample: fake(B62, 22, 'sfx'),
    positive: [`-H "X-SF-Token: «${fake(B64URL, 22, 'sfx2')}»"`, `SPLUNK_ACCESS_TOKEN=«${fake(B62, 22, 'sfx3')}»`],
    negative: ['SIGNALFX_REALM=us1'],
    post: [hasOneCharacterClass],
    minEntropy: 3.3,
    guide: guide('Sends metrics and traces to the organisation and, for API tokens, reads and changes dashboards and detectors.', 'Splunk Observability → Settings → Access Tokens → the token → Rotate or Disable.', 'https://docs.splunk.com/observability/en/admin/authentication/authentication-tokens/org-tokens.html'),
  }),
  {
    ...contextual({
      id: 'sumologic.access-key',
      title: 'Sumo Logic access key',
      words: ['sumo'],
      names: [nameWith('sumo', 'key'), nameWith('sumo', 'secret')],
      value: '[A-Za-z0-9]{64}',
      sample: fake(B62, 64, 'sumo'),
      negative: [`SUMO_ACCESS_ID=su${fake(B62, 12, 'sumo-id')}`],
      post: [hasOneCharacterClass],
      minEntropy: 4,
      guide: guide('With its access id (`su…`), calls the Sumo Logic API as the user who created it: searches all logs they can read, changes collectors and content.', 'Sumo Logic → Preferences (or Administration → Security) → Access Keys → delete the key.', 'https://help.sumologic.com/docs/manage/security/access-keys/'),
    }),
    companions: [{ name: 'access_id', pattern: /(?<![A-Za-z0-9])(?<value>su[A-Za-z0-9]{12})(?![A-Za-z0-9])/, withinLines: 3 }],
  },
  contextual({
    id: 'logzio.token',
    title: 'Logz.io shipping / API token',
    words: ['logz'],
    value: '(?:[A-Za-z]{32}|' + UUID + ')',
    sample: fake(LETTERS, 32, 'logz'),
    positive: [`LOGZIO_API_TOKEN=«${fakeUuid('logz-api')}»`],
    negative: ['LOGZIO_LISTENER=listener.logz.io'],
    post: [({ value }) => (/^[A-Za-z]+$/.test(value) && !(/[a-z]/.test(value) && /[A-Z]/.test(value)) ? 'letters of one case' : undefined)],
    guide: guide('Ships logs and metrics into the account (shipping tokens) or calls the Logz.io API to search and change it (API tokens).', 'Logz.io → Settings → Manage tokens → delete the token.', 'https://app.logz.io/#/dashboard/settings/manage-tokens'),
  }),
  detector({
    id: 'loggly.token',
    title: 'Loggly customer token',
    keywords: ['loggly'],
    line: true,
    pattern: leadThen([`${ci('loggly.com')}/(?:inputs|bulk)/`, assignedTo(cis('loggly'))], UUID_VALUE, '(?![A-Za-z0-9_-])'),
    positive: [`curl -d 'hello' https://logs-01.loggly.com/inputs/«${fakeUuid('loggly1')}»/tag/http/`, `LOGGLY_TOKEN=«${fakeUuid('loggly2')}»`],
    negative: ['https://logs-01.loggly.com/inputs/TOKEN/tag/http/'],
    guide: guide('Sends logs into the Loggly account.', 'Loggly → Source setup → Customer tokens → add a new token, update senders, delete the old one.', 'https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm'),
  }),
  contextual({
    id: 'papertrail.token',
    title: 'Papertrail API token',
    words: ['papertrail'],
    value: '[A-Za-z0-9]{20}',
    sample: fake(B62, 20, 'pt'),
    positive: [`curl -H "X-Papertrail-Token: «${fake(B62, 20, 'pt2')}»" https://papertrailapp.com/api/v1/events/search.json`],
    negative: ['PAPERTRAIL_HOST=logs5.papertrailapp.com'],
    post: [hasOneCharacterClass],
    minEntropy: 3.3,
    guide: guide('Searches every log of the Papertrail account and changes its systems and alerts.', 'Papertrail → Settings → Profile → API token → regenerate.', 'https://papertrailapp.com/account/profile'),
  }),
  contextual({
    id: 'betterstack.token',
    title: 'Better Stack (Logtail / Uptime) token',
    words: ['betterstack', 'better_stack', 'better-stack', 'logtail'],
    value: '[A-Za-z0-9]{24}',
    sample: fake(B62, 24, 'bs'),
    negative: ['LOGTAIL_HOST=in.logs.betterstack.com'],
    post: [hasOneCharacterClass],
    minEntropy: 3.5,
    guide: guide('Sends logs to the source (source tokens) or manages monitors, on-call and incidents (team API tokens).', 'Better Stack → Settings → API tokens (or the source\'s settings) → revoke/regenerate.', 'https://betterstack.com/docs/uptime/api/getting-started-with-uptime-api/'),
  }),
  detector({
    id: 'axiom.token',
    title: 'Axiom API / personal token',
    keywords: ['xaat-', 'xapt-'],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>xa[ap]t-${UUID})(?![A-Za-z0-9_-])`),
    positive: [`AXIOM_TOKEN=«xaat-${fakeUuid('axiom')}»`, `axiom_token = "«xapt-${fakeUuid('axiom2')}»"`],
    negative: ['AXIOM_TOKEN=xaat-...'],
    guide: guide('Ingests into and queries the Axiom datasets the token allows (personal tokens act as the user on every dataset).', 'Axiom → Settings → API tokens (or Profile → Personal tokens) → delete the token.', 'https://axiom.co/docs/reference/tokens'),
  }),
  contextual({
    id: 'mezmo.ingestion-key',
    title: 'Mezmo (LogDNA) ingestion key',
    words: ['logdna', 'mezmo'],
    value: HEX32,
    sample: fake(HEX, 32, 'mezmo'),
    negative: ['MEZMO_HOSTNAME=web-1'],
    post: [isNotMixedHex],
    guide: guide('Sends logs into the Mezmo account.', 'Mezmo → Settings → Organization → API Keys → generate a new ingestion key, then delete the old one.', 'https://docs.mezmo.com/docs/ingestion-key'),
  }),
  contextual({
    id: 'rollbar.access-token',
    title: 'Rollbar access token',
    words: ['rollbar'],
    value: HEX32,
    sample: fake(HEX, 32, 'rollbar'),
    positive: [`curl -H "X-Rollbar-Access-Token: «${fake(HEX, 32, 'rollbar2')}»" https://api.rollbar.com/api/1/items`],
    negative: [`ROLLBAR_CODE_VERSION=${fake(HEX, 40, 'sha')}`],
    post: [isNotMixedHex],
    guide: guide('Posts items to the project and, with read/write scopes, reads error data (which can hold user data) and changes project settings.', 'Rollbar → Project settings → Project Access Tokens → disable the token and create a new one.', 'https://docs.rollbar.com/docs/access-tokens'),
  }),
  contextual({
    id: 'bugsnag.api-key',
    title: 'Bugsnag (Insight Hub) API key',
    words: ['bugsnag'],
    value: `(?:${HEX32}|${UUID})`,
    sample: fake(HEX, 32, 'bugsnag'),
    positive: [`BUGSNAG_AUTH_TOKEN=«${fakeUuid('bugsnag-auth')}»`],
    negative: [`BUGSNAG_RELEASE_STAGE=production`],
    post: [({ value }) => (value.includes('-') || (/[0-9]/.test(value) && /[a-f]/.test(value)) ? undefined : 'hex without both letters and digits')],
    guide: guide('Sends errors to the project (notifier keys) or reads and changes the organisation\'s projects and error data (personal auth tokens).', 'Bugsnag → Project settings → regenerate the notifier API key; personal tokens: My account → Personal auth tokens → revoke.', 'https://docs.bugsnag.com/product/getting-started/'),
  }),
  contextual({
    id: 'airbrake.api-key',
    title: 'Airbrake project / user key',
    words: ['airbrake'],
    value: `(?:${HEX40}|${HEX32})`,
    sample: fake(HEX, 32, 'airbrake'),
    negative: ['AIRBRAKE_PROJECT_ID=123456'],
    post: [isNotMixedHex],
    guide: guide('Sends errors to the project (project key) or calls the Airbrake API as the user (user key).', 'Airbrake → Project settings → regenerate the project key; user keys: Profile → regenerate.', 'https://docs.airbrake.io/docs/devops-tools/api/'),
  }),
  detector({
    id: 'honeybadger.personal-token',
    title: 'Honeybadger personal auth token',
    keywords: ['hbp_'],
    pattern: prefixedToken('hbp_', B62, 36),
    post: [(c) => hasOneCharacterClass({ ...c, value: c.value.slice(4) })],
    positive: [`HONEYBADGER_PERSONAL_AUTH_TOKEN=«hbp_${fake(B62, 36, 'hbp')}»`],
    negative: ['HONEYBADGER_PERSONAL_AUTH_TOKEN=hbp_...'],
    guide: guide('Calls the Honeybadger Data API as the user: reads projects, errors and their payloads, changes settings.', 'Honeybadger → User settings → Authentication → revoke the personal token.', 'https://app.honeybadger.io/users/edit#authentication'),
  }),
  contextual({
    id: 'raygun.api-key',
    title: 'Raygun API key',
    words: ['raygun'],
    value: '[A-Za-z0-9]{22}',
    sample: fake(B62, 22, 'raygun'),
    negative: ['RAYGUN_APP_ID=web'],
    post: [hasOneCharacterClass],
    minEntropy: 3.3,
    guide: guide('Sends crash and RUM data to the application.', 'Raygun → Application settings → API key → generate a new key.', 'https://raygun.com/documentation/product-guides/crash-reporting/api-keys/'),
  }),
  detector({
    id: 'elastic.api-key',
    title: 'Elasticsearch API key (ApiKey header)',
    keywords: ['apikey '],
    line: true,
    // `Authorization: ApiKey <base64 of id:api_key>`.
    pattern: /\bApiKey\s+(?<secret>[A-Za-z0-9+/]{40,200}={0,2})(?![A-Za-z0-9+/=])/,
    post: [({ value }) => (/^[A-Za-z0-9_-]{16,40}:[A-Za-z0-9_-]{16,80}$/.test(decode(value)) ? undefined : 'not id:api_key')],
    positive: [`curl -H "Authorization: ApiKey «${Buffer.from(`${fake(B64URL, 20, 'es-id')}:${fake(B64URL, 22, 'es-key')}`).toString('base64')}»" https://es.example.com:9200/_search`],
    negative: ['Authorization: ApiKey ${ES_API_KEY}', `Authorization: ApiKey ${Buffer.from('just some text that is long enough').toString('base64')}`],
    guide: guide('Queries and, depending on its role descriptors, writes or administers the Elasticsearch cluster.', 'Kibana → Stack Management → API keys → Invalidate (or `DELETE /_security/api_key`).', 'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-invalidate-api-key.html'),
  }),
  detector({
    id: 'elastic.cloud-api-key',
    title: 'Elastic Cloud API key',
    keywords: ['essu_'],
    pattern: prefixedToken('essu_', alphabet('A-Za-z0-9+/='), [40, 200]),
    minEntropy: 4,
    positive: [`EC_API_KEY=«essu_${Buffer.from(fake(B62, 60, 'essu')).toString('base64')}»`],
    negative: ['EC_API_KEY=essu_...'],
    guide: guide('Manages the Elastic Cloud organisation: creates, resizes and deletes deployments, reads their credentials.', 'Elastic Cloud console → Organization → API keys → delete the key.', 'https://cloud.elastic.co/account/keys'),
  }),
  contextual({
    id: 'statuspage.api-key',
    title: 'Atlassian Statuspage API key',
    words: ['statuspage'],
    value: `(?:${UUID}|${HEX32})`,
    sample: fakeUuid('statuspage'),
    negative: ['STATUSPAGE_PAGE_ID=abc123def456'],
    guide: guide('Creates and edits incidents, components and subscribers of every page the user manages (public status messages).', 'Statuspage → your avatar → API info → revoke the key and create a new one.', 'https://manage.statuspage.io/login'),
  }),
  detector({
    id: 'uptimerobot.api-key',
    title: 'UptimeRobot API key',
    keywords: ['uptimerobot', 'uptime_robot', 'uptime-robot'],
    line: true,
    // Main `u<id>-…`, monitor-specific `m<id>-…`, read-only `ur<id>-…`.
    pattern: new RegExp(`${VALUE_START}(?<secret>(?:ur|u|m)\\d{5,10}-[A-Za-z0-9]{24})${VALUE_END}`),
    positive: [`UPTIMEROBOT_API_KEY=«u${fake(alphabet('0-9'), 7, 'ur-id')}-${fake(B62, 24, 'ur')}»`],
    negative: ['UPTIMEROBOT_API_KEY=u1234567-xxxxxxxxxxxxxxxxxxxxxxxx'],
    guide: guide('Reads and changes the account\'s monitors, alert contacts and status pages (read-only `ur…` keys only read).', 'UptimeRobot → Integrations & API → API → reset the key.', 'https://dashboard.uptimerobot.com/integrations'),
  }),
  detector({
    id: 'checkly.api-key',
    title: 'Checkly API key',
    keywords: ['cu_'],
    pattern: prefixedToken('cu_', HEX, 32),
    post: [(c) => isNotMixedHex({ ...c, value: c.value.slice(3) })],
    positive: [`CHECKLY_API_KEY=«cu_${fake(HEX, 32, 'checkly')}»`],
    negative: ['CHECKLY_API_KEY=cu_...'],
    guide: guide('Manages the Checkly account: checks (with their secrets and environment variables), alert channels, private locations.', 'Checkly → User settings → API keys → delete the key.', 'https://app.checklyhq.com/settings/user/api-keys'),
  }),
  contextual({
    id: 'cronitor.api-key',
    title: 'Cronitor API key',
    words: ['cronitor'],
    value: HEX32,
    sample: fake(HEX, 32, 'cronitor'),
    negative: ['CRONITOR_ENVIRONMENT=production'],
    post: [isNotMixedHex],
    guide: guide('Reads and changes monitors and alerts of the account (telemetry keys only ping).', 'Cronitor → Settings → API → delete the key and create a new one.', 'https://cronitor.io/app/settings/api'),
  }),
  detector({
    id: 'lightstep.access-token',
    title: 'Lightstep (ServiceNow Cloud Observability) access token',
    keywords: ['lightstep'],
    line: true,
    pattern: leadThen([assignedTo([nameWith('lightstep', 'token'), nameWith('lightstep', 'key')]), `${ci('lightstep-access-token')}["']?\\s*[:=]\\s*["']?`], '[A-Za-z0-9+/=]{32,200}'),
    post: [hasOneCharacterClass],
    minEntropy: 4,
    positive: [`LIGHTSTEP_ACCESS_TOKEN=«${fake(B64, 84, 'ls')}»`, `headers: { "lightstep-access-token": "«${fake(B62, 32, 'ls2')}»" }`],
    negative: ['LIGHTSTEP_ACCESS_TOKEN=${LS_TOKEN}', 'LIGHTSTEP_SERVICE_NAME=ride-api-production-eu-west'],
    guide: guide('Sends traces and metrics to the project (access tokens) or calls the project API (API keys).', 'Cloud Observability → Project settings → Access tokens → delete the token.', 'https://docs.lightstep.com/docs/create-and-manage-access-tokens'),
  }),
];

// ---------------------------------------------------------------------------------------------
// Product analytics and feature flags.
// ---------------------------------------------------------------------------------------------

const analytics: Detector[] = [
  detector({
    id: 'posthog.personal-key',
    title: 'PostHog personal API key',
    keywords: ['phx_'],
    pattern: prefixedToken('phx_', alphabet('A-Za-z0-9_'), [40, 50]),
    post: [(c) => hasOneCharacterClass({ ...c, value: c.value.slice(4) })],
    positive: [`POSTHOG_PERSONAL_API_KEY=«phx_${fake(B62, 43, 'phx')}»`],
    negative: [`POSTHOG_KEY=phc_${fake(B62, 43, 'phc')}`, 'POSTHOG_PERSONAL_API_KEY=phx_...'],
    guide: guide('Calls the PostHog API as the user: reads events, persons (user data) and recordings, changes feature flags and projects within the key\'s scopes.', 'PostHog → Settings → User → Personal API keys → delete the key.', 'https://us.posthog.com/settings/user-api-keys'),
  }),
  contextual({
    id: 'mixpanel.api-secret',
    title: 'Mixpanel API secret',
    words: ['mixpanel'],
    names: [nameWith('mixpanel', 'secret')],
    envName: 'MIXPANEL_API_SECRET',
    value: HEX32,
    sample: fake(HEX, 32, 'mp'),
    negative: [`MIXPANEL_TOKEN=${fake(HEX, 32, 'mp-public')}`, `MIXPANEL_PROJECT_TOKEN=${fake(HEX, 32, 'mp-public2')}`],
    post: [isNotMixedHex],
    guide: guide('Exports and deletes raw events and user profiles of the project (the project token, by contrast, only sends events).', 'Mixpanel → Project settings → Access keys → reset the API secret; prefer service accounts.', 'https://docs.mixpanel.com/docs/orgs-and-projects/managing-projects'),
  }),
  contextual({
    id: 'amplitude.secret-key',
    title: 'Amplitude secret key',
    words: ['amplitude'],
    names: [nameWith('amplitude', 'secret')],
    envName: 'AMPLITUDE_SECRET_KEY',
    value: HEX32,
    sample: fake(HEX, 32, 'amp'),
    negative: [`AMPLITUDE_API_KEY=${fake(HEX, 32, 'amp-public')}`],
    post: [isNotMixedHex],
    guide: guide('With the (public) API key, exports all events and user data of the project and deletes users.', 'Amplitude → Settings → Projects → the project → General → regenerate the secret key.', 'https://amplitude.com/docs/apis/authentication'),
  }),
  contextual({
    id: 'segment.write-key',
    title: 'Segment source write key (server)',
    words: ['segment'],
    names: [nameWith('segment', 'write'), nameWith('segment', 'key')],
    value: B62_32,
    sample: fake(B62, 32, 'seg'),
    negative: ['analytics.load("YOUR_WRITE_KEY")', 'SEGMENT_WORKSPACE=ferrowind'],
    post: [hasOneCharacterClass],
    minEntropy: 3.8,
    guide: guide('Sends events into the source, which fan out to every connected destination (data pollution, downstream cost); browser sources expose their key by design.', 'Segment → Connections → Sources → the source → Settings → API Keys → regenerate the write key.', 'https://segment.com/docs/connections/find-writekey/'),
  }),
  contextual({
    id: 'fullstory.api-key',
    title: 'FullStory API key',
    words: ['fullstory'],
    value: '(?:na1|eu1)\\.[A-Za-z0-9+/=]{40,200}',
    sample: `na1.${Buffer.from(fake(B62, 75, 'fs')).toString('base64')}`,
    negative: ['FULLSTORY_ORG_ID=o-1ABC-na1'],
    minEntropy: 4,
    guide: guide('Calls the FullStory API: exports sessions and user data, deletes users, changes settings.', 'FullStory → Settings → Integrations → API keys → delete the key.', 'https://help.fullstory.com/hc/en-us/articles/360052021773'),
  }),
  detector({
    id: 'statsig.server-secret',
    title: 'Statsig server secret key',
    keywords: ['secret-'],
    pattern: prefixedToken('secret-', B62, [40, 50]),
    post: [(c) => hasOneCharacterClass({ ...c, value: c.value.slice(7) })],
    minEntropy: 4,
    positive: [`STATSIG_SERVER_SECRET=«secret-${fake(B62, 43, 'statsig')}»`],
    negative: [`STATSIG_CLIENT_KEY=client-${fake(B62, 43, 'statsig-client')}`, 'kubectl create secret-generic'],
    guide: guide('Evaluates every gate, experiment and config of the project server-side (including targeting data) and logs events.', 'Statsig → Project settings → Keys & Environments → rotate the server secret key.', 'https://docs.statsig.com/sdk-keys/api-keys'),
  }),
];

// ---------------------------------------------------------------------------------------------
// Search, maps, CDN, media and overlay-network rows of §6.
// ---------------------------------------------------------------------------------------------

const platforms: Detector[] = [
  detector({
    id: 'algolia.admin-key',
    title: 'Algolia admin API key',
    keywords: ['algolia'],
    // Document scope (the client is set up away from the keys); search-only keys share the shape and are public.
    pattern: leadThen([assignedTo([nameWith('admin', 'key'), nameWith('write', 'key'), `${ci('algolia')}[_-]?${ci('api')}[_-]?${ci('key')}`])], HEX32),
    post: [isNotMixedHex, nameMentions('search', 'public', 'read')],
    positive: [
      `import 'package:algolia_client_search/algolia_client_search.dart';\nconst _adminKey = '«${fake(HEX, 32, 'alg1')}»';`,
      `ALGOLIA_APP_ID=${fake(UPPER_DIGITS, 10, 'alg-app')}\nALGOLIA_ADMIN_API_KEY=«${fake(HEX, 32, 'alg2')}»`,
    ],
    negative: [`ALGOLIA_SEARCH_API_KEY=${fake(HEX, 32, 'alg-search')}`, `algolia:\n  searchOnlyApiKey: ${fake(HEX, 32, 'alg-s2')}`],
    guide: guide('Full control of the Algolia application: reads, replaces and deletes every index and its records, manages API keys.', 'Algolia dashboard → Settings → API Keys → regenerate the Admin API key (and update every backend).', 'https://dashboard.algolia.com/account/api-keys'),
  }),
  contextual({
    id: 'fastly.api-token',
    title: 'Fastly API token',
    words: ['fastly'],
    value: '[A-Za-z0-9_-]{32}',
    sample: fake(B64URL, 32, 'fastly'),
    positive: [`curl -H "Fastly-Key: «${fake(B64URL, 32, 'fastly2')}»" https://api.fastly.com/service`],
    negative: ['FASTLY_SERVICE_ID=SU1Z0isxPaozGVKXdv0eY'],
    post: [hasOneCharacterClass],
    minEntropy: 3.8,
    guide: guide('Calls the Fastly API with the token\'s scope: purges caches, changes and deploys service configurations (traffic hijacking), reads logs endpoints and their credentials.', 'Fastly → Account → Personal API tokens (or Account → API tokens for automation tokens) → Revoke.', 'https://manage.fastly.com/account/personal/tokens'),
  }),
  {
    ...detector({
      id: 'akamai.client-secret',
      title: 'Akamai EdgeGrid client secret',
      keywords: ['akab-'],
      // `.edgerc`: `client_secret = <44 base64>` beside `akab-…` host, client token and access token.
      pattern: /(?<name>client_secret)\s*[=:]\s*["']?(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
      positive: [
        `[default]\nclient_secret = «${fake(B64, 43, 'akamai')}=»\nhost = akab-${fake(alphabet('a-z0-9'), 16, 'ak1')}-${fake(alphabet('a-z0-9'), 16, 'ak2')}.luna.akamaiapis.net\naccess_token = akab-${fake(alphabet('a-z0-9'), 16, 'ak3')}-${fake(alphabet('a-z0-9'), 16, 'ak4')}\nclient_token = akab-${fake(alphabet('a-z0-9'), 16, 'ak5')}-${fake(alphabet('a-z0-9'), 16, 'ak6')}`,
      ],
      negative: [`[default]\nclient_secret = \${AKAMAI_SECRET}\nhost = akab-${fake(alphabet('a-z0-9'), 16, 'ak7')}-${fake(alphabet('a-z0-9'), 16, 'ak8')}.luna.akamaiapis.net`],
      guide: guide('With the client and access tokens beside it, calls every Akamai API the API client is granted: changes CDN properties, purges, reads reports and certificates.', 'Akamai Control Center → Identity & access → API clients → the client → rotate the credential (new secret) and deactivate the old one.', 'https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials'),
    }),
    companions: [
      { name: 'client_token', pattern: /client_token\s*[=:]\s*["']?(?<value>akab-[a-z0-9]{16}-[a-z0-9]{16})/, withinLines: 6 },
      { name: 'access_token', pattern: /access_token\s*[=:]\s*["']?(?<value>akab-[a-z0-9]{16}-[a-z0-9]{16})/, withinLines: 6 },
    ],
  },
  detector({
    id: 'cloudinary.url',
    title: 'Cloudinary credentials URL',
    keywords: ['cloudinary://'],
    pattern: /cloudinary:\/\/(?<api_key>\d{12,18}):(?<secret>[A-Za-z0-9_-]{20,40})@(?<cloud>[A-Za-z0-9_-]{1,64})/,
    post: [hasOneCharacterClass],
    positive: [`CLOUDINARY_URL=cloudinary://${fake(alphabet('0-9'), 15, 'cl-key')}:«${fake(B64URL, 27, 'cl-secret')}»@ferrowind`],
    negative: ['CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>', 'CLOUDINARY_URL=cloudinary://123456789012345:abcdefghijklmnopqrstuvwxyz1@demo'],
    guide: guide('Uploads, transforms and deletes every asset of the Cloudinary product environment, billed to it.', 'Cloudinary console → Settings → API Keys → generate a new key pair, deploy it, then deactivate the old key.', 'https://console.cloudinary.com/settings/api-keys'),
  }),
  contextual({
    id: 'imagekit.private-key',
    title: 'ImageKit private API key',
    words: ['imagekit'],
    bare: true,
    value: 'private_[A-Za-z0-9+/=]{28}',
    sample: `private_${fake(B64, 27, 'ik')}=`,
    positive: [`new ImageKit({ publicKey: "public_${fake(B64, 28, 'ik-pub')}", privateKey: "«private_${fake(B64, 27, 'ik2')}=»", urlEndpoint: "https://ik.imagekit.io/ferrowind" })`],
    negative: [`IMAGEKIT_PUBLIC_KEY=public_${fake(B64, 28, 'ik-pub2')}`],
    minEntropy: 3.8,
    guide: guide('Uploads, lists and deletes every file of the ImageKit account and signs URLs.', 'ImageKit → Developer options → API keys → regenerate the private key.', 'https://imagekit.io/dashboard/developer/api-keys'),
  }),
  contextual({
    id: 'zerotier.api-token',
    title: 'ZeroTier Central API token',
    words: ['zerotier'],
    value: B62_32,
    sample: fake(B62, 32, 'zt'),
    negative: [`ZEROTIER_NETWORK_ID=${fake(HEX, 16, 'ztnet')}`],
    post: [hasOneCharacterClass],
    minEntropy: 3.8,
    guide: guide('Manages the account\'s ZeroTier networks: authorises new members (joining the private network), changes routes and rules.', 'my.zerotier.com → Account → API Access Tokens → delete the token.', 'https://my.zerotier.com/account'),
  }),
  detector({
    id: 'defined.api-token',
    title: 'Defined Networking (Managed Nebula) API key',
    keywords: ['dnkey-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>dnkey-[A-Z0-9]{26}-[A-Z0-9]{52})(?![A-Za-z0-9_-])/,
    positive: [`DN_API_KEY=«dnkey-${fake(UPPER_DIGITS, 26, 'dn1')}-${fake(UPPER_DIGITS, 52, 'dn2')}»`],
    negative: ['DN_API_KEY=dnkey-...'],
    guide: guide('Manages the Managed Nebula network: enrols hosts (joining the overlay network), changes roles and firewall rules.', 'Defined Networking admin → API Keys → delete the key.', 'https://admin.defined.net/settings/api-keys'),
  }),
];

export const detectors: Detector[] = [...datadog, ...newrelic, ...sentry, ...grafana, ...apm, ...analytics, ...platforms];
