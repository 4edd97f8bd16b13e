/** axiom (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { defineDetector, type Detector, STORE_IN_PLATFORM_SECRET_STORE, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'axiom.token',
    title: 'Axiom API / personal token',
    keywords: ['xaat-', 'xapt-'],
    scope: 'document',
    pattern: () => new RegExp(`(?<![A-Za-z0-9_-])(?<secret>xa[ap]t-${UUID})(?![A-Za-z0-9_-])`),
    guide: {
      grants: 'Ingests into and queries the Axiom datasets the token allows (personal tokens act as the user on every dataset).',
      revoke: 'Axiom → Settings → API tokens (or Profile → Personal tokens) → delete the token.',
      url: 'https://axiom.co/docs/reference/tokens',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
