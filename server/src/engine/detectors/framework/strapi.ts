/**
 * Strapi `APP_KEYS` and token salts. None has a prefix, so the pattern is anchored on the framework's own
 * setting name, and template / placeholder values (the framework's own defaults included) are negatives
 * (CREDENTIAL-FORMATS.md §10).
 */
import {
  SECRET_CHECKS,
  SESSION_FORGERY_GRANTS,
  defineDetector,
  frameworkGuide,
  isDocumentedSecret,
  isToBeModified,
  secretAssignment,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'strapi.app-keys',
    title: 'Strapi APP_KEYS',
    keywords: ['app_keys'],
    // `APP_KEYS=k1,k2,k3,k4`: comma-separated Base64 session keys (Strapi v4+ generated `.env`).
    pattern:
      /(?<![A-Za-z0-9_])APP_KEYS["']?[ \t]*(?::|=)[ \t]*["']?(?<secret>[A-Za-z0-9+/=_-]{12,88}(?:,[ \t]?[A-Za-z0-9+/=_-]{12,88}){0,7})/,
    post: [isToBeModified, isDocumentedSecret],
    minEntropy: 3.5,
    guide: frameworkGuide(
      SESSION_FORGERY_GRANTS,
      'Generate new keys (`openssl rand -base64 16` each), set `APP_KEYS` in the environment, redeploy; sessions are invalidated.',
      'https://docs.strapi.io/cms/configurations/environment',
    ),
  }),
  defineDetector({
    id: 'strapi.token-salt',
    title: 'Strapi API / transfer token salt',
    keywords: ['api_token_salt', 'transfer_token_salt'],
    // `API_TOKEN_SALT` / `TRANSFER_TOKEN_SALT` hash Strapi's API tokens: with the database, tokens can be forged.
    pattern: () => secretAssignment('API_TOKEN_SALT|TRANSFER_TOKEN_SALT', { prefix: false, min: 12, max: 200 }),
    post: [...SECRET_CHECKS],
    minEntropy: 3.2,
    guide: frameworkGuide(
      'Together with the database, lets an attacker validate and forge Strapi API / transfer tokens.',
      'Generate a new salt, deploy it, and regenerate the API and transfer tokens.',
    ),
  }),
];
