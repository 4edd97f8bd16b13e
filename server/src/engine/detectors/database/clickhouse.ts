/** ClickHouse credentials: connection URIs and ClickHouse Cloud API key secrets (CREDENTIAL-FORMATS.md §8). */
import {
  B62,
  CONNECTION_SETTINGS_STORE,
  URI_PASSWORD_CHECKS,
  dbGuide,
  defineDetector,
  prefixedToken,
  uri,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  uri({
    id: 'clickhouse.uri',
    title: 'ClickHouse connection URI with password',
    schemes: 'clickhouse|clickhouses|ch',
    keywords: ['clickhouse', 'ch://'],
    post: URI_PASSWORD_CHECKS,
    guide: dbGuide(
      'Read and write the ClickHouse tables that user can reach.',
      "ClickHouse Cloud → service → Settings → Reset password; self-hosted: `ALTER USER name IDENTIFIED BY '…'`.",
    ),
  }),
  defineDetector({
    id: 'clickhouse.cloud-api-secret',
    title: 'ClickHouse Cloud API key secret',
    keywords: ['4b1d'],
    // `4b1d` + 38 [A-Za-z0-9] (42 total); key id 20 [A-Za-z0-9].
    pattern: () => prefixedToken('4b1d', B62, 38),
    post: [({ value }) => (/^[0-9a-f]+$/.test(value) || !/[A-Z]/.test(value) ? 'hex/lower-case string, not a ClickHouse key' : undefined)],
    minEntropy: 4,
    guide: {
      grants: "Calls the ClickHouse Cloud API with the key's role: manage services, IP access lists and backups.",
      revoke: 'ClickHouse Cloud console → Organization → API keys → delete the key.',
      url: 'https://clickhouse.com/docs/cloud/manage/openapi',
      store: CONNECTION_SETTINGS_STORE,
    },
  }),
];
