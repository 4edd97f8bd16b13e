/** dynatrace (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { defineDetector, type Detector, STORE_IN_PLATFORM_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'dynatrace.api-token',
    title: 'Dynatrace API token',
    keywords: ['dt0c01.', 'dt0s01.', 'dt0s02.'],
    scope: 'document',
    // `dt0c01.` + 24-char public id + `.` + 64-char secret; `dt0s0N.` for platform/OAuth tokens.
    pattern: /(?<![A-Za-z0-9_.])(?<secret>dt0[cs]0[1-9]\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9_])/,
    guide: {
      grants:
        "Calls the Dynatrace environment API with the token's scopes: reads monitoring data and logs, changes configuration, installs OneAgents (PaaS tokens).",
      revoke: 'Dynatrace → Access tokens → the token → Delete (the 24-char middle part is its public id).',
      url: 'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
