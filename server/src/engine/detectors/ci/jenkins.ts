/** Jenkins tokens (CREDENTIAL-FORMATS.md §2, CI/CD and developer tooling). */
import { ci, defineDetector, providerKindName, STORE_IN_CI_SECRETS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'jenkins.api-token',
    title: 'Jenkins user API token',
    keywords: ['jenkins'],
    // 32 hex (legacy) or `11` + 32 hex; in a Jenkins-named variable, a user:token URL or `-u user:token`.
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,30}${providerKindName([ci('jenkins')], ['token', 'api_key', 'apikey', 'key', 'password', 'pass', 'secret'], { gap: 24 })}[A-Za-z0-9_.-]{0,20})["'\`]?[ \\t]{0,8}(?::=|=>|=|:|[ \\t])[ \\t]{0,8}["'\`]?` +
        `|https?://[^:/\\s@]{1,64}:|(?:-u|--user)[ \\t]{1,8}["']?[^:\\s"']{1,64}:)(?<secret>(?:11)?[0-9a-f]{32})(?![A-Za-z0-9_+/=-])`,
    ),
    minEntropy: 3.0,
    guide: {
      grants: 'Acts as the Jenkins user through the API and CLI: trigger and configure jobs, read build logs, and for administrators run Groovy scripts (remote code execution) and read stored credentials.',
      revoke: 'Jenkins → the user (top right) → Security (or Configure) → API Token → Revoke.',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
