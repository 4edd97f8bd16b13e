/** Prefect Cloud tokens (CREDENTIAL-FORMATS.md §2, CI/CD and developer tooling). */
import { B62, defineDetector, prefixedToken, STORE_IN_CI_SECRETS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'prefect.api-key',
    title: 'Prefect Cloud API key',
    // `pnu_` user keys; `pnb_` service-account (bot) keys (unverified).
    keywords: ['pnu_', 'pnb_'],
    scope: 'document',
    pattern: () => prefixedToken(['pnu_', 'pnb_'], B62, 36),
    guide: {
      grants:
        'Acts as the Prefect Cloud user or service account: run and change flows and deployments, read blocks (which store credentials) in its workspaces.',
      revoke: 'Prefect Cloud → profile → API keys → Delete (service accounts: Account settings → Service accounts → rotate key).',
      url: 'https://app.prefect.cloud/my/api-keys',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
