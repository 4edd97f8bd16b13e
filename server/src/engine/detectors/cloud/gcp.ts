/**
 * Google Cloud credentials. Shapes: CREDENTIAL-FORMATS.md §1 (API key: Google Cloud
 * "Manage API keys"; the rest cross-checked against public scanner rule sets, see the doc).
 *
 * Service-account key files: the PEM inside `"private_key"` is the private-key family's finding
 * (private-key.ts flags PEM blocks, JSON-escaped ones included). This file flags the same key file
 * by its `"private_key_id"` (40 hex) next to `"type": "service_account"`, with the client e-mail
 * as a part, so the two findings sit on different characters and never fight in de-duplication;
 * the key id is what the revoke step needs.
 */
import {
  B64URL,
  ci,
  defineDetector,
  isHexOnly,
  lacksLetterAndDigit,
  lacksMixedClasses,
  prefixedToken,
  rejectNearby,
  requireNearby,
  UPPER_DIGITS,
  type Detector,
  type PostValidator,
} from '../kit/index.js';

/**
 * Firebase web/mobile configs ship the `AIza` key to every client by design (CREDENTIAL-FORMATS.md,
 * "Public identifiers"): restrict the key rather than report it as a leak.
 */
const isFirebaseClientConfig = rejectNearby(
  /authDomain|messagingSenderId|firebaseapp\.com|"current_key"|GCM_SENDER_ID|GOOGLE_APP_ID|storageBucket/,
  { lines: 8 },
  'Firebase client config (public by design)',
);

const hasNoServiceAccountType: PostValidator = requireNearby(
  /["']?type["']?\s*[:=]\s*["']service_account["']|service_account/,
  { lines: 50 },
  'no "type": "service_account" nearby',
);

const consoleCredentials = 'Google Cloud console → APIs & Services → Credentials';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'gcp.api-key',
    title: 'Google API key',
    keywords: ['AIza'],
    scope: 'document',
    pattern: () => prefixedToken('AIza', B64URL, 35),
    post: [isFirebaseClientConfig],
    guide: {
      grants:
        'Calls every Google API enabled on the project that the key is not restricted from (Maps, Gemini, Translate …), billed to the project.',
      revoke: `${consoleCredentials} → the key → Regenerate key (or Delete), and add API and application restrictions to the new key.`,
      url: 'https://console.cloud.google.com/apis/credentials',
      store: 'Keep server-side keys in Secret Manager or environment variables; restrict browser/mobile keys by referrer, app and API.',
    },
  }),
  defineDetector({
    id: 'gcp.oauth-client-secret',
    title: 'Google OAuth client secret',
    keywords: ['GOCSPX-'],
    scope: 'document',
    pattern: () => prefixedToken('GOCSPX-', B64URL, [28, 40]),
    post: [lacksMixedClasses],
    guide: {
      grants:
        'Lets anyone exchange authorization codes and refresh tokens as your OAuth client, impersonating the app to users who consented.',
      revoke: `${consoleCredentials} → OAuth 2.0 Client IDs → the client → Add secret, deploy it, then disable and delete the leaked secret.`,
      url: 'https://console.cloud.google.com/apis/credentials',
      store: "Keep it in Secret Manager or the deployment's secret store; never in client-side code.",
    },
  }),
  defineDetector({
    id: 'gcp.oauth-client-secret-legacy',
    title: 'Google OAuth client secret (legacy, un-prefixed)',
    keywords: ['googleusercontent'],
    scope: 'document',
    // Pre-2021 secrets are 24 chars without a prefix: only next to a Google OAuth client id.
    pattern: () =>
      new RegExp(`${ci('client')}[._-]?${ci('secret')}["']?\\s*(?::=|=>|=|:)\\s*["']?(?<secret>[A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])`),
    post: [lacksMixedClasses],
    minEntropy: 3.5,
    companions: [{ name: 'client_id', pattern: /(?<value>\d{5,20}-[a-z0-9]{32}\.apps\.googleusercontent\.com)/, withinLines: 10 }],
    requireCompanion: true,
    guide: {
      grants: 'Lets anyone exchange authorization codes and refresh tokens as your OAuth client.',
      revoke: `${consoleCredentials} → OAuth 2.0 Client IDs → the client → Reset secret (or add a new secret, deploy, then delete the old one).`,
      url: 'https://console.cloud.google.com/apis/credentials',
    },
  }),
  defineDetector({
    id: 'gcp.oauth-refresh-token',
    title: 'Google OAuth refresh token',
    keywords: ['1//'],
    scope: 'document',
    pattern: () => prefixedToken('1//', B64URL, [40, 512]),
    post: [lacksMixedClasses],
    minEntropy: 4.0,
    guide: {
      grants: 'Mints access tokens for the Google account with the scopes it consented to (Gmail, Drive, Cloud …) until revoked.',
      revoke:
        'The account owner: Google Account → Security → Third-party apps with account access → remove the app; or POST the token to https://oauth2.googleapis.com/revoke. For gcloud ADC: `gcloud auth application-default revoke`.',
      url: 'https://myaccount.google.com/permissions',
      store:
        'Keep user credentials in the OS keychain or a secret manager; prefer service-account impersonation or workload identity in automation.',
    },
  }),
  defineDetector({
    id: 'gcp.oauth-access-token',
    title: 'Google OAuth access token',
    keywords: ['ya29.'],
    scope: 'document',
    pattern: () => prefixedToken('ya29.', B64URL, [80, 2048]),
    post: [lacksMixedClasses],
    minEntropy: 4.0,
    guide: {
      grants: "Calls Google APIs as the user or service account with the token's scopes, for about an hour.",
      revoke:
        'It expires within an hour; revoke now with POST https://oauth2.googleapis.com/revoke?token=…, and revoke the refresh token or key that minted it if that leaked too.',
      url: 'https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke',
    },
  }),
  defineDetector({
    id: 'gcp.service-account-key',
    title: 'Google Cloud service account key file',
    keywords: ['service_account'],
    scope: 'document',
    // `"private_key_id": "<40 hex>"` (also `'…'` in code dicts, `\"…\"` in escaped JSON) of a
    // `"type": "service_account"` object; the PEM itself is the private-key family's finding.
    pattern: /\\?["']private_key_id\\?["']\s*[:=]\s*\\?["'](?<secret>[0-9a-f]{40})\\?["']/,
    post: [hasNoServiceAccountType],
    minEntropy: 3.0,
    companions: [
      { name: 'client_email', pattern: /(?<value>[a-z0-9-]{1,100}@[a-z0-9-]{1,100}\.iam\.gserviceaccount\.com)/, withinLines: 12 },
    ],
    guide: {
      grants:
        'Authenticates as the service account: every IAM role it holds on the project or organisation, until the key is deleted (keys do not expire by default).',
      revoke:
        'IAM & Admin → Service accounts → the account → Keys → delete the key with this id (`gcloud iam service-accounts keys delete <private_key_id> --iam-account <client_email>`); review Cloud Audit Logs for its use.',
      url: 'https://console.cloud.google.com/iam-admin/serviceaccounts',
      store:
        'Avoid key files: use attached service accounts, workload identity federation or `gcloud auth application-default login`; if a key is unavoidable keep it in Secret Manager.',
    },
  }),
  defineDetector({
    id: 'gcp.storage-hmac-key',
    title: 'Google Cloud Storage HMAC key',
    keywords: ['GOOG'],
    scope: 'document',
    // Access id `GOOG` + 56–61 upper-case alphanumerics; its 40-char secret sits next to it.
    pattern: () => prefixedToken('GOOG', UPPER_DIGITS, [56, 61]),
    post: [lacksLetterAndDigit],
    companions: [
      {
        name: 'secret',
        pattern: /(?<![A-Za-z0-9+/])(?<value>[A-Za-z0-9+/]{40})(?![A-Za-z0-9+/=])/,
        withinLines: 4,
        post: [isHexOnly, lacksMixedClasses],
      },
    ],
    guide: {
      grants: 'With its secret, S3-compatible (XML API) access to Cloud Storage as the service account or user that owns the HMAC key.',
      revoke:
        'Cloud Storage → Settings → Interoperability → the access key → Deactivate, then Delete (`gcloud storage hmac update --deactivate` / `hmac delete`).',
      url: 'https://console.cloud.google.com/storage/settings;tab=interoperability',
    },
  }),
];
