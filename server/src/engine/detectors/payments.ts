/**
 * Payments, fintech, commerce and crypto (CREDENTIAL-FORMATS.md §4). Prefixed keys are matched on
 * their prefix; un-prefixed secrets only under a variable name that carries the provider. Public
 * identifiers (Stripe `pk_`, Square `sq0idp-`, Razorpay key ids, Flutterwave `FLWPUBK`, Lob `_pub_`,
 * Xendit `xnd_public_`, Midtrans `Mid-client-`, xpub) are never reported.
 */
import { nodeCrypto } from '../fingerprint.js';
import { fake, fakeBytes, fakeJwt, fakePem, toBase64 } from '../fake.js';
import { B62, B64, B64URL, HEX, LOWER_DIGITS, UPPER_DIGITS, alphabet, assignment, ci, escapeRegex } from '../patterns.js';
import type { CompanionPart, Detector, DetectorGuide, Example, PostValidator } from '../types.js';
import { fakeUuid } from '../fake.js';
import { UUID, phrase as w, phraseAfterNonLetter as word } from '../patterns.js';

const DIGITS = alphabet('0-9');
const JWT = 'eyJ[A-Za-z0-9_-]{10,400}\\.eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{20,1000}';

/** A variable name holding a provider fragment and then one of the kinds: `PLAID_SECRET`, `binanceApiSecret`. */
function ctxName(providers: readonly string[], kinds: readonly string[]): string {
  return `(?:${providers.join('|')})[A-Za-z0-9_.-]{0,20}(?:${kinds.map(w).join('|')})`;
}

/** A prefixed token: not glued to a word character on the left, not followed by more of its alphabet. */
function token(body: string, right = 'A-Za-z0-9_'): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_])(?<secret>${body})(?![${right}])`);
}

/** A value separated from the previous one by `:` (basic auth) or `", "` (positional call arguments). */
const PAIR_SEPARATOR = '(?::|["\'`]\\s{0,3},\\s{0,3}["\'`])';

const num = (length: number, salt: string) => `${1 + (Number.parseInt(fake(DIGITS, 1, salt), 10) % 9)}${fake(DIGITS, length - 1, salt)}`;

const store = 'Keep it in the deployment\'s secret store (environment injected at run time, a vault, CI secrets) and read it from the environment; never commit it.';

/** Random keys mix letters and digits; identifiers and words usually do not. */
const lacksLetterAndDigit: PostValidator = ({ value }) => (/[0-9]/.test(value) && /[A-Za-z]/.test(value) ? undefined : 'no mix of letters and digits');

interface Spec {
  readonly id: string;
  readonly title: string;
  readonly keywords: readonly string[];
  readonly pattern: RegExp;
  /** Line scope unless the context may sit elsewhere in the document. */
  readonly documentScope?: boolean;
  readonly post?: readonly PostValidator[];
  readonly minEntropy?: number;
  readonly companions?: readonly CompanionPart[];
  readonly requireCompanion?: boolean;
  readonly precedence?: number;
  readonly positive: readonly Example[];
  readonly negative: readonly Example[];
  readonly guide: DetectorGuide;
}

/** Examples built on first read: wallet-key fakes need SHA-256, which the CLI should not load at start-up. */
type LazySpec = Omit<Spec, 'positive' | 'negative'> & { readonly examples: () => { positive: readonly Example[]; negative: readonly Example[] } };

function detector(spec: Spec | LazySpec): Detector {
  const examples = 'examples' in spec ? spec.examples : () => ({ positive: spec.positive, negative: spec.negative });
  let built: ReturnType<typeof examples> | undefined;
  return {
    id: spec.id,
    title: spec.title,
    kind: 'specific',
    keywords: spec.keywords,
    ...(spec.documentScope ? {} : { keywordScope: 'line' as const }),
    pattern: spec.pattern,
    ...(spec.post ? { post: spec.post } : {}),
    ...(spec.minEntropy !== undefined ? { minEntropy: spec.minEntropy } : {}),
    ...(spec.companions ? { companions: spec.companions } : {}),
    ...(spec.requireCompanion ? { requireCompanion: true } : {}),
    ...(spec.precedence !== undefined ? { precedence: spec.precedence } : {}),
    get examples() {
      return (built ??= examples());
    },
    guide: { store, ...spec.guide },
  };
}

/** A secret assigned to a `<provider>…<kind>` name; keywords are the provider spellings. */
function contextual(spec: Omit<Spec, 'pattern'> & { readonly providers: readonly string[]; readonly kinds: readonly string[]; readonly value: string }): Detector {
  return detector({ ...spec, pattern: assignment(ctxName(spec.providers, spec.kinds), spec.value) });
}

// --- Stripe --------------------------------------------------------------------------------

/** Paystack secret keys share `sk_live_`/`sk_test_`; their body is exactly 40 lower-case hex. */
const isPaystackKey: PostValidator = ({ value }) => (/^sk_(?:live|test)_[0-9a-f]{40}$/.test(value) ? 'Paystack key (reported by paystack.secret-key)' : undefined);

const stripeRoll = 'Stripe Dashboard → Developers → API keys → the key → Roll key (choose an expiry for the old one), then deploy the new key. Stripe rolls keys it finds in public GitHub repositories and notifies you.';
const stripeUrl = 'https://dashboard.stripe.com/apikeys';

function stripeKey(id: string, prefix: string, title: string, grants: string, revoke: string, url: string): Detector {
  return detector({
    id,
    title,
    keywords: [prefix],
    // <prefix> + 24 (legacy) to 247 base62 (current keys ~99); the prefix encodes type and mode.
    pattern: token(`${escapeRegex(prefix)}[A-Za-z0-9]{24,247}`, 'A-Za-z0-9'),
    post: [isPaystackKey],
    minEntropy: 3.5,
    positive: [`STRIPE_SECRET_KEY=«${prefix}51${fake(B62, 97, `${prefix}1`)}»`, `stripe.api_key = "«${prefix}${fake(B62, 24, `${prefix}2`)}»"`, `curl https://api.stripe.com/v1/charges -u «${prefix}${fake(B62, 24, `${prefix}3`)}»:`],
    negative: [
      `STRIPE_PUBLISHABLE_KEY=pk_${prefix.slice(3)}${fake(B62, 24, `${prefix}4`)}`,
      `STRIPE_SECRET_KEY=${prefix}...`,
      `STRIPE_SECRET_KEY=${prefix}xxxxxxxxxxxxxxxxxxxxxxxx`,
      `PAYSTACK_SECRET_KEY=${prefix.startsWith('sk_') ? prefix : 'sk_live_'}${fake(HEX, 40, `${prefix}5`)}`,
    ],
    guide: { grants, revoke, url },
  });
}

// --- Crypto helpers ------------------------------------------------------------------------

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function sha256d(bytes: Uint8Array): Buffer {
  return nodeCrypto().createHash('sha256').update(nodeCrypto().createHash('sha256').update(bytes).digest()).digest();
}

function base58Decode(text: string): Uint8Array | undefined {
  let n = 0n;
  for (const ch of text) {
    const digit = BASE58.indexOf(ch);
    if (digit < 0) return undefined;
    n = n * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n % 256n));
    n /= 256n;
  }
  for (const ch of text) {
    if (ch !== '1') break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

function base58Encode(bytes: Uint8Array): string {
  let n = 0n;
  for (const byte of bytes) n = n * 256n + BigInt(byte);
  let out = '';
  while (n > 0n) {
    out = BASE58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const byte of bytes) {
    if (byte !== 0) break;
    out = `1${out}`;
  }
  return out;
}

/** Base58check payload (without its 4-byte checksum), or undefined when the checksum fails. */
function base58CheckPayload(text: string): Uint8Array | undefined {
  const bytes = base58Decode(text);
  if (!bytes || bytes.length < 5) return undefined;
  const payload = bytes.subarray(0, bytes.length - 4);
  const check = sha256d(payload).subarray(0, 4);
  return Buffer.compare(check, Buffer.from(bytes.subarray(bytes.length - 4))) === 0 ? payload : undefined;
}

function base58CheckEncode(payload: Uint8Array): string {
  return base58Encode(Uint8Array.from([...payload, ...sha256d(payload).subarray(0, 4)]));
}

/** BIP-32 extended private keys: 78-byte payload, version xprv/yprv/zprv/tprv…, key data 0x00 ‖ 32 bytes. */
const isNotExtendedPrivateKey: PostValidator = ({ value }) => {
  const payload = base58CheckPayload(value);
  if (!payload) return 'base58check checksum mismatch';
  return payload.length === 78 && payload[45] === 0 ? undefined : 'not a BIP-32 extended private key';
};

/** WIF: version 0x80 + 32-byte key (+ 0x01 when compressed), base58check. */
const isNotWif: PostValidator = ({ value }) => {
  const payload = base58CheckPayload(value);
  if (!payload) return 'base58check checksum mismatch';
  if (payload[0] !== 0x80) return 'not a mainnet WIF version byte';
  return payload.length === 33 || (payload.length === 34 && payload[33] === 1) ? undefined : 'not a WIF key length';
};

function fakeXprv(salt: string): string {
  const payload = new Uint8Array(78);
  payload.set([0x04, 0x88, 0xad, 0xe4], 0); // xprv
  payload.set(fakeBytes(41, `xprv|${salt}`), 4); // depth, fingerprint, child number, chain code
  payload[45] = 0;
  payload.set(fakeBytes(32, `xprv-key|${salt}`), 46);
  return base58CheckEncode(payload);
}

function fakeWif(salt: string): string {
  return base58CheckEncode(Uint8Array.from([0x80, ...fakeBytes(32, `wif|${salt}`), 0x01]));
}

/** secp256k1 group order: a valid EVM private key is in [1, n). */
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/**
 * First 16 hex digits of the Hardhat / Anvil default development accounts #0–#9 (derived from the
 * public "test test … junk" mnemonic; publicly known, drained instantly on mainnet).
 */
const DEV_CHAIN_KEY_PREFIXES = [
  'ac0974bec39a17e3',
  '59c6995e998f97a5',
  '5de4111afa1a4b94',
  '7c852118294e51e6',
  '47e179ec19748859',
  '8b3a350cf5c34c91',
  '92db14e403b83dfe',
  '4bbbf85ce3377467',
  'dbda1821b80551c9',
  '2a871d0798f97d79',
];

const isNotUsableEvmKey: PostValidator = ({ value }) => {
  const hex = value.replace(/^0x/i, '').toLowerCase();
  if (DEV_CHAIN_KEY_PREFIXES.some((prefix) => hex.startsWith(prefix))) return 'Hardhat/Anvil default development key';
  const n = BigInt(`0x${hex}`);
  return n > 0n && n < SECP256K1_N ? undefined : 'outside the secp256k1 key range';
};

/** A seed phrase has 12/15/18/21/24 words and is not a test vector of repeated words. */
const isNotSeedPhrase: PostValidator = ({ value }) => {
  const words = value.split(' ');
  if (![12, 15, 18, 21, 24].includes(words.length)) return 'not a BIP-39 word count';
  return new Set(words).size >= Math.ceil(words.length / 2) ? undefined : 'repeated words (test vector)';
};

/** Fake seed phrases from a handful of real-looking words (never a valid BIP-39 checksum). */
const SEED_WORDS = ['orbit', 'velvet', 'canyon', 'ladder', 'frost', 'meadow', 'pilot', 'ember', 'tunnel', 'quartz', 'saddle', 'harbor', 'lunar', 'thistle', 'rapid', 'gossip', 'wagon', 'crisp', 'anchor', 'timber', 'vessel', 'glide', 'summit', 'ripple'];
function fakeSeedPhrase(count: number, salt: string): string {
  const picks = fake(alphabet('a-x'), count, salt);
  return [...picks].map((ch) => SEED_WORDS[ch.charCodeAt(0) - 97]).join(' ');
}

const PEM_BODY_LINE = '[ \\t]{0,16}[A-Za-z0-9+/=]{1,76}';
const PEM_EOL = '(?:\\\\r)?(?:\\\\n|\\r?\\n)';

export const detectors: Detector[] = [
  // --- Stripe ------------------------------------------------------------------------------
  stripeKey('stripe.secret-key', 'sk_live_', 'Stripe live secret key', 'Full access to the Stripe account in live mode: create charges and refunds, pay out to bank accounts, read customers and payment data.', stripeRoll, stripeUrl),
  stripeKey('stripe.test-secret-key', 'sk_test_', 'Stripe test-mode secret key', 'Full access to the account\'s test mode (no real money), but it still exposes test customers, webhooks and configuration and shows live keys may be handled the same way.', 'Stripe Dashboard (test mode) → Developers → API keys → Roll key.', 'https://dashboard.stripe.com/test/apikeys'),
  stripeKey('stripe.restricted-key', 'rk_live_', 'Stripe live restricted key', 'Live-mode access limited to the resources chosen for the key (often read customers or write charges/refunds).', 'Stripe Dashboard → Developers → API keys → Restricted keys → the key → Roll key (or Delete).', stripeUrl),
  stripeKey('stripe.test-restricted-key', 'rk_test_', 'Stripe test-mode restricted key', 'Test-mode access limited to the key\'s resources (no real money).', 'Stripe Dashboard (test mode) → Developers → API keys → Restricted keys → Roll key or Delete.', 'https://dashboard.stripe.com/test/apikeys'),
  detector({
    id: 'stripe.webhook-secret',
    title: 'Stripe webhook signing secret',
    keywords: ['whsec_'],
    // whsec_ + 32–64 base62 (the Stripe CLI issues 64 hex). The Standard Webhooks / Svix form
    // (whsec_ + base64) signs webhooks the same way and is accepted too.
    pattern: /(?<![A-Za-z0-9_])(?<secret>whsec_[A-Za-z0-9+/]{32,100}={0,2})(?![A-Za-z0-9+/=])/,
    minEntropy: 3.5,
    positive: [`STRIPE_WEBHOOK_SECRET=«whsec_${fake(B62, 32, 'wh1')}»`, `endpoint_secret = '«whsec_${fake(HEX, 64, 'wh2')}»'`, `SVIX_SECRET=«whsec_${toBase64(fakeBytes(24, 'wh3'))}»`],
    negative: ['STRIPE_WEBHOOK_SECRET=whsec_...', 'STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'STRIPE_WEBHOOK_SECRET=whsec_<secret>'],
    guide: {
      grants: 'Lets anyone forge webhook events (e.g. `checkout.session.completed`, `invoice.paid`) that your endpoint will trust, unlocking orders or subscriptions without payment.',
      revoke: 'Stripe Dashboard → Developers → Webhooks → the endpoint → Signing secret → Roll secret (optionally keep the old one valid for a while). Svix/Standard Webhooks: rotate the endpoint secret in the provider\'s dashboard.',
      url: 'https://dashboard.stripe.com/webhooks',
    },
  }),

  // --- Square --------------------------------------------------------------------------------
  detector({
    id: 'square.access-token',
    title: 'Square access token',
    keywords: ['EAAA'],
    // EAAA + 60 characters (64 in all); Meta tokens start EAA[B-Z] and are much longer.
    pattern: token('EAAA[A-Za-z0-9_+=-]{60,70}', 'A-Za-z0-9_+=-'),
    minEntropy: 4,
    positive: [`SQUARE_ACCESS_TOKEN=«EAAA${fake(B64URL, 60, 'sq1')}»`, `client = Client(access_token="«EAAA${fake(B64URL, 60, 'sq2')}»", environment="production")`],
    negative: [`FACEBOOK_TOKEN=EAAG${fake(B62, 180, 'sq3')}`, `SQUARE_ACCESS_TOKEN=EAAA${fake(B64URL, 20, 'sq4')}`, 'SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    guide: {
      grants: 'Acts on the Square seller account within the token\'s permissions: take and refund payments, read customers, orders and payouts, manage catalogue and locations. Sandbox tokens share the prefix.',
      revoke: 'Square Developer Console → the application → Credentials → Replace the personal access token; OAuth tokens: call `RevokeToken`.',
      url: 'https://developer.squareup.com/apps',
    },
  }),
  detector({
    id: 'square.legacy-access-token',
    title: 'Square legacy access token',
    keywords: ['sq0atp-'],
    pattern: token('sq0atp-[A-Za-z0-9_-]{22}', 'A-Za-z0-9_-'),
    positive: [`SQUARE_TOKEN=«sq0atp-${fake(B64URL, 22, 'sl1')}»`],
    negative: [`SQUARE_APP_ID=sq0idp-${fake(B64URL, 22, 'sl2')}`, 'SQUARE_TOKEN=sq0atp-...'],
    guide: {
      grants: 'Acts on the Square seller account: payments, refunds, customers, orders.',
      revoke: 'Square Developer Console → the application → Credentials → Replace the access token; OAuth tokens: `RevokeToken`.',
      url: 'https://developer.squareup.com/apps',
    },
  }),
  detector({
    id: 'square.oauth-secret',
    title: 'Square OAuth application secret',
    keywords: ['sq0csp-'],
    pattern: token('sq0csp-[A-Za-z0-9_-]{43}', 'A-Za-z0-9_-'),
    positive: [`SQUARE_APPLICATION_SECRET=«sq0csp-${fake(B64URL, 43, 'so1')}»`],
    negative: [`SQUARE_APP_ID=sq0idp-${fake(B64URL, 22, 'so2')}`, 'SQUARE_APPLICATION_SECRET=sq0csp-<secret>'],
    guide: {
      grants: 'Exchanges OAuth codes and refresh tokens as your Square application, obtaining access to every seller who authorised it.',
      revoke: 'Square Developer Console → the application → OAuth → Replace secret.',
      url: 'https://developer.squareup.com/apps',
    },
  }),

  // --- PayPal / Braintree --------------------------------------------------------------------
  detector({
    id: 'braintree.access-token',
    title: 'PayPal / Braintree access token',
    keywords: ['access_token$'],
    // access_token$<production|sandbox>$<16 merchant id>$<32 hex>.
    pattern: token('access_token\\$(?:production|sandbox)\\$[a-z0-9]{16}\\$[0-9a-f]{32}', 'A-Za-z0-9'),
    positive: [`BRAINTREE_ACCESS_TOKEN=«access_token$production$${fake(LOWER_DIGITS, 16, 'bt1')}$${fake(HEX, 32, 'bt2')}»`, `gateway = braintree.BraintreeGateway(access_token="«access_token$sandbox$${fake(LOWER_DIGITS, 16, 'bt3')}$${fake(HEX, 32, 'bt4')}»")`],
    negative: ['BRAINTREE_ACCESS_TOKEN=access_token$production$<merchant>$<token>', 'access_token$production$ is the prefix'],
    guide: {
      grants: 'Processes payments and refunds for the PayPal/Braintree merchant (sandbox tokens: test only) and reads its transactions.',
      revoke: 'Braintree Control Panel → Settings → API → revoke the access token; or PayPal Developer Dashboard → Apps & Credentials → the app.',
      url: 'https://developer.paypal.com/dashboard/applications',
    },
  }),
  contextual({
    id: 'paypal.client-secret',
    title: 'PayPal REST client secret',
    keywords: ['paypal'],
    providers: [w('paypal')],
    kinds: ['client secret', 'secret', 'app secret'],
    // 80 base64url characters (the client id, also 80 and usually starting with A, is not secret alone).
    value: '[A-Za-z0-9_-]{64,100}',
    minEntropy: 4,
    companions: [{ name: 'client_id', pattern: /[Cc][Ll][Ii][Ee][Nn][Tt][_.-]?[Ii][Dd]["']?\s*[:=]\s*["']?(?<value>A[A-Za-z0-9_-]{63,99})/, withinLines: 3 }],
    positive: [`PAYPAL_CLIENT_ID=A${fake(B64URL, 79, 'pp1')}\nPAYPAL_CLIENT_SECRET=«E${fake(B64URL, 79, 'pp2')}»`, `paypal:\n  paypal_secret: "«E${fake(B64URL, 79, 'pp3')}»"`],
    negative: [`PAYPAL_CLIENT_ID=A${fake(B64URL, 79, 'pp4')}`, 'PAYPAL_CLIENT_SECRET=<client-secret>'],
    guide: {
      grants: 'With the client id, obtains OAuth access tokens for the PayPal REST app: create payments, refunds and payouts (live credentials move real money).',
      revoke: 'developer.paypal.com → Apps & Credentials → the app → Secret key → Generate a new secret, then disable/delete the old one.',
      url: 'https://developer.paypal.com/dashboard/applications',
    },
  }),
  contextual({
    id: 'braintree.private-key',
    title: 'Braintree API private key',
    keywords: ['braintree', 'bt_'],
    providers: [w('braintree'), `${word('bt')}[_.-]`],
    kinds: ['private key', 'api private key', 'secret'],
    value: '[0-9a-f]{32}',
    minEntropy: 3,
    companions: [{ name: 'merchant_id', pattern: /[Mm][Ee][Rr][Cc][Hh][Aa][Nn][Tt][_.-]?[Ii][Dd]["']?\s*[:=]\s*["']?(?<value>[a-z0-9]{16})\b/, withinLines: 4 }],
    positive: [`BRAINTREE_MERCHANT_ID=${fake(LOWER_DIGITS, 16, 'bp1')}\nBRAINTREE_PUBLIC_KEY=${fake(LOWER_DIGITS, 16, 'bp2')}\nBRAINTREE_PRIVATE_KEY=«${fake(HEX, 32, 'bp3')}»`],
    negative: [`BRAINTREE_PUBLIC_KEY=${fake(LOWER_DIGITS, 16, 'bp4')}`, 'BRAINTREE_PRIVATE_KEY=your_private_key'],
    guide: {
      grants: 'With the public key and merchant id, full server-side access to the Braintree merchant: charges, refunds, vaulted cards, customer data.',
      revoke: 'Braintree Control Panel → Settings → API → API Keys → generate a new key, deploy it, delete the old one.',
      url: 'https://www.braintreegateway.com/login',
    },
  }),

  // --- Plaid, Adyen ----------------------------------------------------------------------------
  contextual({
    id: 'plaid.secret',
    title: 'Plaid secret',
    keywords: ['plaid'],
    providers: [w('plaid')],
    kinds: ['secret', 'secret key', 'api secret', 'production secret', 'development secret', 'sandbox secret'],
    value: '[0-9a-f]{30}',
    minEntropy: 3,
    companions: [{ name: 'client_id', pattern: /[Cc][Ll][Ii][Ee][Nn][Tt][_.-]?[Ii][Dd]["']?\s*[:=]\s*["']?(?<value>[0-9a-f]{24})\b/, withinLines: 3 }],
    positive: [`PLAID_CLIENT_ID=${fake(HEX, 24, 'pl1')}\nPLAID_SECRET=«${fake(HEX, 30, 'pl2')}»`, `{"plaidSecret": "«${fake(HEX, 30, 'pl3')}»"}`],
    negative: [`PLAID_CLIENT_ID=${fake(HEX, 24, 'pl4')}`, 'PLAID_SECRET=<plaid-secret>'],
    guide: {
      grants: 'With the client id, calls the Plaid API for the environment: creates Link tokens and, with item access tokens, reads linked users\' bank accounts, balances and transactions.',
      revoke: 'Plaid Dashboard → Developers → Keys → rotate the secret for that environment, then delete the old one.',
      url: 'https://dashboard.plaid.com/developers/keys',
    },
  }),
  detector({
    id: 'plaid.access-token',
    title: 'Plaid item access token',
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    pattern: token(`access-(?:production|development|sandbox)-${UUID}`, 'A-Za-z0-9_-'),
    positive: [`PLAID_ACCESS_TOKEN=«access-production-${fakeUuid('pa1')}»`, `{"access_token": "«access-sandbox-${fakeUuid('pa2')}»", "item_id": "${fake(B62, 37, 'pa3')}"}`],
    negative: ['PLAID_ACCESS_TOKEN=access-sandbox-<uuid>', `link_token = "link-sandbox-${fakeUuid('pa4')}"`],
    guide: {
      grants: 'With the client id and secret, reads the linked user\'s bank accounts, balances, transactions and identity for that item (sandbox: test data).',
      revoke: 'Call `/item/access_token/invalidate` to rotate it, or `/item/remove` to revoke the item entirely.',
      url: 'https://plaid.com/docs/api/items/#itemremove',
    },
  }),
  detector({
    id: 'adyen.api-key',
    title: 'Adyen API key',
    keywords: ['AQE'],
    // AQE<base64>=-<base64>=-<passphrase-like tail> (unverified lengths: generous bounds). Client keys
    // (live_/test_ + 32) are public.
    pattern: /(?<![A-Za-z0-9+/_-])(?<secret>AQE[A-Za-z0-9+/]{60,300}={0,2}-[A-Za-z0-9+/]{40,50}={0,2}(?:-[^\s'"`]{4,40})?)/,
    minEntropy: 4,
    positive: [`ADYEN_API_KEY=«AQE${fake(B64, 95, 'ad1')}==-${fake(B64, 43, 'ad2')}=-${fake(B62, 16, 'ad3')}»`, `X-API-Key: «AQE${fake(B64, 120, 'ad4')}=-${fake(B64, 43, 'ad5')}=»`],
    negative: [`ADYEN_CLIENT_KEY=live_${fake(UPPER_DIGITS, 32, 'ad6')}`, `cert: AQE${fake(B64, 200, 'ad7')}`],
    guide: {
      grants: 'Calls Adyen APIs as the API credential: authorise and capture payments, refunds, payouts and (per roles) management operations on the merchant accounts.',
      revoke: 'Adyen Customer Area → Developers → API credentials → the credential → generate a new API key, deploy it, then revoke the old one.',
      url: 'https://ca-live.adyen.com/ca/ca/config/api_credentials_new.shtml',
    },
  }),

  // --- Shopify -------------------------------------------------------------------------------
  ...(
    [
      ['shopify.access-token', 'shpat_', 'Shopify app access token', 'Admin API access to the store with the app\'s scopes: orders, customers, products, payments data.', 'Uninstall the app from the store, or rotate via the app\'s settings (Partners → the app → API credentials).'],
      ['shopify.custom-app-token', 'shpca_', 'Shopify custom app access token', 'Admin API access to the store with the custom app\'s scopes: orders, customers, products.', 'Store admin → Settings → Apps and sales channels → Develop apps → the app → API credentials → uninstall or rotate the token.'],
      ['shopify.private-app-token', 'shppa_', 'Shopify private app access token', 'Admin API access to the store with the legacy private app\'s permissions.', 'Store admin → Apps → Manage private apps → delete the app (private apps are deprecated; recreate as a custom app).'],
      ['shopify.app-secret', 'shpss_', 'Shopify app shared secret', 'Verifies (and so lets anyone forge) webhooks and OAuth HMACs for the app, and completes OAuth as the app.', 'Shopify Partners (or Dev Dashboard) → the app → API credentials → Rotate the API secret key.'],
    ] as const
  ).map(([id, prefix, title, grants, revoke]) =>
    detector({
      id,
      title,
      keywords: [prefix],
      // <prefix> + 32 hex (Shopify changelog "length of the Shopify access token is increasing").
      pattern: token(`${prefix}[0-9a-fA-F]{32,64}`, 'A-Za-z0-9_'),
      minEntropy: 3,
      positive: [`SHOPIFY_TOKEN=«${prefix}${fake(HEX, 32, `${prefix}1`)}»`, `headers = {"X-Shopify-Access-Token": "«${prefix}${fake(HEX, 32, `${prefix}2`)}»"}`],
      negative: [`SHOPIFY_TOKEN=${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, `SHOPIFY_TOKEN=${prefix}<token>`],
      guide: { grants, revoke, url: 'https://partners.shopify.com/' },
    }),
  ),

  // --- Coinbase --------------------------------------------------------------------------------
  detector({
    id: 'coinbase.cdp-api-key',
    title: 'Coinbase Developer Platform API key (EC private key)',
    keywords: ['/apiKeys/'],
    documentScope: true,
    // cdp_api_key.json: {"name": "organizations/<uuid>/apiKeys/<uuid>", "privateKey": "<EC PEM>"}; the
    // PEM may be JSON-escaped (\n) or raw. The key name must be near.
    pattern: new RegExp(`(?<secret>-{5}BEGIN EC PRIVATE KEY-{5}${PEM_EOL}(?:${PEM_BODY_LINE}${PEM_EOL}){1,8}[ \\t]{0,16}-{5}END EC PRIVATE KEY-{5})`),
    companions: [{ name: 'key_name', pattern: new RegExp(`(?<value>organizations/${UUID}/apiKeys/${UUID})`), withinLines: 8 }],
    requireCompanion: true,
    positive: [
      `{\n  "name": "organizations/${fakeUuid('cb1')}/apiKeys/${fakeUuid('cb2')}",\n  "privateKey": "«${fakePem('EC PRIVATE KEY', 121, 'cb3', '\\n')}»\\n"\n}`,
      `COINBASE_API_KEY_NAME="organizations/${fakeUuid('cb4')}/apiKeys/${fakeUuid('cb5')}"\nCOINBASE_API_KEY_PRIVATE_KEY="«${fakePem('EC PRIVATE KEY', 121, 'cb6')}»"`,
    ],
    negative: [`{"name": "organizations/${fakeUuid('cb7')}/apiKeys/${fakeUuid('cb8')}", "privateKey": "<private key>"}`, `${fakePem('EC PRIVATE KEY', 121, 'cb9')}\n`],
    guide: {
      grants: 'Signs Coinbase Developer Platform / Advanced Trade API requests as the key: per its permissions, view balances, trade and transfer funds out of the account.',
      revoke: 'portal.cdp.coinbase.com → API Keys → the key → Delete, then create a new one with the minimum permissions and an IP allowlist.',
      url: 'https://portal.cdp.coinbase.com/projects/api-keys',
    },
  }),
  contextual({
    id: 'coinbase.cdp-secret-key',
    title: 'Coinbase Developer Platform API key secret (Ed25519)',
    keywords: ['cdp_', 'cdp-', 'cdpapi', 'cdpsecret', 'coinbase'],
    providers: [word('cdp'), w('coinbase')],
    kinds: ['api key secret', 'key secret', 'api secret', 'secret', 'private key'],
    // The 2025 Secret API keys: base64 of a 64-byte Ed25519 key (88 chars).
    value: '[A-Za-z0-9+/]{86}==',
    minEntropy: 4.5,
    positive: [`CDP_API_KEY_ID=${fakeUuid('cd1')}\nCDP_API_KEY_SECRET=«${toBase64(fakeBytes(64, 'cd2'))}»`, `coinbase:\n  coinbase_private_key: "«${toBase64(fakeBytes(64, 'cd3'))}»"`],
    negative: [`CDP_API_KEY_ID=${fakeUuid('cd4')}`, 'CDP_API_KEY_SECRET=<your-secret>'],
    guide: {
      grants: 'Signs Coinbase Developer Platform API requests as the key: per its permissions, view balances, trade and transfer funds, manage wallets.',
      revoke: 'portal.cdp.coinbase.com → API Keys → the key → Delete, then create a new one with the minimum permissions and an IP allowlist.',
      url: 'https://portal.cdp.coinbase.com/projects/api-keys',
    },
  }),
  contextual({
    id: 'coinbase.api-secret',
    title: 'Coinbase legacy API secret',
    keywords: ['coinbase'],
    providers: [w('coinbase')],
    kinds: ['api secret', 'secret key', 'secret'],
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    positive: [`COINBASE_API_KEY=${fake(B62, 16, 'co1')}\nCOINBASE_API_SECRET=«${fake(B62, 32, 'co2')}»`],
    negative: [`COINBASE_API_KEY=${fake(B62, 16, 'co3')}`, 'COINBASE_API_SECRET=your_api_secret'],
    guide: {
      grants: 'With the API key, signs Coinbase API requests: per the key\'s permissions, view balances, trade and send funds.',
      revoke: 'Coinbase → Settings → API → the key → Delete (legacy keys are being retired; move to CDP keys).',
      url: 'https://www.coinbase.com/settings/api',
    },
  }),

  // --- Razorpay, Flutterwave, Paystack -------------------------------------------------------
  contextual({
    id: 'razorpay.key-secret',
    title: 'Razorpay key secret',
    keywords: ['razorpay', 'rzp'],
    providers: [w('razorpay'), word('rzp')],
    kinds: ['key secret', 'api secret', 'secret'],
    value: '[A-Za-z0-9]{24}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    companions: [{ name: 'key_id', pattern: /(?<![A-Za-z0-9_])(?<value>rzp_(?:live|test)_[A-Za-z0-9]{14})(?![A-Za-z0-9])/, withinLines: 4 }],
    positive: [`RAZORPAY_KEY_ID=rzp_live_${fake(B62, 14, 'rz1')}\nRAZORPAY_KEY_SECRET=«${fake(B62, 24, 'rz2')}»`, `razorpay:\n  razorpaySecret: '«${fake(B62, 24, 'rz3')}»'`],
    // The key id is used client-side and is not a secret on its own.
    negative: [`RAZORPAY_KEY_ID=rzp_live_${fake(B62, 14, 'rz4')}`, 'RAZORPAY_KEY_SECRET=<key-secret>'],
    guide: {
      grants: 'With the key id, full API access to the Razorpay account: create orders and payment links, capture and refund payments, read settlements and customer data (live keys move real money).',
      revoke: 'Razorpay Dashboard → Account & Settings → API Keys → Regenerate key (the old pair stops working).',
      url: 'https://dashboard.razorpay.com/app/website-app-settings/api-keys',
    },
  }),
  detector({
    id: 'razorpay.key-pair',
    title: 'Razorpay key id and secret pair',
    keywords: ['rzp_'],
    // rzp_live_xxx:secret (basic auth) or razorpay.Client(auth=("rzp_live_xxx", "secret")).
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<key_id>rzp_(?:live|test)_[A-Za-z0-9]{14})${PAIR_SEPARATOR}(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9])`),
    minEntropy: 3.5,
    positive: [`client = razorpay.Client(auth=("rzp_live_${fake(B62, 14, 'rp1')}", "«${fake(B62, 24, 'rp2')}»"))`, `curl -u rzp_test_${fake(B62, 14, 'rp3')}:«${fake(B62, 24, 'rp4')}» https://api.razorpay.com/v1/payments`],
    negative: [`client = razorpay.Client(auth=("rzp_live_${fake(B62, 14, 'rp5')}", key_secret))`, 'curl -u rzp_test_xxxxxxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxxxx'],
    guide: {
      grants: 'Full API access to the Razorpay account: orders, payments, refunds, settlements, customer data.',
      revoke: 'Razorpay Dashboard → Account & Settings → API Keys → Regenerate key.',
      url: 'https://dashboard.razorpay.com/app/website-app-settings/api-keys',
    },
  }),
  detector({
    id: 'flutterwave.secret-key',
    title: 'Flutterwave secret key',
    keywords: ['FLWSECK'],
    // FLWSECK-<32 hex>-X (live) or FLWSECK_TEST-<32 hex>-X.
    pattern: token('FLWSECK(?:_TEST)?-[0-9a-f]{32}-X', 'A-Za-z0-9_-'),
    positive: [`FLW_SECRET_KEY=«FLWSECK-${fake(HEX, 32, 'fw1')}-X»`, `secretKey: "«FLWSECK_TEST-${fake(HEX, 32, 'fw2')}-X»"`],
    negative: [`FLW_PUBLIC_KEY=FLWPUBK-${fake(HEX, 32, 'fw3')}-X`, 'FLW_SECRET_KEY=FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X'],
    guide: {
      grants: 'Full API access to the Flutterwave account: charges, transfers and payouts to bank accounts, refunds, customer data (test keys: test mode).',
      revoke: 'Flutterwave Dashboard → Settings → API Keys → Generate new keys (the old ones stop working).',
      url: 'https://app.flutterwave.com/dashboard/settings/apis/live',
    },
  }),
  detector({
    id: 'flutterwave.encryption-key',
    title: 'Flutterwave encryption key',
    keywords: ['FLWSECK'],
    pattern: token('FLWSECK(?:_TEST)?[0-9a-f]{12}', 'A-Za-z0-9_-'),
    positive: [`FLW_ENCRYPTION_KEY=«FLWSECK_TEST${fake(HEX, 12, 'fe1')}»`, `FLW_ENCRYPTION_KEY=«FLWSECK${fake(HEX, 12, 'fe2')}»`],
    negative: ['FLW_ENCRYPTION_KEY=FLWSECK_TEST<key>', `FLW_SECRET_KEY=FLWSECK-${fake(HEX, 32, 'fe3')}-X`],
    guide: {
      grants: 'Encrypts card-charge payloads for the Flutterwave account; with the secret key it lets an attacker submit direct card charges.',
      revoke: 'Flutterwave Dashboard → Settings → API Keys → Generate new keys (regenerates the encryption key too).',
      url: 'https://app.flutterwave.com/dashboard/settings/apis/live',
    },
  }),
  detector({
    id: 'paystack.secret-key',
    title: 'Paystack secret key',
    keywords: ['sk_live_', 'sk_test_'],
    // sk_live_/sk_test_ + 40 lower-case hex (Stripe's body is base62).
    pattern: token('sk_(?:live|test)_[0-9a-f]{40}', 'A-Za-z0-9_'),
    minEntropy: 3,
    positive: [`PAYSTACK_SECRET_KEY=«sk_live_${fake(HEX, 40, 'ps1')}»`, `headers: { Authorization: 'Bearer «sk_test_${fake(HEX, 40, 'ps2')}»' }`],
    negative: [`PAYSTACK_PUBLIC_KEY=pk_live_${fake(HEX, 40, 'ps3')}`, `STRIPE_SECRET_KEY=sk_live_${fake(B62, 40, 'ps4')}`],
    guide: {
      grants: 'Full API access to the Paystack integration: charge authorisations, transfers to bank accounts, refunds, customer data (test keys: test mode).',
      revoke: 'Paystack Dashboard → Settings → API Keys & Webhooks → Generate new secret key.',
      url: 'https://dashboard.paystack.com/#/settings/developer',
    },
  }),

  // --- GoCardless, Checkout.com, Wise, Klarna, Mollie ------------------------------------------
  detector({
    id: 'gocardless.access-token',
    title: 'GoCardless access token',
    keywords: ['gocardless'],
    documentScope: true,
    // live_ / sandbox_ + 40–42 chars; `live_` alone is shared with other providers, so the document must mention GoCardless.
    pattern: token('(?:live|sandbox)_[A-Za-z0-9_=-]{40,42}', 'A-Za-z0-9_=-'),
    minEntropy: 4,
    positive: [`GOCARDLESS_ACCESS_TOKEN=«live_${fake(B64URL, 40, 'gc1')}»`, `import gocardless_pro\nclient = gocardless_pro.Client(access_token="«sandbox_${fake(B64URL, 40, 'gc2')}»", environment="sandbox")`],
    negative: ['GOCARDLESS_ACCESS_TOKEN=live_<token>', `# gocardless\nADYEN_CLIENT_KEY=live_${fake(UPPER_DIGITS, 32, 'gc3')}`],
    guide: {
      grants: 'Full API access to the GoCardless creditor: create mandates and collect Direct Debit payments, read customer bank details, issue refunds (sandbox: test only).',
      revoke: 'GoCardless Dashboard → Developers → Access tokens → the token → Revoke, then create a new one.',
      url: 'https://manage.gocardless.com/developers/access-tokens',
    },
  }),
  detector({
    id: 'checkoutcom.secret-key',
    title: 'Checkout.com secret key',
    keywords: ['sk_sbox_', 'checkout', 'cko_'],
    documentScope: true,
    // sk_ / sk_sbox_ + 26–36 lower-case base32-ish (current), or sk_[test_]<uuid> (legacy).
    pattern: token(`sk_(?:sbox_|test_)?(?:${UUID}|[a-z0-9]{26,36})`, 'A-Za-z0-9_-'),
    post: [lacksLetterAndDigit],
    minEntropy: 3.5,
    positive: [`CKO_SECRET_KEY=«sk_sbox_${fake(LOWER_DIGITS, 27, 'ck1')}»`, `// checkout.com\nconst cko = new Checkout('«sk_${fake(LOWER_DIGITS, 27, 'ck2')}»');`, `CHECKOUT_SECRET_KEY=«sk_test_${fakeUuid('ck3')}»`],
    negative: [`CKO_PUBLIC_KEY=pk_sbox_${fake(LOWER_DIGITS, 27, 'ck4')}`, 'CHECKOUT_SECRET_KEY=sk_sbox_<secret>'],
    guide: {
      grants: 'Full API access to the Checkout.com account: payments, captures, refunds, payouts and instrument (card) data per the key\'s scopes.',
      revoke: 'Checkout.com Dashboard → Developers → Keys → the key → Revoke, then create a new one.',
      url: 'https://dashboard.checkout.com/developers/keys',
    },
  }),
  contextual({
    id: 'wise.api-token',
    title: 'Wise (TransferWise) API token',
    keywords: ['wise'],
    providers: [w('transferwise'), word('wise')],
    kinds: ['api token', 'api key', 'token', 'key'],
    value: UUID,
    positive: [`WISE_API_TOKEN=«${fakeUuid('ws1')}»`, `transferwise:\n  transferwise_token: "«${fakeUuid('ws2')}»"`],
    negative: [`WISE_PROFILE_ID=${num(8, 'ws3')}`, `otherwise_key = "${fakeUuid('ws4')}"`],
    guide: {
      grants: 'Per the token\'s type, reads balances and statements or creates and funds transfers from the Wise account.',
      revoke: 'Wise → Settings → Developer tools → API tokens → the token → Revoke, then create a new read-only one where possible.',
      url: 'https://wise.com/settings/api-tokens',
    },
  }),
  detector({
    id: 'klarna.api-key',
    title: 'Klarna API key',
    keywords: ['klarna_live_api_', 'klarna_test_api_'],
    // klarna_live_api_ / klarna_test_api_ + a long base64url tail (minimum length: unverified).
    pattern: token('klarna_(?:live|test)_api_[A-Za-z0-9_-]{20,250}', 'A-Za-z0-9_-'),
    minEntropy: 3.5,
    positive: [`KLARNA_API_KEY=«klarna_live_api_${fake(B64URL, 64, 'kl1')}»`],
    negative: [`KLARNA_CLIENT_ID=klarna_live_client_${fake(B64URL, 64, 'kl2')}`, 'KLARNA_API_KEY=klarna_live_api_<key>'],
    guide: {
      grants: 'Calls the Klarna APIs for the merchant: create and capture orders, refunds, settlements.',
      revoke: 'Klarna Merchant Portal → Settings → API credentials → disable the key and generate a new one.',
      url: 'https://portal.klarna.com/',
    },
  }),
  contextual({
    id: 'klarna.api-password',
    title: 'Klarna API password (shared secret)',
    keywords: ['klarna'],
    providers: [w('klarna')],
    kinds: ['api password', 'password', 'shared secret', 'api secret', 'secret'],
    value: '[A-Za-z0-9_+/=!-]{16,128}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    companions: [{ name: 'username', pattern: /(?<![A-Za-z0-9])(?<value>[KP]K?[0-9]{4,8}_[0-9a-f]{10,16})(?![A-Za-z0-9])/, withinLines: 3 }],
    positive: [`KLARNA_USERNAME=PK${num(5, 'kp1')}_${fake(HEX, 12, 'kp2')}\nKLARNA_PASSWORD=«${fake(B62, 16, 'kp3')}»`],
    negative: [`KLARNA_USERNAME=PK${num(5, 'kp4')}_${fake(HEX, 12, 'kp5')}`, 'KLARNA_PASSWORD=your-klarna-password'],
    guide: {
      grants: 'With the API username (UID), calls the Klarna APIs for the merchant: orders, captures, refunds.',
      revoke: 'Klarna Merchant Portal → Settings → API credentials → generate new credentials and disable the old ones.',
      url: 'https://portal.klarna.com/',
    },
  }),
  detector({
    id: 'mollie.api-key',
    title: 'Mollie API key or organisation access token',
    keywords: ['mollie'],
    documentScope: true,
    // live_/test_ + 30 base62, or access_ + 40 (organisation token); the document must mention Mollie.
    pattern: token('(?:live|test)_[A-Za-z0-9]{30}|access_[A-Za-z0-9]{40}', 'A-Za-z0-9_'),
    post: [lacksLetterAndDigit],
    minEntropy: 3.5,
    positive: [`MOLLIE_API_KEY=«live_${fake(B62, 30, 'mo1')}»`, `$mollie = new \\Mollie\\Api\\MollieApiClient();\n$mollie->setAccessToken("«access_${fake(B62, 40, 'mo2')}»");`],
    negative: ['MOLLIE_API_KEY=live_<api-key>', `# mollie\nPROFILE_ID=pfl_${fake(B62, 10, 'mo3')}`],
    guide: {
      grants: 'Live keys create payments and refunds and read payment and customer data for the website profile; organisation tokens act on the whole organisation within their scopes.',
      revoke: 'Mollie Dashboard → Developers → API keys → Reset the live/test key; organisation tokens: Developers → Organization access tokens → Revoke.',
      url: 'https://my.mollie.com/dashboard/developers/api-keys',
    },
  }),

  // --- Shipping, billing, marketplaces -------------------------------------------------------
  detector({
    id: 'easypost.api-key',
    title: 'EasyPost API key',
    keywords: ['EZAK', 'EZTK'],
    // EZAK (production) / EZTK (test) + 54 base62.
    pattern: token('EZ[AT]K[A-Za-z0-9]{54}', 'A-Za-z0-9'),
    minEntropy: 3.5,
    positive: [`EASYPOST_API_KEY=«EZAK${fake(B62, 54, 'ez1')}»`, `client = easypost.EasyPostClient("«EZTK${fake(B62, 54, 'ez2')}»")`],
    negative: ['EASYPOST_API_KEY=EZAK<key>', 'EASYPOST_API_KEY=EZAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    guide: {
      grants: 'Buys shipping labels billed to the account, reads shipments and addresses (customer PII), manages webhooks (test keys: test mode).',
      revoke: 'EasyPost Dashboard → Account settings → API keys → disable the key and create a new one.',
      url: 'https://www.easypost.com/account/api-keys',
    },
  }),
  contextual({
    id: 'lob.api-key',
    title: 'Lob secret API key',
    keywords: ['lob_', 'lob-', 'lob.', 'lobapi', 'lobkey', 'lobsecret'],
    providers: [word('lob')],
    kinds: ['api key', 'secret key', 'key', 'secret'],
    // live_/test_ + 35 hex; publishable keys (live_pub_/test_pub_) are public and do not fit.
    value: '(?:live|test)_[0-9a-f]{35}',
    minEntropy: 3,
    positive: [`LOB_API_KEY=«live_${fake(HEX, 35, 'lb1')}»`, `const lobApiKey = '«test_${fake(HEX, 35, 'lb2')}»';`],
    negative: [`LOB_PUBLISHABLE_KEY=live_pub_${fake(HEX, 31, 'lb3')}`, 'LOB_API_KEY=live_<key>'],
    guide: {
      grants: 'Sends physical mail and checks billed to the account and reads addresses and mail pieces (test keys: test mode).',
      revoke: 'Lob Dashboard → Settings → API Keys → Roll the key.',
      url: 'https://dashboard.lob.com/settings/api-keys',
    },
  }),
  detector({
    id: 'duffel.api-token',
    title: 'Duffel access token',
    keywords: ['duffel_live_', 'duffel_test_'],
    pattern: token('duffel_(?:live|test)_[A-Za-z0-9_=-]{40,50}', 'A-Za-z0-9_=-'),
    minEntropy: 3.5,
    positive: [`DUFFEL_ACCESS_TOKEN=«duffel_live_${fake(B64URL, 43, 'du1')}»`, `duffel = Duffel(access_token="«duffel_test_${fake(B64URL, 43, 'du2')}»")`],
    negative: ['DUFFEL_ACCESS_TOKEN=duffel_test_<token>', 'DUFFEL_ACCESS_TOKEN=duffel_live_...'],
    guide: {
      grants: 'Searches and books flights and stays billed to the Duffel account and reads bookings with passenger data (test tokens: test mode).',
      revoke: 'Duffel Dashboard → Developers → Access tokens → the token → Delete, then create a new one.',
      url: 'https://app.duffel.com/',
    },
  }),
  detector({
    id: 'paddle.api-key',
    title: 'Paddle Billing API key',
    keywords: ['pdl_live_', 'pdl_sdbx_'],
    // pdl_live_apikey_ / pdl_sdbx_apikey_ + ~26 + _ + ~22 (unverified: a minimum length).
    pattern: token('pdl_(?:live|sdbx)_apikey_[A-Za-z0-9_]{30,80}', 'A-Za-z0-9_'),
    minEntropy: 3.5,
    positive: [`PADDLE_API_KEY=«pdl_live_apikey_${fake(LOWER_DIGITS, 26, 'pd1')}_${fake(B62, 22, 'pd2')}»`, `paddle = Client("«pdl_sdbx_apikey_${fake(LOWER_DIGITS, 26, 'pd3')}_${fake(B62, 22, 'pd4')}»")`],
    negative: [`PADDLE_CLIENT_TOKEN=live_${fake(LOWER_DIGITS, 27, 'pd5')}`, 'PADDLE_API_KEY=pdl_live_apikey_<key>'],
    guide: {
      grants: 'Per the key\'s permissions, manages the Paddle Billing account: products and prices, customers, subscriptions, transactions and refunds (sandbox keys: test only).',
      revoke: 'Paddle → Developer tools → Authentication → API keys → the key → Revoke, then create a new one.',
      url: 'https://vendors.paddle.com/authentication-v2',
    },
  }),
  detector({
    id: 'xendit.secret-key',
    title: 'Xendit secret API key',
    keywords: ['xnd_production_', 'xnd_development_'],
    pattern: token('xnd_(?:production|development)_[A-Za-z0-9]{40,100}', 'A-Za-z0-9'),
    minEntropy: 3.5,
    positive: [`XENDIT_SECRET_KEY=«xnd_production_${fake(B62, 60, 'xn1')}»`, `Xendit.init({ secretKey: '«xnd_development_${fake(B62, 60, 'xn2')}»' });`],
    negative: [`XENDIT_PUBLIC_KEY=xnd_public_production_${fake(B62, 60, 'xn3')}`, 'XENDIT_SECRET_KEY=xnd_production_<key>'],
    guide: {
      grants: 'Per the key\'s permissions, creates invoices and charges, disburses money to bank accounts and e-wallets, and reads transactions (development keys: test mode).',
      revoke: 'Xendit Dashboard → Settings → Developers → API keys → the key → Delete, then generate a new one.',
      url: 'https://dashboard.xendit.co/settings/developers#api-keys',
    },
  }),
  detector({
    id: 'midtrans.server-key',
    title: 'Midtrans server key',
    keywords: ['Mid-server-'],
    // Mid-server- (production) / SB-Mid-server- (sandbox) + ~24; Mid-client- keys are public.
    pattern: /(?<![A-Za-z0-9_])(?<secret>(?:SB-)?Mid-server-[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    positive: [`MIDTRANS_SERVER_KEY=«Mid-server-${fake(B64URL, 24, 'mt1')}»`, `'server_key' => '«SB-Mid-server-${fake(B64URL, 24, 'mt2')}»',`],
    negative: [`MIDTRANS_CLIENT_KEY=Mid-client-${fake(B64URL, 16, 'mt3')}`, 'MIDTRANS_SERVER_KEY=Mid-server-<key>'],
    guide: {
      grants: 'Server-side access to the Midtrans merchant: charge, capture, refund and cancel transactions and read their status (SB- keys: sandbox).',
      revoke: 'Midtrans Dashboard → Settings → Access Keys → regenerate the server key.',
      url: 'https://dashboard.midtrans.com/settings/config_info',
    },
  }),
  detector({
    id: 'mercadopago.access-token',
    title: 'Mercado Pago access token',
    keywords: ['APP_USR-', 'TEST-'],
    // APP_USR-<app id>-<date>-<32 hex>-<user id>; TEST- for test credentials. Public keys are APP_USR-<uuid>.
    pattern: token('(?:APP_USR|TEST)-[0-9]{12,18}-[0-9]{6}-[0-9a-f]{32}-[0-9]{6,12}', 'A-Za-z0-9_-'),
    positive: [`MERCADOPAGO_ACCESS_TOKEN=«APP_USR-${num(16, 'mp1')}-${num(6, 'mp2')}-${fake(HEX, 32, 'mp3')}-${num(9, 'mp4')}»`, `sdk = mercadopago.SDK("«TEST-${num(16, 'mp5')}-${num(6, 'mp6')}-${fake(HEX, 32, 'mp7')}-${num(9, 'mp8')}»")`],
    negative: [`MERCADOPAGO_PUBLIC_KEY=APP_USR-${fakeUuid('mp9')}`, 'MERCADOPAGO_ACCESS_TOKEN=APP_USR-<token>'],
    guide: {
      grants: 'Full API access to the Mercado Pago account: create payments and refunds, read payments and payer data, move money (TEST- tokens: test mode).',
      revoke: 'Mercado Pago Developers → Your integrations → the application → Production credentials → Renew the access token.',
      url: 'https://www.mercadopago.com/developers/panel/app',
    },
  }),
  detector({
    id: 'woocommerce.consumer-secret',
    title: 'WooCommerce REST API consumer secret',
    keywords: ['cs_'],
    pattern: token('cs_[0-9a-f]{40}', 'A-Za-z0-9_'),
    minEntropy: 3,
    companions: [{ name: 'consumer_key', pattern: /(?<![A-Za-z0-9_])(?<value>ck_[0-9a-f]{40})(?![A-Za-z0-9_])/, withinLines: 3 }],
    positive: [`WC_CONSUMER_KEY=ck_${fake(HEX, 40, 'wc1')}\nWC_CONSUMER_SECRET=«cs_${fake(HEX, 40, 'wc2')}»`, `curl https://shop.example.com/wp-json/wc/v3/orders -u ck_${fake(HEX, 40, 'wc3')}:«cs_${fake(HEX, 40, 'wc4')}»`],
    negative: [`WC_CONSUMER_KEY=ck_${fake(HEX, 40, 'wc5')}`, 'WC_CONSUMER_SECRET=cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    guide: {
      grants: 'With the consumer key, reads (and for read/write keys, changes) the store through the WooCommerce REST API: orders with customer addresses, products, coupons, customers.',
      revoke: 'WordPress admin → WooCommerce → Settings → Advanced → REST API → the key → Revoke, then create a new one.',
      url: 'https://woocommerce.com/document/woocommerce-rest-api/',
    },
  }),
  detector({
    id: 'amazon.lwa-client-secret',
    title: 'Login with Amazon / SP-API client secret',
    keywords: ['amzn1.oa2-cs.v1.'],
    pattern: token('amzn1\\.oa2-cs\\.v1\\.[0-9a-f]{64}', 'A-Za-z0-9_'),
    positive: [`LWA_CLIENT_SECRET=«amzn1.oa2-cs.v1.${fake(HEX, 64, 'am1')}»`],
    // The client id is public.
    negative: [`LWA_CLIENT_ID=amzn1.application-oa2-client.${fake(HEX, 32, 'am2')}`, 'LWA_CLIENT_SECRET=amzn1.oa2-cs.v1.<secret>'],
    guide: {
      grants: 'Completes Login with Amazon / Selling Partner API OAuth as your application and exchanges refresh tokens for access tokens to every seller who authorised it.',
      revoke: 'Seller Central (or Developer Central) → Develop Apps → the app → LWA credentials → Rotate the client secret.',
      url: 'https://developer-docs.amazon.com/sp-api/docs/rotating-your-apps-lwa-credentials',
    },
  }),
  detector({
    id: 'amazon.lwa-refresh-token',
    title: 'Login with Amazon / SP-API refresh token',
    keywords: ['Atzr|'],
    // Atzr| + ~300 base64url characters (access tokens, Atza|, last one hour and are not reported).
    pattern: /(?<![A-Za-z0-9_])(?<secret>Atzr\|[A-Za-z0-9_-]{100,800})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    positive: [`SP_API_REFRESH_TOKEN=«Atzr|IwEBI${fake(B64URL, 300, 'az1')}»`, `{"refresh_token": "«Atzr|IwEBI${fake(B64URL, 320, 'az2')}»"}`],
    negative: [`access_token = "Atza|IwEBI${fake(B64URL, 300, 'az3')}"`, 'SP_API_REFRESH_TOKEN=Atzr|<token>'],
    guide: {
      grants: 'With the client id and secret, mints access tokens for the seller or customer who authorised your app (Selling Partner API: orders, buyer data, listings) until revoked.',
      revoke: 'The seller revokes the app in Seller Central → Apps and Services → Manage Your Apps; the developer re-authorises to get a new refresh token and rotates the LWA secret.',
      url: 'https://developer-docs.amazon.com/sp-api/docs/authorizing-selling-partner-api-applications',
    },
  }),
  detector({
    id: 'ebay.cert-id',
    title: 'eBay developer Cert ID (client secret)',
    keywords: ['PRD-', 'SBX-'],
    // PRD-/SBX- + 12 hex + four groups of 4 hex. App ids (…-PRD-<9 hex>-<8 hex>) do not fit.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:PRD|SBX)-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    positive: [`EBAY_CERT_ID=«PRD-${fake(HEX, 12, 'eb1')}-${fake(HEX, 4, 'eb2')}-${fake(HEX, 4, 'eb3')}-${fake(HEX, 4, 'eb4')}-${fake(HEX, 4, 'eb5')}»`, `clientSecret: '«SBX-${fake(HEX, 12, 'eb6')}-${fake(HEX, 4, 'eb7')}-${fake(HEX, 4, 'eb8')}-${fake(HEX, 4, 'eb9')}-${fake(HEX, 4, 'eb10')}»'`],
    negative: [`EBAY_APP_ID=Ferrowin-Console-PRD-${fake(HEX, 9, 'eb11')}-${fake(HEX, 8, 'eb12')}`, 'EBAY_CERT_ID=PRD-<cert-id>'],
    guide: {
      grants: 'With the App ID, obtains OAuth application tokens and exchanges user consent codes as your eBay application (SBX-: sandbox).',
      revoke: 'developer.ebay.com → Application Keys → the keyset → reset the Cert ID (client secret).',
      url: 'https://developer.ebay.com/my/keys',
    },
  }),
  contextual({
    id: 'etsy.api-key',
    title: 'Etsy API keystring or shared secret',
    keywords: ['etsy'],
    providers: [word('etsy')],
    kinds: ['api key', 'keystring', 'shared secret', 'secret', 'key'],
    value: '[a-z0-9]{24}',
    minEntropy: 3.3,
    post: [lacksLetterAndDigit],
    positive: [`ETSY_API_KEY=«${fake(LOWER_DIGITS, 24, 'et1')}»`, `etsy_shared_secret: "«${fake(LOWER_DIGITS, 24, 'et2')}»"`],
    negative: ['ETSY_API_KEY=<keystring>', `ETSY_SHOP_ID=${num(8, 'et4')}`],
    guide: {
      grants: 'Identifies your Etsy app to the Open API; with the shared secret it completes OAuth as the app (and acts on shops that authorised it).',
      revoke: 'etsy.com/developers → Your Apps → the app → regenerate the keystring / shared secret.',
      url: 'https://www.etsy.com/developers/your-apps',
    },
  }),
  contextual({
    id: 'bigcommerce.access-token',
    title: 'BigCommerce API access token',
    keywords: ['bigcommerce', 'big_commerce'],
    providers: [w('big commerce')],
    kinds: ['access token', 'auth token', 'api token', 'token', 'client secret'],
    // 31 lower-case alphanumerics (unverified: a range).
    value: '[a-z0-9]{28,40}',
    minEntropy: 3.3,
    post: [lacksLetterAndDigit],
    positive: [`BIGCOMMERCE_ACCESS_TOKEN=«${fake(LOWER_DIGITS, 31, 'bc1')}»`],
    negative: [`BIGCOMMERCE_STORE_HASH=${fake(LOWER_DIGITS, 10, 'bc2')}`, 'BIGCOMMERCE_ACCESS_TOKEN=<token>'],
    guide: {
      grants: 'Per the API account\'s scopes, reads and changes the store: orders with customer data, products, customers, payments settings.',
      revoke: 'BigCommerce control panel → Settings → API → Store-level API accounts → the account → Delete, then create a new one.',
      url: 'https://support.bigcommerce.com/s/article/Store-API-Accounts',
    },
  }),
  contextual({
    id: 'finicity.api-secret',
    title: 'Finicity (Mastercard Open Banking) app key or partner secret',
    keywords: ['finicity'],
    providers: [w('finicity')],
    kinds: ['partner secret', 'app key', 'api key', 'secret'],
    value: '[A-Za-z0-9]{20,32}',
    minEntropy: 3.3,
    post: [lacksLetterAndDigit],
    positive: [`FINICITY_PARTNER_SECRET=«${fake(B62, 20, 'fi1')}»`, `FINICITY_APP_KEY=«${fake(HEX, 32, 'fi2')}»`],
    negative: [`FINICITY_PARTNER_ID=${num(13, 'fi3')}`, 'FINICITY_APP_KEY=<app-key>'],
    guide: {
      grants: 'Obtains Finicity API tokens for the partner: reads consumers\' linked bank accounts, balances and transactions.',
      revoke: 'Mastercard Open Banking developer portal → the partner → regenerate the app key / partner secret.',
      url: 'https://developer.mastercard.com/open-banking-us/documentation/',
    },
  }),
  contextual({
    id: 'chargebee.api-key',
    title: 'Chargebee API key',
    keywords: ['chargebee'],
    providers: [w('chargebee')],
    kinds: ['api key', 'key', 'secret'],
    value: '(?:live|test)_[A-Za-z0-9]{26,40}',
    minEntropy: 3.5,
    positive: [`CHARGEBEE_API_KEY=«live_${fake(B62, 34, 'cb1')}»`, `chargebee:\n  chargebee_api_key: "«test_${fake(B62, 32, 'cb2')}»"`],
    negative: ['CHARGEBEE_API_KEY=live_<api-key>', 'CHARGEBEE_SITE=ferrowind-test'],
    guide: {
      grants: 'Per the key\'s access, manages the Chargebee site: customers, subscriptions, invoices, payment sources and refunds (test_ keys: the test site).',
      revoke: 'Chargebee → Settings → Configure Chargebee → API Keys and Webhooks → the key → Delete, then create a new one.',
      url: 'https://www.chargebee.com/docs/2.0/api_keys.html',
    },
  }),
  contextual({
    id: 'recurly.api-key',
    title: 'Recurly private API key',
    keywords: ['recurly'],
    providers: [w('recurly')],
    kinds: ['private api key', 'private key', 'api key', 'key', 'secret'],
    value: '[0-9a-f]{32}',
    minEntropy: 3,
    positive: [`RECURLY_API_KEY=«${fake(HEX, 32, 're1')}»`, `recurly_private_key: '«${fake(HEX, 32, 're2')}»'`],
    // Public keys (ewr1-…) are meant for browsers.
    negative: [`RECURLY_PUBLIC_KEY=ewr1-${fake(B62, 22, 're3')}`, 'RECURLY_API_KEY=<private-api-key>'],
    guide: {
      grants: 'Full API access to the Recurly site: accounts with billing info, subscriptions, invoices, refunds.',
      revoke: 'Recurly → Integrations → API Credentials → regenerate (or delete) the private API key.',
      url: 'https://app.recurly.com/go/developer/api_keys',
    },
  }),
  detector({
    id: 'authorizenet.transaction-key',
    title: 'Authorize.Net transaction key',
    keywords: ['transactionkey', 'transaction_key', 'transaction-key', 'transkey', 'trans_key', 'authorizenet', 'authorize_net', 'authnet'],
    pattern: assignment(
      [`(?:${w('authorize net')}|${word('authnet')}|${word('anet')})[A-Za-z0-9_.-]{0,20}(?:${w('transaction key')}|${w('trans key')}|${w('key')})`, w('transaction key'), `${word('trans')}[_.-]?${w('key')}`],
      '[A-Za-z0-9]{16}',
    ),
    minEntropy: 3.3,
    post: [lacksLetterAndDigit],
    companions: [{ name: 'api_login_id', pattern: /[Ll][Oo][Gg][Ii][Nn][_.-]?[Ii][Dd]["']?\s*[:=]\s*["']?(?<value>[A-Za-z0-9]{8,25})\b/, withinLines: 3 }],
    positive: [`AUTHORIZENET_API_LOGIN_ID=${fake(B62, 10, 'an1')}\nAUTHORIZENET_TRANSACTION_KEY=«${fake(B62, 16, 'an2')}»`, `<transactionKey>«${fake(B62, 16, 'an3')}»</transactionKey>`],
    negative: ['AUTHORIZENET_TRANSACTION_KEY=<transaction-key>', `transaction_key_prefix = "${fake(LOWER_DIGITS, 4, 'an4')}"`],
    guide: {
      grants: 'With the API login id, submits charges, refunds and voids on the Authorize.Net merchant account and reads transaction details.',
      revoke: 'Authorize.Net Merchant Interface → Account → Settings → Security Settings → API Credentials & Keys → New Transaction Key (disable the old one immediately).',
      url: 'https://account.authorize.net/',
    },
  }),
  contextual({
    id: 'lemonsqueezy.api-key',
    title: 'Lemon Squeezy API key',
    keywords: ['lemonsqueezy', 'lemon_squeezy', 'lemon-squeezy'],
    providers: [w('lemon squeezy')],
    kinds: ['api key', 'key', 'token'],
    // An RS256 JWT of ~1000 characters.
    value: JWT,
    positive: [`LEMONSQUEEZY_API_KEY=«${fakeJwt({ aud: '1', jti: fake(HEX, 64, 'ls1'), iat: 1700000000, sub: '12345', scopes: [] }, 'ls2', { typ: 'JWT', alg: 'RS256' })}»`],
    negative: ['LEMONSQUEEZY_API_KEY=<api-key>', 'LEMONSQUEEZY_STORE_ID=12345'],
    guide: {
      grants: 'Full API access to the Lemon Squeezy stores: orders and customer data, products, subscriptions, discounts, license keys, refunds.',
      revoke: 'Lemon Squeezy → Settings → API → the key → delete it, then create a new one.',
      url: 'https://app.lemonsqueezy.com/settings/api',
    },
  }),

  // --- Crypto exchanges (Etherscan, Infura, Alchemy, Moralis are in misc.ts) ----------------
  contextual({
    id: 'binance.api-secret',
    title: 'Binance API secret key',
    keywords: ['binance'],
    providers: [w('binance')],
    kinds: ['api secret', 'secret key', 'secret'],
    value: '[A-Za-z0-9]{64}',
    minEntropy: 4,
    companions: [{ name: 'api_key', pattern: /[Aa][Pp][Ii][_.-]?[Kk][Ee][Yy]["']?\s*[:=]\s*["']?(?<value>[A-Za-z0-9]{64})\b/, withinLines: 3 }],
    positive: [`BINANCE_API_KEY=${fake(B62, 64, 'bn1')}\nBINANCE_API_SECRET=«${fake(B62, 64, 'bn2')}»`, `{"binanceSecretKey": "«${fake(B62, 64, 'bn3')}»"}`],
    negative: [`BINANCE_API_KEY=${fake(B62, 64, 'bn4')}`, 'BINANCE_API_SECRET=your_secret_key'],
    guide: {
      grants: 'With the API key, signs Binance requests: per the key\'s restrictions, trades, reads balances and (if enabled) withdraws funds.',
      revoke: 'Binance → Account → API Management → the key → Delete, then create a new one with IP restriction and no withdrawal permission.',
      url: 'https://www.binance.com/en/my/settings/api-management',
    },
  }),
  contextual({
    id: 'kraken.api-secret',
    title: 'Kraken API private key',
    keywords: ['kraken'],
    providers: [w('kraken')],
    kinds: ['private key', 'api secret', 'secret key', 'secret'],
    // Base64 of 64 bytes: 88 characters.
    value: '[A-Za-z0-9+/]{86}==',
    minEntropy: 4.5,
    positive: [`KRAKEN_API_KEY=${fake(B64, 56, 'kr1')}\nKRAKEN_PRIVATE_KEY=«${toBase64(fakeBytes(64, 'kr2'))}»`],
    negative: ['KRAKEN_PRIVATE_KEY=<private-key>', `KRAKEN_API_KEY=${fake(B64, 56, 'kr3')}`],
    guide: {
      grants: 'With the API key, signs Kraken requests: per the key\'s permissions, queries funds, trades and (if allowed) withdraws.',
      revoke: 'Kraken → Settings → API → the key → Delete, then create a new one with the minimum permissions.',
      url: 'https://pro.kraken.com/app/settings/api',
    },
  }),
  contextual({
    id: 'kucoin.api-secret',
    title: 'KuCoin API secret',
    keywords: ['kucoin'],
    providers: [w('kucoin')],
    kinds: ['api secret', 'secret key', 'secret'],
    value: UUID,
    companions: [{ name: 'api_key', pattern: /[Aa][Pp][Ii][_.-]?[Kk][Ee][Yy]["']?\s*[:=]\s*["']?(?<value>[0-9a-f]{24})\b/, withinLines: 3 }],
    positive: [`KUCOIN_API_KEY=${fake(HEX, 24, 'ku1')}\nKUCOIN_API_SECRET=«${fakeUuid('ku2')}»\nKUCOIN_API_PASSPHRASE=hunter-${num(4, 'ku3')}`],
    negative: [`KUCOIN_API_KEY=${fake(HEX, 24, 'ku4')}`, 'KUCOIN_API_SECRET=<api-secret>'],
    guide: {
      grants: 'With the API key and passphrase, signs KuCoin requests: per the key\'s permissions, trades and (if enabled) withdraws funds.',
      revoke: 'KuCoin → Account → API Management → the key → Delete, then create a new one with IP restriction.',
      url: 'https://www.kucoin.com/account/api',
    },
  }),

  // --- Wallet keys ---------------------------------------------------------------------------
  detector({
    id: 'crypto.private-key-hex',
    title: 'Hex private key (Ethereum / EVM wallet)',
    keywords: ['private', 'privkey', 'priv_key', 'wallet', 'deployer', 'signer'],
    // 64 hex (optionally 0x) assigned to a private-key-like name; tx hashes share the shape, hence the name.
    pattern: assignment(
      [w('private key'), w('priv key'), w('privkey'), `${w('wallet')}[A-Za-z0-9_.-]{0,12}${w('key')}`, `${w('deployer')}[A-Za-z0-9_.-]{0,12}${w('key')}`, `${w('signer')}[A-Za-z0-9_.-]{0,12}${w('key')}`],
      '(?:0x)?[0-9a-fA-F]{64}',
    ),
    post: [isNotUsableEvmKey],
    minEntropy: 3,
    positive: [`PRIVATE_KEY=«0x${fake(HEX, 64, 'ek1')}»`, `const deployerKey = "«${fake(HEX, 64, 'ek2')}»";`, `module.exports = { networks: { mainnet: { url: RPC_URL, privateKey: '«0x${fake(HEX, 64, 'ek3')}»' } } };`],
    negative: [
      // Hardhat/Anvil account #0 (publicly known development key).
      'PRIVATE_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
      `tx_hash = "0x${fake(HEX, 64, 'ek4')}"`,
      'PRIVATE_KEY=0x0000000000000000000000000000000000000000000000000000000000000000',
      'PRIVATE_KEY=${DEPLOYER_PRIVATE_KEY}',
    ],
    guide: {
      grants: 'Controls the wallet: signs transactions that move all of its funds and tokens on every EVM chain, and any contract roles the address holds.',
      revoke: 'A private key cannot be revoked: immediately move all funds and tokens to a new wallet, transfer contract ownership/roles away from the address, then retire it.',
      store: 'Use a hardware wallet or a KMS/HSM signer for deployments, or an encrypted keystore loaded at run time; never put raw keys in .env files that get committed.',
    },
  }),
  detector({
    id: 'crypto.wallet-mnemonic',
    title: 'Wallet seed phrase (BIP-39 mnemonic)',
    keywords: ['mnemonic', 'seed_phrase', 'seedphrase', 'seed-phrase', 'seed phrase', 'recovery_phrase', 'recovery phrase', 'recoveryphrase', 'seed_words', 'secret_phrase', 'secretphrase', 'wallet_seed'],
    // 12–24 lower-case words under a mnemonic-like name (the BIP-39 checksum needs the word list; not checked).
    pattern: assignment(
      [w('mnemonic'), w('seed phrase'), w('recovery phrase'), w('seed words'), w('secret phrase'), w('wallet seed'), `${ci('seed')} ${ci('phrase')}`, `${ci('recovery')} ${ci('phrase')}`],
      '[a-z]{3,8}(?: [a-z]{3,8}){11,23}',
    ),
    post: [isNotSeedPhrase],
    positive: [`MNEMONIC="«${fakeSeedPhrase(12, 'mn1')}»"`, `const seedPhrase = '«${fakeSeedPhrase(24, 'mn2')}»';`],
    negative: [
      // BIP-39 test vector and the Hardhat default mnemonic.
      'MNEMONIC="abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"',
      'mnemonic: "test test test test test test test test test test test junk"',
      'MNEMONIC="your twelve word seed phrase goes here"',
    ],
    guide: {
      grants: 'Recreates every key of the wallet on every chain: whoever has it controls all funds and accounts derived from it.',
      revoke: 'A seed phrase cannot be revoked: create a new wallet with a new seed offline and move all funds and positions to it immediately.',
      store: 'Keep seed phrases offline (hardware wallet, paper/metal backup); use a KMS signer or an encrypted keystore for automation.',
    },
  }),
  detector({
    id: 'crypto.extended-private-key',
    title: 'BIP-32 extended private key (xprv)',
    keywords: ['xprv', 'yprv', 'zprv', 'tprv', 'uprv', 'vprv'],
    // [xyztuv]prv + 107 base58, verified by its base58check checksum and 78-byte layout. xpub is public.
    pattern: /(?<![A-Za-z0-9])(?<secret>[xyztuv]prv[1-9A-HJ-NP-Za-km-z]{100,112})(?![A-Za-z0-9])/,
    post: [isNotExtendedPrivateKey],
    examples: () => ({
      positive: [`WALLET_XPRV=«${fakeXprv('xp1')}»`, `descriptor = "wpkh(«${fakeXprv('xp2')}»/84h/0h/0h/0/*)"`],
      negative: [`WALLET_XPRV=${fakeXprv('xp3').slice(0, -1)}${fakeXprv('xp3').endsWith('A') ? 'B' : 'A'}`, 'WALLET_XPRV=xprv...'],
    }),
    guide: {
      grants: 'Derives every private key below it in the HD wallet: controls all funds on those addresses.',
      revoke: 'Cannot be revoked: create a new wallet seed offline and sweep all funds to it immediately.',
      store: 'Keep wallet keys in a hardware wallet or an HSM/KMS signer; export only xpub (public) to servers that need addresses.',
    },
  }),
  detector({
    id: 'crypto.wif-private-key',
    title: 'Bitcoin WIF private key',
    keywords: ['wif', 'privkey', 'private', 'bitcoin', 'btc', 'wallet'],
    documentScope: true,
    // Base58check, version 0x80: 51 chars starting 5 (uncompressed) or 52 starting K/L (compressed).
    pattern: /(?<![A-Za-z0-9])(?<secret>[5KL][1-9A-HJ-NP-Za-km-z]{50,51})(?![A-Za-z0-9])/,
    post: [isNotWif],
    examples: () => ({
      positive: [`BTC_PRIVATE_KEY=«${fakeWif('wf1')}»`, `# bitcoin signer\nkey = Key("«${fakeWif('wf2')}»")`],
      negative: [`BTC_PRIVATE_KEY=${fakeWif('wf3').slice(0, -2)}zz`, `# bitcoin\naddress = "1${fake(B62, 33, 'wf4')}"`],
    }),
    guide: {
      grants: 'Controls the Bitcoin address(es) of this key: anyone can sign transactions spending all of its funds.',
      revoke: 'Cannot be revoked: sweep all funds to an address of a new wallet immediately.',
      store: 'Keep keys in a hardware wallet or an HSM/KMS signer; never in source or configuration files.',
    },
  }),
];
