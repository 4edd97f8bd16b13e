/**
 * WordPress authentication keys and salts, and `DB_PASSWORD` in wp-config.php. None has a prefix, so the
 * pattern is anchored on the framework's own setting name, and template / placeholder values (the framework's
 * own defaults included) are negatives (CREDENTIAL-FORMATS.md §10).
 */
import { PASSWORD_CHECKS, defineDetector, frameworkGuide, isDefaultDbPassword, isDocumentedSecret, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'wordpress.auth-salt',
    title: 'WordPress authentication key / salt',
    keywords: ['auth_key', 'auth_salt', 'logged_in_key', 'logged_in_salt', 'nonce_key', 'nonce_salt'],
    // The eight `define('AUTH_KEY', '…')` constants of wp-config.php (64 printable chars from the salt API).
    pattern:
      /define\([ \t]*["'](?<name>(?:SECURE_)?AUTH_KEY|LOGGED_IN_KEY|NONCE_KEY|(?:SECURE_)?AUTH_SALT|LOGGED_IN_SALT|NONCE_SALT)["'][ \t]*,[ \t]*(?<_q>["'])(?<secret>(?:(?!\k<_q>)[^\r\n\\]){16,128})\k<_q>/,
    // Salts use all of printable ASCII, so `...`, `<…>` or `{{` occur by chance (about a quarter of
    // real salts): skip the common placeholder/template checks and reject the shipped sample prose.
    skipCommonValidators: true,
    post: [isDocumentedSecret, ({ value }) => (/^[A-Za-z ]+$/.test(value) ? 'prose placeholder' : undefined)],
    minEntropy: 3.5,
    guide: frameworkGuide(
      'Forges WordPress login cookies and nonces: log in as any user, including administrators.',
      'Generate new values at https://api.wordpress.org/secret-key/1.1/salt/ and replace all eight constants; every user is logged out.',
      'https://api.wordpress.org/secret-key/1.1/salt/',
    ),
  }),
  defineDetector({
    id: 'wordpress.db-password',
    title: 'WordPress database password',
    keywords: ['db_password'],
    // `define( 'DB_PASSWORD', '…' );` in wp-config.php.
    pattern: /define\([ \t]*["']DB_PASSWORD["'][ \t]*,[ \t]*(?<_q>["'])(?<secret>(?:(?!\k<_q>)[^\r\n\\]){3,128})\k<_q>/,
    post: [...PASSWORD_CHECKS, isDefaultDbPassword],
    companions: [
      { name: 'username', pattern: /define\([ \t]*["']DB_USER["'][ \t]*,[ \t]*["'](?<value>[^"'\r\n]{1,64})["']/, withinLines: 6 },
      { name: 'host', pattern: /define\([ \t]*["']DB_HOST["'][ \t]*,[ \t]*["'](?<value>[^"'\r\n]{1,253})["']/, withinLines: 6 },
    ],
    guide: frameworkGuide(
      'Full access to the WordPress database: user accounts and password hashes, content, and options (often a path to code execution).',
      "Change the MySQL user's password (hosting panel or `ALTER USER`), update wp-config.php from the environment, and review admin users.",
    ),
  }),
];
