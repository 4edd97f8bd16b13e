/** Snyk tokens (CREDENTIAL-FORMATS.md §2). Un-prefixed: only with the provider's name in the variable name. */
import { assignment, ci, defineDetector, providerKindName, STORE_IN_CI_SECRETS, UUID, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'snyk.api-token',
    title: 'Snyk API token',
    keywords: ['snyk'],
    pattern: () => assignment([providerKindName([ci('snyk')], ['token', 'key', 'auth'], { gap: 24 })], UUID),
    guide: {
      grants:
        "Acts as the Snyk user or service account through the API and CLI: read vulnerability reports of every project in the user's organisations (a map of exploitable weaknesses), import and change projects.",
      revoke: 'Snyk → Account settings → Auth token → Revoke & regenerate (service accounts: Organization settings → Service accounts).',
      url: 'https://app.snyk.io/account',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
