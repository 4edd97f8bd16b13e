/** Harness tokens (CREDENTIAL-FORMATS.md §2, CI/CD and developer tooling). */
import { defineDetector, STORE_IN_CI_SECRETS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'harness.api-key',
    title: 'Harness personal access token / service account token',
    keywords: ['pat.', 'sat.'],
    scope: 'document',
    // `pat.` or `sat.` + account id (22) + `.` + token id (24) + `.` + secret (20).
    pattern: /(?<![A-Za-z0-9_.])(?<secret>(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9])/,
    guide: {
      grants:
        'Calls the Harness API as the user or service account: run and edit pipelines, read connectors and secrets references, change deployments.',
      revoke:
        'Harness → My profile → My API keys → the key → delete the token (service accounts: Account settings → Access control → Service accounts).',
      url: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
