/** Scaleway credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import {
  anchored,
  assignment,
  ci,
  defineDetector,
  hasRunOf,
  INJECT_FROM_SECRET_STORE,
  phrase,
  terraformProviderAttribute,
  UUID,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'scaleway.secret-key',
    title: 'Scaleway API secret key',
    keywords: ['scw_secret', 'scw-secret', 'scwsecret', 'scaleway'],
    scope: 'document',
    pattern: () =>
      anchored(
        assignment(
          [
            phrase('scw secret key'),
            `${ci('scaleway')}[A-Za-z0-9_.-]{0,30}${ci('secret')}[A-Za-z0-9_.-]{0,10}`,
            terraformProviderAttribute('scaleway', ['secret_key']),
          ],
          UUID,
        ),
      ),
    post: [hasRunOf(6)],
    companions: [{ name: 'access_key', pattern: /(?<![A-Za-z0-9])(?<value>SCW[A-Z0-9]{17})(?![A-Za-z0-9])/, withinLines: 4 }],
    guide: {
      grants:
        'Signs Scaleway API calls for the IAM application or user that owns the key, with its policies (instances, object storage, registries …).',
      revoke: 'Scaleway console → IAM → API keys → the key → Delete; generate a new key.',
      url: 'https://console.scaleway.com/iam/api-keys',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
