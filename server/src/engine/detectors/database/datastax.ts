/** DataStax Astra DB application tokens (`AstraCS:…`). */
import { CONNECTION_SETTINGS_STORE, defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'datastax.astra-token',
    title: 'DataStax Astra DB application token',
    keywords: ['astracs:'],
    scope: 'document',
    // `AstraCS:` + 24 [A-Za-z] + `:` + 64 hex.
    pattern: /(?<![A-Za-z0-9_])(?<secret>AstraCS:[A-Za-z]{24}:[0-9a-f]{64})(?![0-9a-f])/,
    minEntropy: 3.5,
    guide: {
      grants: "Reads and writes the Astra databases (Cassandra / vector) with the token's role, and may manage the organisation.",
      revoke: 'Astra Portal → Settings → Tokens → revoke the token.',
      url: 'https://docs.datastax.com/en/astra-db-serverless/administration/manage-application-tokens.html',
      store: CONNECTION_SETTINGS_STORE,
    },
  }),
];
