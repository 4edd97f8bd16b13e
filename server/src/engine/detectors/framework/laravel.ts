/**
 * Laravel `APP_KEY` (`base64:` + 32 random bytes). None has a prefix, so the pattern is anchored on the
 * framework's own setting name, and template / placeholder values (the framework's own defaults included) are
 * negatives (CREDENTIAL-FORMATS.md §10).
 */
import { SESSION_FORGERY_GRANTS, defineDetector, frameworkGuide, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'laravel.app-key',
    title: 'Laravel APP_KEY',
    keywords: ['app_key'],
    // `APP_KEY=base64:<44 Base64>` (32-byte AES key, `php artisan key:generate`), also the fallback in
    // `env('APP_KEY', 'base64:…')`.
    pattern:
      /(?:(?<![A-Za-z0-9_])APP_KEY["']?[ \t]*(?::|=>|=)[ \t]*|env\([ \t]*["']APP_KEY["'][ \t]*,[ \t]*)["']?(?<secret>base64:[A-Za-z0-9+/]{43}=)/,
    minEntropy: 4,
    guide: frameworkGuide(
      `${SESSION_FORGERY_GRANTS} Laravel encrypts cookies (deserialised on read: remote code execution with a known key) and \`Crypt::\` data with it.`,
      'Run `php artisan key:generate` (keep the old key in `APP_PREVIOUS_KEYS` to decrypt existing data), deploy; sessions are invalidated.',
      'https://laravel.com/docs/encryption#gracefully-rotating-encryption-keys',
    ),
  }),
];
