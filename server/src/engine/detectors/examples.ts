/**
 * The example tables of every converted provider, by detector id: test data for test/detectors,
 * the docs generator and the samples. NOT imported by detectors/index.ts or any runtime module
 * (test/detectors/bundle.test.ts checks the bundles), so examples and engine/fake.ts stay out of them.
 *
 * Register every `<family>/<provider>.examples.ts` here (test/engine/registry.test.ts checks the list
 * against the files on disk).
 */
import type { Detector, DetectorExamples, ExampleTable } from '../types.js';
import { examples as anthropic } from './ai/anthropic.examples.js';
import { examples as assemblyai } from './ai/assemblyai.examples.js';
import { examples as clarifai } from './ai/clarifai.examples.js';
import { examples as cohere } from './ai/cohere.examples.js';
import { examples as databricks } from './ai/databricks.examples.js';
import { examples as deepgram } from './ai/deepgram.examples.js';
import { examples as deepseek } from './ai/deepseek.examples.js';
import { examples as elevenlabs } from './ai/elevenlabs.examples.js';
import { examples as firecrawl } from './ai/firecrawl.examples.js';
import { examples as fireworks } from './ai/fireworks.examples.js';
import { examples as groq } from './ai/groq.examples.js';
import { examples as huggingface } from './ai/huggingface.examples.js';
import { examples as langfuse } from './ai/langfuse.examples.js';
import { examples as langsmith } from './ai/langsmith.examples.js';
import { examples as mistral } from './ai/mistral.examples.js';
import { examples as modal } from './ai/modal.examples.js';
import { examples as neptune } from './ai/neptune.examples.js';
import { examples as nvidia } from './ai/nvidia.examples.js';
import { examples as openai } from './ai/openai.examples.js';
import { examples as openrouter } from './ai/openrouter.examples.js';
import { examples as perplexity } from './ai/perplexity.examples.js';
import { examples as pinecone } from './ai/pinecone.examples.js';
import { examples as replicate } from './ai/replicate.examples.js';
import { examples as runpod } from './ai/runpod.examples.js';
import { examples as stability } from './ai/stability.examples.js';
import { examples as tavily } from './ai/tavily.examples.js';
import { examples as together } from './ai/together.examples.js';
import { examples as voyage } from './ai/voyage.examples.js';
import { examples as wandb } from './ai/wandb.examples.js';
import { examples as xai } from './ai/xai.examples.js';
import { examples as github } from './code-hosting/github.examples.js';
import { examples as generic } from './generic/generic.examples.js';
import { examples as slack } from './chat/slack.examples.js';
import { examples as ably } from './messaging/ably.examples.js';
import { examples as courier } from './messaging/courier.examples.js';
import { examples as discord } from './messaging/discord.examples.js';
import { examples as line } from './messaging/line.examples.js';
import { examples as mattermost } from './messaging/mattermost.examples.js';
import { examples as messagebird } from './messaging/messagebird.examples.js';
import { examples as msteams } from './messaging/msteams.examples.js';
import { examples as onesignal } from './messaging/onesignal.examples.js';
import { examples as plivo } from './messaging/plivo.examples.js';
import { examples as pusher } from './messaging/pusher.examples.js';
import { examples as sendbird } from './messaging/sendbird.examples.js';
import { examples as sinch } from './messaging/sinch.examples.js';
import { examples as telegram } from './messaging/telegram.examples.js';
import { examples as twilio } from './messaging/twilio.examples.js';
import { examples as vonage } from './messaging/vonage.examples.js';
import { examples as zulip } from './messaging/zulip.examples.js';
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
import { examples as clojars } from './registries/clojars.examples.js';
import { examples as cloudsmith } from './registries/cloudsmith.examples.js';
import { examples as crates } from './registries/crates.examples.js';
import { examples as docker } from './registries/docker.examples.js';
import { examples as gradle } from './registries/gradle.examples.js';
import { examples as hex } from './registries/hex.examples.js';
import { examples as jfrog } from './registries/jfrog.examples.js';
import { examples as maven } from './registries/maven.examples.js';
import { examples as npm } from './registries/npm.examples.js';
import { examples as nuget } from './registries/nuget.examples.js';
import { examples as packagist } from './registries/packagist.examples.js';
import { examples as pypi } from './registries/pypi.examples.js';
import { examples as rubygems } from './registries/rubygems.examples.js';

/** Every registered example table (one per provider file). */
export const EXAMPLE_TABLES: readonly ExampleTable[] = [
  ably,
  anthropic,
  assemblyai,
  clarifai,
  clojars,
  cloudsmith,
  cohere,
  courier,
  crates,
  databricks,
  deepgram,
  deepseek,
  discord,
  docker,
  elevenlabs,
  firecrawl,
  fireworks,
  generic,
  github,
  gradle,
  groq,
  hex,
  huggingface,
  jfrog,
  langfuse,
  langsmith,
  line,
  mattermost,
  maven,
  messagebird,
  mistral,
  modal,
  msteams,
  neptune,
  npm,
  nuget,
  nvidia,
  onesignal,
  openai,
  openrouter,
  packagist,
  perplexity,
  pinecone,
  plivo,
  pusher,
  pypi,
  replicate,
  rubygems,
  runpod,
  sendbird,
  sinch,
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
  stability,
  stripe,
  tavily,
  telegram,
  together,
  twilio,
  vonage,
  voyage,
  wandb,
  wise,
  woocommerce,
  xai,
  xendit,
  zulip,
];

export const EXAMPLES_BY_ID: ReadonlyMap<string, DetectorExamples> = new Map(EXAMPLE_TABLES.flatMap((table) => Object.entries(table)));

const NONE: DetectorExamples = { positive: [], negative: [] };

/** A detector's examples: from its examples file, or (theme files not yet converted) from the detector itself. */
export function examplesOf(detector: Detector): DetectorExamples {
  return EXAMPLES_BY_ID.get(detector.id) ?? detector.examples ?? NONE;
}
