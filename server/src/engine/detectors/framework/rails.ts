/**
 * Rails `secret_key_base` and master keys (`RAILS_MASTER_KEY`, `config/master.key`,
 * `config/credentials/*.key`). None has a prefix, so the pattern is anchored on the framework's own setting
 * name, and template / placeholder values (the framework's own defaults included) are negatives
 * (CREDENTIAL-FORMATS.md §10).
 */
import {
  SECRET_CHECKS,
  SESSION_FORGERY_GRANTS,
  ciFragment,
  defineDetector,
  frameworkGuide,
  secretAssignment,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'rails.secret-key-base',
    title: 'Rails secret_key_base',
    keywords: ['secret_key_base'],
    // 128 hex from `rails secret` (≥ 64 accepted): `secret_key_base:` (secrets.yml / credentials),
    // `config.secret_key_base = "…"`, `SECRET_KEY_BASE=`.
    pattern: () => secretAssignment(ciFragment('secret_key_base'), { prefix: false, min: 64, max: 256, value: '[0-9a-f]' }),
    post: [...SECRET_CHECKS],
    minEntropy: 3.5,
    guide: frameworkGuide(
      `${SESSION_FORGERY_GRANTS} Rails derives the cookie-signing and encryption keys (and signed global IDs) from it.`,
      'Generate a new value (`bin/rails secret`), deploy it via credentials or `SECRET_KEY_BASE`, and expect sessions to be invalidated.',
      'https://guides.rubyonrails.org/security.html#custom-credentials',
    ),
  }),
  defineDetector({
    id: 'rails.master-key',
    title: 'Rails master key',
    keywords: ['rails_master_key'],
    // `RAILS_MASTER_KEY=<32 hex>` (env, CI settings, Dockerfiles); the key file itself is rails.master-key-file's.
    pattern: /(?<![A-Za-z0-9_])RAILS_MASTER_KEY["']?[ \t]*(?::|=|=>)[ \t]*["']?(?<secret>[0-9a-f]{32})(?![0-9A-Za-z])/,
    minEntropy: 3,
    guide: frameworkGuide(
      'Decrypts `config/credentials.yml.enc` — every secret the Rails app stores there (database, API keys, secret_key_base).',
      'Rotate every secret inside the credentials file (they are exposed if the encrypted file is in the repository, which it usually is), then re-create the credentials with a new key (`bin/rails credentials:edit` after removing the old key).',
      'https://guides.rubyonrails.org/security.html#custom-credentials',
    ),
  }),
  defineDetector({
    id: 'rails.master-key-file',
    title: 'Rails master key file',
    // `config/master.key` holds nothing but the key: no keyword, the file name decides.
    keywords: [],
    scope: 'document',
    paths: /(?:^|[/\\])config[/\\](?:master|credentials[/\\][A-Za-z0-9_-]+)\.key$/,
    // The whole file: 32 hex and an optional line break.
    pattern: /^(?<secret>[0-9a-f]{32})\s*$/,
    minEntropy: 3,
    guide: frameworkGuide(
      'Decrypts `config/credentials.yml.enc` — every secret the Rails app stores there (database, API keys, secret_key_base).',
      'Rotate every secret inside the credentials file (they are exposed if the encrypted file is in the repository, which it usually is), then re-create the credentials with a new key (`bin/rails credentials:edit` after removing the old key). Add `config/master.key` to .gitignore.',
      'https://guides.rubyonrails.org/security.html#custom-credentials',
    ),
  }),
];
