/**
 * Databricks keys (CREDENTIAL-FORMATS.md §5, §8): personal access tokens (`dapi…`) and service
 * principal OAuth secrets (`dose…`). Anchored on their prefix.
 */
import {
  CONNECTION_SETTINGS_STORE,
  HEX,
  defineDetector,
  isNotMixedHex,
  prefixedToken,
  STORE_AI_PLATFORM_KEY,
  token,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'databricks.access-token',
    title: 'Databricks personal access token',
    keywords: ['dapi'],
    scope: 'document',
    // `dapi` + 32 hex, optionally `-N` (Databricks PAT format; CREDENTIAL-FORMATS.md).
    pattern: () => prefixedToken('dapi', HEX, 32, '(?:-\\d{1,2})?'),
    minEntropy: 3,
    guide: {
      grants:
        'Acts as the user on the Databricks workspace: read data in Unity Catalog / DBFS, run jobs and clusters (cost), change notebooks.',
      revoke: 'Workspace → User settings → Developer → Access tokens → Revoke; admins can revoke any token via the Token Management API.',
      url: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
      store: CONNECTION_SETTINGS_STORE,
    },
  }),
  token({
    id: 'databricks.oauth-secret',
    title: 'Databricks service principal OAuth secret',
    scope: 'document',
    prefix: 'dose',
    alphabet: HEX,
    length: 32,
    post: [isNotMixedHex],
    guide: {
      grants: 'Mints OAuth tokens for the service principal and acts with its workspace and account permissions.',
      revoke: 'Account console → User management → Service principals → the principal → Secrets → delete the secret.',
      url: 'https://accounts.cloud.databricks.com',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
