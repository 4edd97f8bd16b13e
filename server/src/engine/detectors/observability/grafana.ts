/** grafana (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { decodeBase64, defineDetector, type Detector, jsonHasFields, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  // Grafana — `glsa_` (service accounts), `glc_` (Cloud access policies), legacy `eyJrIjoi…` keys.
  defineDetector({
    id: 'grafana.service-account-token',
    title: 'Grafana service account token',
    keywords: ['glsa_'],
    scope: 'document',
    // `glsa_` + 32 alphanumerics + `_` + 8 hex (the tail is a checksum whose algorithm is not public).
    pattern: /(?<![A-Za-z0-9_])(?<secret>glsa_[A-Za-z0-9]{32}_[0-9a-f]{8})(?![A-Za-z0-9_])/,
    guide: {
      grants:
        "Calls the Grafana HTTP API with the service account's role: reads dashboards and data sources (and their queried data), changes them if Editor/Admin.",
      revoke: 'Grafana → Administration → Users and access → Service accounts → the account → delete the token (or the account).',
      url: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'grafana.cloud-token',
    title: 'Grafana Cloud access policy token',
    keywords: ['glc_'],
    scope: 'document',
    // `glc_` + Base64 JSON (`{"o":…,"n":…,"k":…,"m":{"r":…}}`).
    pattern: /(?<![A-Za-z0-9_])(?<secret>glc_eyJ[A-Za-z0-9+/]{29,400}={0,2})(?![A-Za-z0-9+/=_-])/,
    guide: {
      grants:
        "Reads or writes metrics, logs and traces of the Grafana Cloud stack within the access policy's scopes; some policies manage the stack itself.",
      revoke: 'grafana.com → your organisation → Access Policies → the policy → delete the token.',
      url: 'https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'grafana.legacy-api-key',
    title: 'Grafana API key (legacy)',
    // Base64 of `{"k":"…","n":"…","id":…}`: the head `{"k":"` encodes to `eyJrIjoi`.
    keywords: ['eyJrIjoi'],
    scope: 'document',
    // `=` may precede it (`GRAFANA_API_KEY=eyJrIjoi…`, `?key=…`): in Base64 `=` is only trailing padding.
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>eyJrIjoi[A-Za-z0-9+/]{30,400}={0,2})(?![A-Za-z0-9+/=_-])/,
    post: [({ value }) => (jsonHasFields(decodeBase64(value), 'k', 'n') ? undefined : 'payload is not a Grafana key')],
    guide: {
      grants: "Calls the Grafana HTTP API with the key's role (Viewer/Editor/Admin) on the organisation.",
      revoke: 'Grafana → Configuration → API keys → delete the key; migrate to service accounts.',
      url: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
