/** IBM Cloud credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import { ci, defineDetector, INJECT_FROM_SECRET_STORE, lacksMixedClasses, phrase, requireNearby, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'ibm.cloud-api-key',
    title: 'IBM Cloud IAM API key',
    keywords: ['ibm', 'ic_api_key', 'iam_apikey'],
    scope: 'document',
    // Document scope: service-credential JSON puts `"apikey"` and the `iam_apikey_*` fields on separate lines.
    pattern: () =>
      new RegExp(
        `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${ci('ibm')}[A-Za-z0-9_.-]{0,20}${ci('api')}[._-]?${ci('key')}|${phrase('ic api key')}|${phrase('iam api key')})[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*|(?<_json>["']apikey["']\\s*:\\s*))["']?(?<secret>[A-Za-z0-9_-]{44})(?![A-Za-z0-9_-])`,
      ),
    post: [
      lacksMixedClasses,
      (candidate) =>
        candidate.groups._json !== undefined
          ? requireNearby(
              /iam_apikey_|iam_serviceid_crn|cloud\.ibm\.com|bluemix/i,
              { lines: 19 },
              'no IBM credential fields nearby',
            )(candidate)
          : undefined,
    ],
    minEntropy: 3.5,
    guide: {
      grants:
        'Exchanges for IAM access tokens at iam.cloud.ibm.com: acts as the user or service ID on every IBM Cloud resource its access policies allow.',
      revoke:
        'IBM Cloud → Manage → Access (IAM) → API keys (or the service ID → API keys) → Delete; for service credentials, delete the credential on the service instance.',
      url: 'https://cloud.ibm.com/iam/apikeys',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'ibm.cos-hmac-secret',
    title: 'IBM Cloud Object Storage HMAC secret key',
    keywords: ['cos_hmac_keys'],
    scope: 'document',
    pattern: /["']secret_access_key["']\s*:\s*["'](?<secret>[0-9a-f]{48})["']/,
    post: [requireNearby(/cos_hmac_keys/, { lines: 8 }, 'no cos_hmac_keys nearby')],
    minEntropy: 3.0,
    companions: [{ name: 'access_key_id', pattern: /["']access_key_id["']\s*:\s*["'](?<value>[0-9a-f]{32})["']/, withinLines: 4 }],
    guide: {
      grants: 'S3-compatible read/write access to the IBM Cloud Object Storage buckets of the service credential.',
      revoke:
        'IBM Cloud → the Object Storage instance → Service credentials → delete the credential that holds these HMAC keys; create a new one.',
      url: 'https://cloud.ibm.com/resources',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
