/** Semaphore CI tokens (CREDENTIAL-FORMATS.md §2). Un-prefixed: only with the provider's name in the variable name. */
import { assignment, ci, defineDetector, lacksLetterAndDigit, providerKindName, STORE_IN_CI_SECRETS, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'semaphore.api-token',
    title: 'Semaphore CI API token',
    keywords: ['semaphore'],
    pattern: () => assignment([providerKindName([ci('semaphore')], ['token'], { gap: 24 })], '[a-z0-9]{20,32}'),
    post: [lacksLetterAndDigit],
    minEntropy: 3.3,
    guide: {
      grants: 'Acts as the Semaphore user through the API and CLI: run and stop workflows, read logs, and change projects and secrets.',
      revoke: 'Semaphore → Profile settings → API token → Regenerate.',
      url: 'https://docs.semaphoreci.com/reference/api',
      store: STORE_IN_CI_SECRETS,
    },
  }),
];
