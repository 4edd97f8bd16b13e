/**
 * The example tables of every converted provider, by detector id: test data for test/detectors,
 * the docs generator and the samples. NOT imported by detectors/index.ts or any runtime module
 * (test/detectors/bundle.test.ts checks the bundles), so examples and engine/fake.ts stay out of them.
 *
 * Register every `<family>/<provider>.examples.ts` here (test/engine/registry.test.ts checks the list
 * against the files on disk).
 */
import type { Detector, DetectorExamples, ExampleTable } from '../types.js';
import { examples as totp } from './auth/totp.examples.js';
import { examples as jenkins } from './ci/jenkins.examples.js';
import { examples as github } from './code-hosting/github.examples.js';
import { examples as sql } from './database/sql.examples.js';
import { examples as envSetter } from './generic/env-setter.examples.js';
import { examples as generic } from './generic/generic.examples.js';
import { examples as slack } from './chat/slack.examples.js';
import { examples as basicAuth } from './http/basic-auth.examples.js';
import { examples as httpie } from './http/httpie.examples.js';
import { examples as jwk } from './keys/jwk.examples.js';
import { examples as nats } from './keys/nats.examples.js';
import { examples as openssl } from './keys/openssl.examples.js';
import { examples as adyen } from './payments/adyen.examples.js';
import { examples as amazon } from './payments/amazon.examples.js';
import { examples as authorizenet } from './payments/authorizenet.examples.js';
import { examples as bigcommerce } from './payments/bigcommerce.examples.js';
import { examples as binance } from './payments/binance.examples.js';
import { examples as braintree } from './payments/braintree.examples.js';
import { examples as chargebee } from './payments/chargebee.examples.js';
import { examples as checkoutcom } from './payments/checkoutcom.examples.js';
import { examples as coinbase } from './payments/coinbase.examples.js';
import { examples as crypto } from './payments/crypto.examples.js';
import { examples as duffel } from './payments/duffel.examples.js';
import { examples as easypost } from './payments/easypost.examples.js';
import { examples as ebay } from './payments/ebay.examples.js';
import { examples as etsy } from './payments/etsy.examples.js';
import { examples as finicity } from './payments/finicity.examples.js';
import { examples as flutterwave } from './payments/flutterwave.examples.js';
import { examples as gocardless } from './payments/gocardless.examples.js';
import { examples as klarna } from './payments/klarna.examples.js';
import { examples as kraken } from './payments/kraken.examples.js';
import { examples as kucoin } from './payments/kucoin.examples.js';
import { examples as lemonsqueezy } from './payments/lemonsqueezy.examples.js';
import { examples as lob } from './payments/lob.examples.js';
import { examples as mercadopago } from './payments/mercadopago.examples.js';
import { examples as midtrans } from './payments/midtrans.examples.js';
import { examples as mollie } from './payments/mollie.examples.js';
import { examples as paddle } from './payments/paddle.examples.js';
import { examples as paypal } from './payments/paypal.examples.js';
import { examples as paystack } from './payments/paystack.examples.js';
import { examples as plaid } from './payments/plaid.examples.js';
import { examples as razorpay } from './payments/razorpay.examples.js';
import { examples as recurly } from './payments/recurly.examples.js';
import { examples as shopify } from './payments/shopify.examples.js';
import { examples as square } from './payments/square.examples.js';
import { examples as stripe } from './payments/stripe.examples.js';
import { examples as wise } from './payments/wise.examples.js';
import { examples as woocommerce } from './payments/woocommerce.examples.js';
import { examples as xendit } from './payments/xendit.examples.js';

/** Every registered example table (one per provider file). */
export const EXAMPLE_TABLES: readonly ExampleTable[] = [
  generic,
  github,
  slack,
  adyen,
  amazon,
  authorizenet,
  bigcommerce,
  binance,
  braintree,
  chargebee,
  checkoutcom,
  coinbase,
  crypto,
  duffel,
  easypost,
  ebay,
  etsy,
  finicity,
  flutterwave,
  gocardless,
  klarna,
  kraken,
  kucoin,
  lemonsqueezy,
  lob,
  mercadopago,
  midtrans,
  mollie,
  paddle,
  paypal,
  paystack,
  plaid,
  razorpay,
  recurly,
  shopify,
  square,
  stripe,
  wise,
  woocommerce,
  xendit,
  nats,
  jwk,
  totp,
  sql,
  openssl,
  basicAuth,
  httpie,
  jenkins,
  envSetter,
];

export const EXAMPLES_BY_ID: ReadonlyMap<string, DetectorExamples> = new Map(EXAMPLE_TABLES.flatMap((table) => Object.entries(table)));

const NONE: DetectorExamples = { positive: [], negative: [] };

/** A detector's examples: from its examples file, or (theme files not yet converted) from the detector itself. */
export function examplesOf(detector: Detector): DetectorExamples {
  return EXAMPLES_BY_ID.get(detector.id) ?? detector.examples ?? NONE;
}
