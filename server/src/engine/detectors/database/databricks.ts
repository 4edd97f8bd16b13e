/** Databricks personal access tokens (`dapi…`; CREDENTIAL-FORMATS.md §8). */
import { CONNECTION_SETTINGS_STORE, HEX, defineDetector, prefixedToken, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'databricks.access-token',
    title: 'Databricks personal access token',
    keywords: ['dapi'],
    scope: 'document',
    // `dapi` + 32 hex, optionally `-N` (Databricks PAT format; CREDENTIAL-FORMATS.md).
    pattern: prefixedToken('dapi', HEX, 32, '(?:-\\d{1,2})?'),
    minEntropy: 3,
    guide: {
      grants: 'Acts as the user on the Databricks workspace: read data in Unity Catalog / DBFS, run jobs and clusters (cost), change notebooks.',
      revoke: 'Workspace → User settings → Developer → Access tokens → Revoke; admins can revoke any token via the Token Management API.',
      url: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
      store: CONNECTION_SETTINGS_STORE,
    },
  }),
];
