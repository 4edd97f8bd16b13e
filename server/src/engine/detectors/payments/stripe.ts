/** Stripe API keys and webhook signing secrets (CREDENTIAL-FORMATS.md §4). Publishable keys (`pk_`) are public. */
import { B62, defineDetector, escapeRegex, STORE_IN_SECRET_STORE, token, type Detector, type PostValidator } from '../kit/index.js';

/** Paystack secret keys share `sk_live_`/`sk_test_`; their body is exactly 40 lower-case hex. */
const isPaystackKey: PostValidator = ({ value }) =>
  /^sk_(?:live|test)_[0-9a-f]{40}$/.test(value) ? 'Paystack key (reported by paystack.secret-key)' : undefined;

const stripeRoll =
  'Stripe Dashboard → Developers → API keys → the key → Roll key (choose an expiry for the old one), then deploy the new key. Stripe rolls keys it finds in public GitHub repositories and notifies you.';
const stripeUrl = 'https://dashboard.stripe.com/apikeys';

function stripeKey(id: string, prefix: string, title: string, grants: string, revoke: string, url: string): Detector {
  return token({
    id,
    title,
    keywords: [prefix],
    // <prefix> + 24 (legacy) to 247 base62 (current keys ~99); the prefix encodes type and mode.
    body: `${escapeRegex(prefix)}[${B62.re}]{24,247}`,
    right: B62.re,
    post: [isPaystackKey],
    minEntropy: 3.5,
    guide: { store: STORE_IN_SECRET_STORE, grants, revoke, url },
  });
}

export const detectors: readonly Detector[] = [
  stripeKey(
    'stripe.secret-key',
    'sk_live_',
    'Stripe live secret key',
    'Full access to the Stripe account in live mode: create charges and refunds, pay out to bank accounts, read customers and payment data.',
    stripeRoll,
    stripeUrl,
  ),
  stripeKey(
    'stripe.test-secret-key',
    'sk_test_',
    'Stripe test-mode secret key',
    "Full access to the account's test mode (no real money), but it still exposes test customers, webhooks and configuration and shows live keys may be handled the same way.",
    'Stripe Dashboard (test mode) → Developers → API keys → Roll key.',
    'https://dashboard.stripe.com/test/apikeys',
  ),
  stripeKey(
    'stripe.restricted-key',
    'rk_live_',
    'Stripe live restricted key',
    'Live-mode access limited to the resources chosen for the key (often read customers or write charges/refunds).',
    'Stripe Dashboard → Developers → API keys → Restricted keys → the key → Roll key (or Delete).',
    stripeUrl,
  ),
  stripeKey(
    'stripe.test-restricted-key',
    'rk_test_',
    'Stripe test-mode restricted key',
    "Test-mode access limited to the key's resources (no real money).",
    'Stripe Dashboard (test mode) → Developers → API keys → Restricted keys → Roll key or Delete.',
    'https://dashboard.stripe.com/test/apikeys',
  ),
  defineDetector({
    id: 'stripe.webhook-secret',
    title: 'Stripe webhook signing secret',
    keywords: ['whsec_'],
    // whsec_ + 32–64 base62 (the Stripe CLI issues 64 hex). The Standard Webhooks / Svix form
    // (whsec_ + base64) signs webhooks the same way and is accepted too.
    pattern: /(?<![A-Za-z0-9_])(?<secret>whsec_[A-Za-z0-9+/]{32,100}={0,2})(?![A-Za-z0-9+/=])/,
    minEntropy: 3.5,
    guide: {
      grants:
        'Lets anyone forge webhook events (e.g. `checkout.session.completed`, `invoice.paid`) that your endpoint will trust, unlocking orders or subscriptions without payment.',
      revoke:
        "Stripe Dashboard → Developers → Webhooks → the endpoint → Signing secret → Roll secret (optionally keep the old one valid for a while). Svix/Standard Webhooks: rotate the endpoint secret in the provider's dashboard.",
      url: 'https://dashboard.stripe.com/webhooks',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
