/**
 * The detector registry: every provider file's detectors, sorted by id (a test checks it).
 *
 * Layout (issue 13): one provider per file, `detectors/<family>/<provider>.ts`, where <provider> is the
 * part of the detector ids before the first dot (`stripe.secret-key` → payments/stripe.ts) and the
 * family folder groups providers of one kind: ai/, cloud/, code-hosting/, chat/, payments/, generic/ …
 * Each provider file imports only ./kit and engine modules (never another provider: ESLint enforces it)
 * and exports `detectors`; its examples live beside it in `<provider>.examples.ts` (registered in
 * ./examples.ts, test data only). The remaining flat theme files (ai.ts, aws.ts …) are being converted;
 * kit/README.md is the guide.
 */
import type { Detector } from '../types.js';
import { detectors as totp } from './auth/totp.js';
import { detectors as slack } from './chat/slack.js';
import { detectors as jenkins } from './ci/jenkins.js';
import { detectors as github } from './code-hosting/github.js';
import { detectors as sql } from './database/sql.js';
import { detectors as envSetter } from './generic/env-setter.js';
import { detectors as generic } from './generic/generic.js';
import { detectors as basicAuth } from './http/basic-auth.js';
import { detectors as httpie } from './http/httpie.js';
import { detectors as jwk } from './keys/jwk.js';
import { detectors as nats } from './keys/nats.js';
import { detectors as openssl } from './keys/openssl.js';
import { detectors as adyen } from './payments/adyen.js';
import { detectors as amazon } from './payments/amazon.js';
import { detectors as authorizenet } from './payments/authorizenet.js';
import { detectors as bigcommerce } from './payments/bigcommerce.js';
import { detectors as binance } from './payments/binance.js';
import { detectors as braintree } from './payments/braintree.js';
import { detectors as chargebee } from './payments/chargebee.js';
import { detectors as checkoutcom } from './payments/checkoutcom.js';
import { detectors as coinbase } from './payments/coinbase.js';
import { detectors as crypto } from './payments/crypto.js';
import { detectors as duffel } from './payments/duffel.js';
import { detectors as easypost } from './payments/easypost.js';
import { detectors as ebay } from './payments/ebay.js';
import { detectors as etsy } from './payments/etsy.js';
import { detectors as finicity } from './payments/finicity.js';
import { detectors as flutterwave } from './payments/flutterwave.js';
import { detectors as gocardless } from './payments/gocardless.js';
import { detectors as klarna } from './payments/klarna.js';
import { detectors as kraken } from './payments/kraken.js';
import { detectors as kucoin } from './payments/kucoin.js';
import { detectors as lemonsqueezy } from './payments/lemonsqueezy.js';
import { detectors as lob } from './payments/lob.js';
import { detectors as mercadopago } from './payments/mercadopago.js';
import { detectors as midtrans } from './payments/midtrans.js';
import { detectors as mollie } from './payments/mollie.js';
import { detectors as paddle } from './payments/paddle.js';
import { detectors as paypal } from './payments/paypal.js';
import { detectors as paystack } from './payments/paystack.js';
import { detectors as plaid } from './payments/plaid.js';
import { detectors as razorpay } from './payments/razorpay.js';
import { detectors as recurly } from './payments/recurly.js';
import { detectors as shopify } from './payments/shopify.js';
import { detectors as square } from './payments/square.js';
import { detectors as stripe } from './payments/stripe.js';
import { detectors as wise } from './payments/wise.js';
import { detectors as woocommerce } from './payments/woocommerce.js';
import { detectors as xendit } from './payments/xendit.js';
import { detectors as ai } from './ai.js';
import { detectors as aws } from './aws.js';
import { detectors as azure } from './azure.js';
import { detectors as bitbucket } from './bitbucket.js';
import { detectors as ci } from './ci.js';
import { detectors as cloud } from './cloud.js';
import { detectors as database } from './database.js';
import { detectors as email } from './email.js';
import { detectors as framework } from './framework.js';
import { detectors as gcp } from './gcp.js';
import { detectors as gitlab } from './gitlab.js';
import { detectors as httpAuth } from './http-auth.js';
import { detectors as identity } from './identity.js';
import { detectors as jwt } from './jwt.js';
import { detectors as messaging } from './messaging.js';
import { detectors as misc } from './misc.js';
import { detectors as observability } from './observability.js';
import { detectors as privateKey } from './private-key.js';
import { detectors as registries } from './registries.js';
import { detectors as saas } from './saas.js';

export const ALL_DETECTORS: readonly Detector[] = [
  ...ai,
  ...aws,
  ...azure,
  ...basicAuth,
  ...bitbucket,
  ...ci,
  ...cloud,
  ...database,
  ...email,
  ...envSetter,
  ...framework,
  ...gcp,
  ...generic,
  ...github,
  ...gitlab,
  ...httpAuth,
  ...httpie,
  ...identity,
  ...jenkins,
  ...jwk,
  ...jwt,
  ...messaging,
  ...misc,
  ...nats,
  ...observability,
  ...openssl,
  ...sql,
  ...totp,
  ...adyen,
  ...amazon,
  ...authorizenet,
  ...bigcommerce,
  ...binance,
  ...braintree,
  ...chargebee,
  ...checkoutcom,
  ...coinbase,
  ...crypto,
  ...duffel,
  ...easypost,
  ...ebay,
  ...etsy,
  ...finicity,
  ...flutterwave,
  ...gocardless,
  ...klarna,
  ...kraken,
  ...kucoin,
  ...lemonsqueezy,
  ...lob,
  ...mercadopago,
  ...midtrans,
  ...mollie,
  ...paddle,
  ...paypal,
  ...paystack,
  ...plaid,
  ...razorpay,
  ...recurly,
  ...shopify,
  ...square,
  ...stripe,
  ...wise,
  ...woocommerce,
  ...xendit,
  ...privateKey,
  ...registries,
  ...saas,
  ...slack,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const DETECTORS_BY_ID: ReadonlyMap<string, Detector> = new Map(ALL_DETECTORS.map((d) => [d.id, d]));
