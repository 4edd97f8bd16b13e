/**
 * Clearbit secret credentials. Shape: `sk_` + 32 hex (XCHK: KF clearbit.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, isNotMixedHex, nameMentions, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'clearbit.secret-key',
    title: 'Clearbit secret API key',
    keywords: ['clearbit'],
    providers: [phrase('clearbit')],
    kinds: ['secret key', 'api key', 'secret', 'key'],
    // `sk_` + 32 hex; the publishable `pk_` key is public. The `sk_` prefix is shared (Stripe …), hence the name.
    value: 'sk_[0-9a-f]{32}',
    post: [isNotMixedHex, nameMentions(['publishable', 'public'])],
    guide: {
      grants: 'Calls the Clearbit enrichment, prospecting and reveal APIs billed to the account.',
      revoke: 'Clearbit dashboard → API → rotate the secret key.',
      url: 'https://dashboard.clearbit.com/api',
    },
  }),
];
