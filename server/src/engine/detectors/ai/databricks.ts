/**
 * Databricks keys (CREDENTIAL-FORMATS.md §5). Anchored on their prefix.
 */
import { HEX, isNotMixedHex, STORE_AI_PLATFORM_KEY, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'databricks.oauth-secret',
    title: 'Databricks service principal OAuth secret',
    scope: 'document',
    prefix: 'dose',
    alphabet: HEX,
    length: 32,
    post: [isNotMixedHex],
    guide: { grants: 'Mints OAuth tokens for the service principal and acts with its workspace and account permissions.', revoke: 'Account console → User management → Service principals → the principal → Secrets → delete the secret.', url: 'https://accounts.cloud.databricks.com', store: STORE_AI_PLATFORM_KEY },
  }),
];
