/** CircleCI tokens (CREDENTIAL-FORMATS.md §2, CI/CD and developer tooling). */
import { assignment, ci, defineDetector, HEX, providerKindName, STORE_IN_CI_SECRETS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'circleci.personal-token',
    title: 'CircleCI personal API token',
    keywords: ['CCIPAT_'],
    scope: 'document',
    // `CCIPAT_` + ~22 alphanumerics + `_` + 40 hex (split unverified: accept 18–30).
    pattern: /(?<![A-Za-z0-9_])(?<secret>CCIPAT_[A-Za-z0-9]{18,30}_[0-9a-f]{40})(?![A-Za-z0-9])/,
    guide: {
      grants:
        'Acts as the CircleCI user through the API: read and change project settings and environment variables (secrets are write-only, but can be replaced), trigger pipelines, read build logs and artifacts.',
      revoke: 'CircleCI → User settings → Personal API tokens → Remove.',
      url: 'https://app.circleci.com/settings/user/tokens',
      store: STORE_IN_CI_SECRETS,
    },
  }),
  defineDetector({
    id: 'circleci.project-token',
    title: 'CircleCI project API token',
    keywords: ['CCIPRJ_'],
    scope: 'document',
    pattern: /(?<![A-Za-z0-9_])(?<secret>CCIPRJ_[A-Za-z0-9]{18,30}_[0-9a-f]{40})(?![A-Za-z0-9])/,
    guide: {
      grants:
        "Calls the CircleCI API for one project with the token's scope (status, read-only or admin): trigger pipelines, read build artifacts and logs.",
      revoke: 'CircleCI → Project settings → API permissions → delete the token.',
      url: 'https://circleci.com/docs/managing-api-tokens/',
      store: STORE_IN_CI_SECRETS,
    },
  }),
  defineDetector({
    id: 'circleci.legacy-token',
    title: 'CircleCI API token (legacy, 40 hex)',
    // Commit SHAs share the shape: only with a CircleCI token name or the Circle-Token header.
    keywords: ['circle'],
    pattern: () => assignment([providerKindName([ci('circle')], ['token', 'key'], { gap: 24 })], `[${HEX.re}]{40}`),
    minEntropy: 3.0,
    guide: {
      grants:
        'Acts as the CircleCI user (personal token) or on one project (project token) through the API: trigger pipelines, read logs and artifacts, change settings.',
      revoke: 'CircleCI → User settings → Personal API tokens → Remove (project tokens: Project settings → API permissions).',
      url: 'https://app.circleci.com/settings/user/tokens',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
