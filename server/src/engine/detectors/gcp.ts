/**
 * Google Cloud and Firebase credentials. Shapes: CREDENTIAL-FORMATS.md §1 (API key: Google Cloud
 * "Manage API keys"; the rest cross-checked against public scanner rule sets, see the doc).
 *
 * Service-account key files: the PEM inside `"private_key"` is the private-key family's finding
 * (private-key.ts flags PEM blocks, JSON-escaped ones included). This file flags the same key file
 * by its `"private_key_id"` (40 hex) next to `"type": "service_account"`, with the client e-mail
 * as a part, so the two findings sit on different characters and never fight in de-duplication;
 * the key id is what the revoke step needs.
 */
import { fake, fakePem } from '../fake.js';
import { B64, B64URL, HEX, UPPER_DIGITS, ci, prefixedToken } from '../patterns.js';
import type { Detector, PostValidator } from '../types.js';
import { fakeMixed, isHexOnly, lacksLetterAndDigit, lacksMixedClasses, rejectNearby, requireNearby } from './cloud.js';

/**
 * Firebase web/mobile configs ship the `AIza` key to every client by design (CREDENTIAL-FORMATS.md,
 * "Public identifiers"): restrict the key rather than report it as a leak.
 */
const isFirebaseClientConfig = rejectNearby(/authDomain|messagingSenderId|firebaseapp\.com|"current_key"|GCM_SENDER_ID|GOOGLE_APP_ID|storageBucket/, 600, 'Firebase client config (public by design)');

const SA_KEY_ID = fake(HEX, 40, 'sa-key-id');

function serviceAccountJson(keyId: string, salt: string, marked: boolean): string {
  const pem = fakePem('PRIVATE KEY', 600, salt).replace(/\n/g, '\\n');
  return [
    '{',
    '  "type": "service_account",',
    '  "project_id": "ferro-data",',
    `  "private_key_id": "${marked ? `«${keyId}»` : keyId}",`,
    `  "private_key": "${pem}\\n",`,
    '  "client_email": "bq-loader@ferro-data.iam.gserviceaccount.com",',
    '  "client_id": "104729384756102938475",',
    '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
    '  "token_uri": "https://oauth2.googleapis.com/token"',
    '}',
  ].join('\n');
}

const hasNoServiceAccountType: PostValidator = requireNearby(/["']?type["']?\s*[:=]\s*["']service_account["']|service_account/, 4000, '"type": "service_account"');

const consoleCredentials = 'Google Cloud console → APIs & Services → Credentials';

export const detectors: Detector[] = [
  {
    id: 'gcp.api-key',
    title: 'Google API key',
    kind: 'specific',
    keywords: ['AIza'],
    pattern: prefixedToken('AIza', B64URL, 35),
    post: [isFirebaseClientConfig],
    examples: {
      positive: [
        `GOOGLE_MAPS_API_KEY=«AIza${fakeMixed(B64URL, 35, 'gkey')}»`,
        `fetch(\`https://maps.googleapis.com/maps/api/geocode/json?address=\${q}&key=«AIza${fakeMixed(B64URL, 35, 'gkey2')}»\`)`,
        `gemini:\n  api_key: "«AIza${fakeMixed(B64URL, 35, 'gkey3')}»"`,
      ],
      negative: [
        'key=AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe',
        `const firebaseConfig = {\n  apiKey: "AIza${fakeMixed(B64URL, 35, 'fb')}",\n  authDomain: "ferro-app.firebaseapp.com",\n  projectId: "ferro-app",\n  messagingSenderId: "1029384756",\n  appId: "1:1029384756:web:${fake(HEX, 22, 'app')}"\n};`,
        `"api_key": [\n  {\n    "current_key": "AIza${fakeMixed(B64URL, 35, 'gs')}"\n  }\n]`,
        `AIza${fake(B64URL, 20, 'short')}`,
      ],
    },
    guide: {
      grants: 'Calls every Google API enabled on the project that the key is not restricted from (Maps, Gemini, Translate …), billed to the project.',
      revoke: `${consoleCredentials} → the key → Regenerate key (or Delete), and add API and application restrictions to the new key.`,
      url: 'https://console.cloud.google.com/apis/credentials',
      store: 'Keep server-side keys in Secret Manager or environment variables; restrict browser/mobile keys by referrer, app and API.',
    },
  },
  {
    id: 'gcp.oauth-client-secret',
    title: 'Google OAuth client secret',
    kind: 'specific',
    keywords: ['GOCSPX-'],
    pattern: prefixedToken('GOCSPX-', B64URL, [28, 40]),
    post: [lacksMixedClasses],
    examples: {
      positive: [
        `GOOGLE_CLIENT_SECRET=«GOCSPX-${fakeMixed(B64URL, 28, 'gocspx')}»`,
        `{"web":{"client_id":"1029384756-${fake(HEX, 32, 'cid')}.apps.googleusercontent.com","client_secret":"«GOCSPX-${fakeMixed(B64URL, 28, 'gocspx2')}»"}}`,
      ],
      negative: ['GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx', `GOCSPX-${fake(B64URL, 10, 'short')}`],
    },
    guide: {
      grants: 'Lets anyone exchange authorization codes and refresh tokens as your OAuth client, impersonating the app to users who consented.',
      revoke: `${consoleCredentials} → OAuth 2.0 Client IDs → the client → Add secret, deploy it, then disable and delete the leaked secret.`,
      url: 'https://console.cloud.google.com/apis/credentials',
      store: 'Keep it in Secret Manager or the deployment\'s secret store; never in client-side code.',
    },
  },
  {
    id: 'gcp.oauth-client-secret-legacy',
    title: 'Google OAuth client secret (legacy, un-prefixed)',
    kind: 'specific',
    keywords: ['googleusercontent'],
    // Pre-2021 secrets are 24 chars without a prefix: only next to a Google OAuth client id.
    pattern: new RegExp(`${ci('client')}[._-]?${ci('secret')}["']?\\s*(?::=|=>|=|:)\\s*["']?(?<secret>[A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])`),
    post: [lacksMixedClasses],
    minEntropy: 3.5,
    companions: [{ name: 'client_id', pattern: /(?<value>\d{5,20}-[a-z0-9]{32}\.apps\.googleusercontent\.com)/, withinLines: 10 }],
    requireCompanion: true,
    examples: {
      positive: [`{"installed":{"client_id":"1029384756-${fake(HEX, 32, 'cid2')}.apps.googleusercontent.com","project_id":"ferro","client_secret":"«${fakeMixed(B64URL, 24, 'legacy')}»"}}`],
      negative: [
        `{"installed":{"client_id":"32555940559.apps.googleusercontent.com","client_secret":"d-FL95Q19q7MQmFpd7hHD0Ty"}}`,
        `client_secret: "${fakeMixed(B64URL, 24, 'noid')}"`,
      ],
    },
    guide: {
      grants: 'Lets anyone exchange authorization codes and refresh tokens as your OAuth client.',
      revoke: `${consoleCredentials} → OAuth 2.0 Client IDs → the client → Reset secret (or add a new secret, deploy, then delete the old one).`,
      url: 'https://console.cloud.google.com/apis/credentials',
    },
  },
  {
    id: 'gcp.oauth-refresh-token',
    title: 'Google OAuth refresh token',
    kind: 'specific',
    keywords: ['1//'],
    pattern: prefixedToken('1//', B64URL, [40, 512]),
    post: [lacksMixedClasses],
    minEntropy: 4.0,
    examples: {
      positive: [
        `GOOGLE_REFRESH_TOKEN=«1//0g${fakeMixed(B64URL, 98, 'rt')}»`,
        `{"client_id": "1029384756-${fake(HEX, 32, 'cid3')}.apps.googleusercontent.com", "refresh_token": "«1//09${fakeMixed(B64URL, 98, 'rt2')}»", "type": "authorized_user"}`,
      ],
      negative: [
        'int x = 1// a comment',
        `refresh_token: 1//${'x'.repeat(60)}`,
        // A chance `1//` inside an inline image (notebook output): part of a longer Base64 run.
        `"image/png": "iVBORw0KGgo${fake(B64, 120, 'png1')}+1//${fakeMixed(B64URL, 60, 'png2')}+${fake(B64, 120, 'png3')}"`,
      ],
    },
    guide: {
      grants: 'Mints access tokens for the Google account with the scopes it consented to (Gmail, Drive, Cloud …) until revoked.',
      revoke: 'The account owner: Google Account → Security → Third-party apps with account access → remove the app; or POST the token to https://oauth2.googleapis.com/revoke. For gcloud ADC: `gcloud auth application-default revoke`.',
      url: 'https://myaccount.google.com/permissions',
      store: 'Keep user credentials in the OS keychain or a secret manager; prefer service-account impersonation or workload identity in automation.',
    },
  },
  {
    id: 'gcp.oauth-access-token',
    title: 'Google OAuth access token',
    kind: 'specific',
    keywords: ['ya29.'],
    pattern: prefixedToken('ya29.', B64URL, [80, 2048]),
    post: [lacksMixedClasses],
    minEntropy: 4.0,
    examples: {
      positive: [`curl -H "Authorization: Bearer «ya29.a0${fakeMixed(B64URL, 160, 'ya29')}»" https://www.googleapis.com/drive/v3/files`],
      negative: ['Authorization: Bearer ya29.xxx', `token = "ya29.${fake(B64URL, 30, 'short')}"`],
    },
    guide: {
      grants: 'Calls Google APIs as the user or service account with the token\'s scopes, for about an hour.',
      revoke: 'It expires within an hour; revoke now with POST https://oauth2.googleapis.com/revoke?token=…, and revoke the refresh token or key that minted it if that leaked too.',
      url: 'https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke',
    },
  },
  {
    id: 'gcp.service-account-key',
    title: 'Google Cloud service account key file',
    kind: 'specific',
    keywords: ['service_account'],
    // `"private_key_id": "<40 hex>"` (also `'…'` in code dicts, `\"…\"` in escaped JSON) of a
    // `"type": "service_account"` object; the PEM itself is the private-key family's finding.
    pattern: /\\?["']private_key_id\\?["']\s*[:=]\s*\\?["'](?<secret>[0-9a-f]{40})\\?["']/,
    post: [hasNoServiceAccountType],
    minEntropy: 3.0,
    companions: [{ name: 'client_email', pattern: /(?<value>[a-z0-9-]{1,100}@[a-z0-9-]{1,100}\.iam\.gserviceaccount\.com)/, withinLines: 12 }],
    examples: {
      positive: [
        serviceAccountJson(SA_KEY_ID, 'sa', true),
        `cred = credentials.Certificate({\n    'type': 'service_account',\n    'project_id': 'ferro-app',\n    'private_key_id': '«${fake(HEX, 40, 'sa2')}»',\n    'client_email': 'firebase-adminsdk-x1y2z@ferro-app.iam.gserviceaccount.com',\n})`,
      ],
      negative: [`{"type": "authorized_user", "private_key_id": "${fake(HEX, 40, 'sa3')}"}`, `{"type": "service_account", "private_key_id": "<key id>", "private_key": "${'-'.repeat(5)}BEGIN PRIVATE KEY${'-'.repeat(5)}\\n...\\n"}`],
    },
    guide: {
      grants: 'Authenticates as the service account: every IAM role it holds on the project or organisation, until the key is deleted (keys do not expire by default).',
      revoke: 'IAM & Admin → Service accounts → the account → Keys → delete the key with this id (`gcloud iam service-accounts keys delete <private_key_id> --iam-account <client_email>`); review Cloud Audit Logs for its use.',
      url: 'https://console.cloud.google.com/iam-admin/serviceaccounts',
      store: 'Avoid key files: use attached service accounts, workload identity federation or `gcloud auth application-default login`; if a key is unavoidable keep it in Secret Manager.',
    },
  },
  {
    id: 'gcp.storage-hmac-key',
    title: 'Google Cloud Storage HMAC key',
    kind: 'specific',
    keywords: ['GOOG'],
    // Access id `GOOG` + 56–61 upper-case alphanumerics; its 40-char secret sits next to it.
    pattern: prefixedToken('GOOG', UPPER_DIGITS, [56, 61]),
    post: [lacksLetterAndDigit],
    companions: [
      {
        name: 'secret',
        pattern: /(?<![A-Za-z0-9+/])(?<value>[A-Za-z0-9+/]{40})(?![A-Za-z0-9+/=])/,
        withinLines: 4,
        post: [isHexOnly, lacksMixedClasses],
      },
    ],
    examples: {
      positive: [`[Credentials]\ngs_access_key_id = «GOOG1E${fake(UPPER_DIGITS, 55, 'hmac')}»\ngs_secret_access_key = ${fakeMixed(B64, 40, 'hmac-s')}`],
      negative: ['GOOGLE_APPLICATION_CREDENTIALS=/etc/sa.json', `access_id: GOOG${'X'.repeat(56)}`],
    },
    guide: {
      grants: 'With its secret, S3-compatible (XML API) access to Cloud Storage as the service account or user that owns the HMAC key.',
      revoke: 'Cloud Storage → Settings → Interoperability → the access key → Deactivate, then Delete (`gcloud storage hmac update --deactivate` / `hmac delete`).',
      url: 'https://console.cloud.google.com/storage/settings;tab=interoperability',
    },
  },
  {
    id: 'firebase.fcm-server-key',
    title: 'Firebase Cloud Messaging legacy server key',
    kind: 'specific',
    keywords: ['AAAA'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7}:[A-Za-z0-9_-]{130,160})(?![A-Za-z0-9_-])/,
    post: [lacksMixedClasses],
    examples: {
      positive: [`FCM_SERVER_KEY=«AAAA${fakeMixed(B64URL, 7, 'fcm1')}:APA91b${fakeMixed(B64URL, 134, 'fcm2')}»`, `headers: { Authorization: "key=«AAAA${fakeMixed(B64URL, 7, 'fcm3')}:APA91b${fakeMixed(B64URL, 134, 'fcm4')}»" }`],
      negative: [`FCM_SERVER_KEY=AAAA${'x'.repeat(7)}:${'x'.repeat(140)}`, `ssh-rsa AAAAB3NzaC1yc2E${fake(B64, 200, 'ssh')}`],
    },
    guide: {
      grants: 'Sends push notifications to every user of the app through the (retired) legacy FCM HTTP API, where still accepted.',
      revoke: 'Firebase console → Project settings → Cloud Messaging → delete the legacy server key (the legacy API is retired: migrate to HTTP v1 with service-account OAuth).',
      url: 'https://console.firebase.google.com/project/_/settings/cloudmessaging',
    },
  },
];
