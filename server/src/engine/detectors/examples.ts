/**
 * The example tables of every converted provider, by detector id: test data for test/detectors,
 * the docs generator and the samples. NOT imported by detectors/index.ts or any runtime module
 * (test/detectors/bundle.test.ts checks the bundles), so examples and engine/fake.ts stay out of them.
 *
 * Register every `<family>/<provider>.examples.ts` here (test/engine/registry.test.ts checks the list
 * against the files on disk).
 */
import type { Detector, DetectorExamples, ExampleTable } from '../types.js';
import { examples as buildkite } from './ci/buildkite.examples.js';
import { examples as circleci } from './ci/circleci.examples.js';
import { examples as codeclimate } from './ci/codeclimate.examples.js';
import { examples as codecov } from './ci/codecov.examples.js';
import { examples as coveralls } from './ci/coveralls.examples.js';
import { examples as drone } from './ci/drone.examples.js';
import { examples as harness } from './ci/harness.examples.js';
import { examples as jenkins } from './ci/jenkins.examples.js';
import { examples as launchdarkly } from './ci/launchdarkly.examples.js';
import { examples as octopus } from './ci/octopus.examples.js';
import { examples as postman } from './ci/postman.examples.js';
import { examples as prefect } from './ci/prefect.examples.js';
import { examples as readme } from './ci/readme.examples.js';
import { examples as semaphore } from './ci/semaphore.examples.js';
import { examples as snyk } from './ci/snyk.examples.js';
import { examples as sonarqube } from './ci/sonarqube.examples.js';
import { examples as travis } from './ci/travis.examples.js';
import { examples as aiven } from './cloud/aiven.examples.js';
import { examples as alibaba } from './cloud/alibaba.examples.js';
import { examples as aws } from './cloud/aws.examples.js';
import { examples as azure } from './cloud/azure.examples.js';
import { examples as backblaze } from './cloud/backblaze.examples.js';
import { examples as baidu } from './cloud/baidu.examples.js';
import { examples as cloudflare } from './cloud/cloudflare.examples.js';
import { examples as digitalocean } from './cloud/digitalocean.examples.js';
import { examples as firebase } from './cloud/firebase.examples.js';
import { examples as flyio } from './cloud/flyio.examples.js';
import { examples as gcp } from './cloud/gcp.examples.js';
import { examples as heroku } from './cloud/heroku.examples.js';
import { examples as hetzner } from './cloud/hetzner.examples.js';
import { examples as huawei } from './cloud/huawei.examples.js';
import { examples as ibm } from './cloud/ibm.examples.js';
import { examples as infracost } from './cloud/infracost.examples.js';
import { examples as kubernetes } from './cloud/kubernetes.examples.js';
import { examples as linode } from './cloud/linode.examples.js';
import { examples as minio } from './cloud/minio.examples.js';
import { examples as netlify } from './cloud/netlify.examples.js';
import { examples as openshift } from './cloud/openshift.examples.js';
import { examples as oracle } from './cloud/oracle.examples.js';
import { examples as ovh } from './cloud/ovh.examples.js';
import { examples as pulumi } from './cloud/pulumi.examples.js';
import { examples as railway } from './cloud/railway.examples.js';
import { examples as render } from './cloud/render.examples.js';
import { examples as scaleway } from './cloud/scaleway.examples.js';
import { examples as scalingo } from './cloud/scalingo.examples.js';
import { examples as tencent } from './cloud/tencent.examples.js';
import { examples as terraform } from './cloud/terraform.examples.js';
import { examples as vercel } from './cloud/vercel.examples.js';
import { examples as vultr } from './cloud/vultr.examples.js';
import { examples as wasabi } from './cloud/wasabi.examples.js';
import { examples as yandex } from './cloud/yandex.examples.js';
import { examples as bitbucket } from './code-hosting/bitbucket.examples.js';
import { examples as gitea } from './code-hosting/gitea.examples.js';
import { examples as github } from './code-hosting/github.examples.js';
import { examples as gitlab } from './code-hosting/gitlab.examples.js';
import { examples as sourcegraph } from './code-hosting/sourcegraph.examples.js';
import { examples as generic } from './generic/generic.examples.js';
import { examples as slack } from './chat/slack.examples.js';
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
  aws,
  firebase,
  gcp,
  azure,
  aiven,
  alibaba,
  backblaze,
  baidu,
  cloudflare,
  digitalocean,
  flyio,
  heroku,
  hetzner,
  huawei,
  ibm,
  infracost,
  kubernetes,
  linode,
  minio,
  netlify,
  openshift,
  oracle,
  ovh,
  pulumi,
  railway,
  render,
  scaleway,
  scalingo,
  tencent,
  terraform,
  vercel,
  vultr,
  wasabi,
  yandex,
  buildkite,
  circleci,
  codeclimate,
  codecov,
  coveralls,
  drone,
  harness,
  jenkins,
  launchdarkly,
  octopus,
  postman,
  prefect,
  readme,
  semaphore,
  snyk,
  sonarqube,
  travis,
  gitlab,
  bitbucket,
  gitea,
  sourcegraph,
];

export const EXAMPLES_BY_ID: ReadonlyMap<string, DetectorExamples> = new Map(EXAMPLE_TABLES.flatMap((table) => Object.entries(table)));

const NONE: DetectorExamples = { positive: [], negative: [] };

/** A detector's examples: from its examples file, or (theme files not yet converted) from the detector itself. */
export function examplesOf(detector: Detector): DetectorExamples {
  return EXAMPLES_BY_ID.get(detector.id) ?? detector.examples ?? NONE;
}
