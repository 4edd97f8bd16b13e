/** Confluent Cloud API secrets (CREDENTIAL-FORMATS.md §8). */
import { PASSWORD_CHECKS, ciFragment, dbGuide, defineDetector, secretAssignment, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'confluent.api-secret',
    title: 'Confluent Cloud API secret',
    keywords: ['confluent', 'ccloud'],
    // Secret: 64 chars [A-Za-z0-9+/]; key: 16 [A-Z0-9] (CREDENTIAL-FORMATS.md §8, confluent.api_secret).
    pattern: () =>
      secretAssignment(
        ciFragment(
          '(?:confluent|ccloud)(?:_cloud)?[_.-]?(?:api[_.-]?|cluster[_.-]?|kafka[_.-]?|schema[_.-]?registry[_.-]?)?(?:secret|password)',
        ),
        { min: 64, max: 64, value: '[A-Za-z0-9+/]' },
      ),
    post: [...PASSWORD_CHECKS],
    minEntropy: 4,
    companions: [
      {
        name: 'api_key',
        pattern: /(?:confluent|ccloud|kafka|api)[A-Za-z0-9_.-]{0,30}key["']?[ \t]*[:=][ \t]*["']?(?<value>[A-Z0-9]{16})(?![A-Za-z0-9])/i,
        withinLines: 4,
      },
    ],
    guide: dbGuide(
      "Acts as the API key's owner on the Confluent Cloud cluster or organisation (produce, consume, manage topics, depending on its scope).",
      'Confluent Cloud → Administration → API keys → delete the key; create a new one for the service account.',
      'https://confluent.cloud/settings/api-keys',
    ),
  }),
  defineDetector({
    id: 'confluent.api-key-pair',
    title: 'Confluent Cloud API key and secret literals',
    keywords: ['confluent', 'sasl', 'kafka'],
    scope: 'document',
    // A 16-char key id followed by its 64-char secret as two adjacent string literals, whatever the
    // names: `{:plain, "KEY", "SECRET"}` (brod / Elixir), `("KEY", "SECRET")` tuples, arrays.
    pattern: /["'`](?<api_key>[A-Z0-9]{16})["'`][ \t]*(?:,|=>|:)\s{0,40}["'`](?<secret>[A-Za-z0-9+/]{64})["'`]/,
    post: [
      ({ groups }) =>
        /[A-Z]/.test(groups.api_key ?? '') && /[0-9]/.test(groups.api_key ?? '') ? undefined : 'key id is not a Confluent key',
    ],
    minEntropy: 4.5,
    guide: dbGuide(
      "Acts as the API key's owner on the Confluent Cloud cluster (produce, consume, manage topics, depending on its scope).",
      'Confluent Cloud → Administration → API keys → delete the key; create a new one for the service account.',
      'https://confluent.cloud/settings/api-keys',
    ),
  }),
];
