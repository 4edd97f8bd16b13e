/** Packagist / Private Packagist tokens (CREDENTIAL-FORMATS.md §2). */
import { defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'packagist.token',
    title: 'Packagist / Private Packagist token',
    keywords: ['packagist_'],
    scope: 'document',
    // `packagist_` + 3-letter token type (ort, out, uut, ack …) + `_` + hex (length unverified).
    pattern: /(?<![A-Za-z0-9_])(?<secret>packagist_[a-z]{3}_[0-9a-f]{60,80})(?![A-Za-z0-9])/,
    guide: {
      grants:
        'Reads private packages from the Private Packagist organisation (read tokens) or updates packages and the organisation (update/admin tokens).',
      revoke: 'packagist.com → organisation → Settings → Authentication tokens → Revoke (user tokens: Profile → Tokens).',
      url: 'https://packagist.com/docs/authentication-tokens',
      store: 'Keep it in `COMPOSER_AUTH` from the CI secret store or `composer config --global`; never commit `auth.json`.',
    },
  }),
];
