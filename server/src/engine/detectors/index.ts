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
import { detectors as anthropic } from './ai/anthropic.js';
import { detectors as assemblyai } from './ai/assemblyai.js';
import { detectors as clarifai } from './ai/clarifai.js';
import { detectors as cohere } from './ai/cohere.js';
import { detectors as databricks } from './ai/databricks.js';
import { detectors as deepgram } from './ai/deepgram.js';
import { detectors as deepseek } from './ai/deepseek.js';
import { detectors as elevenlabs } from './ai/elevenlabs.js';
import { detectors as firecrawl } from './ai/firecrawl.js';
import { detectors as fireworks } from './ai/fireworks.js';
import { detectors as groq } from './ai/groq.js';
import { detectors as huggingface } from './ai/huggingface.js';
import { detectors as langfuse } from './ai/langfuse.js';
import { detectors as langsmith } from './ai/langsmith.js';
import { detectors as mistral } from './ai/mistral.js';
import { detectors as modal } from './ai/modal.js';
import { detectors as neptune } from './ai/neptune.js';
import { detectors as nvidia } from './ai/nvidia.js';
import { detectors as openai } from './ai/openai.js';
import { detectors as openrouter } from './ai/openrouter.js';
import { detectors as perplexity } from './ai/perplexity.js';
import { detectors as pinecone } from './ai/pinecone.js';
import { detectors as replicate } from './ai/replicate.js';
import { detectors as runpod } from './ai/runpod.js';
import { detectors as stability } from './ai/stability.js';
import { detectors as tavily } from './ai/tavily.js';
import { detectors as together } from './ai/together.js';
import { detectors as voyage } from './ai/voyage.js';
import { detectors as wandb } from './ai/wandb.js';
import { detectors as xai } from './ai/xai.js';
import { detectors as slack } from './chat/slack.js';
import { detectors as github } from './code-hosting/github.js';
import { detectors as generic } from './generic/generic.js';
import { detectors as ably } from './messaging/ably.js';
import { detectors as courier } from './messaging/courier.js';
import { detectors as discord } from './messaging/discord.js';
import { detectors as line } from './messaging/line.js';
import { detectors as mattermost } from './messaging/mattermost.js';
import { detectors as messagebird } from './messaging/messagebird.js';
import { detectors as msteams } from './messaging/msteams.js';
import { detectors as onesignal } from './messaging/onesignal.js';
import { detectors as plivo } from './messaging/plivo.js';
import { detectors as pusher } from './messaging/pusher.js';
import { detectors as sendbird } from './messaging/sendbird.js';
import { detectors as sinch } from './messaging/sinch.js';
import { detectors as telegram } from './messaging/telegram.js';
import { detectors as twilio } from './messaging/twilio.js';
import { detectors as vonage } from './messaging/vonage.js';
import { detectors as zulip } from './messaging/zulip.js';
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
import { detectors as clojars } from './registries/clojars.js';
import { detectors as cloudsmith } from './registries/cloudsmith.js';
import { detectors as crates } from './registries/crates.js';
import { detectors as docker } from './registries/docker.js';
import { detectors as gradle } from './registries/gradle.js';
import { detectors as hex } from './registries/hex.js';
import { detectors as jfrog } from './registries/jfrog.js';
import { detectors as maven } from './registries/maven.js';
import { detectors as npm } from './registries/npm.js';
import { detectors as nuget } from './registries/nuget.js';
import { detectors as packagist } from './registries/packagist.js';
import { detectors as pypi } from './registries/pypi.js';
import { detectors as rubygems } from './registries/rubygems.js';
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
import { detectors as misc } from './misc.js';
import { detectors as observability } from './observability.js';
import { detectors as privateKey } from './private-key.js';
import { detectors as saas } from './saas.js';

export const ALL_DETECTORS: readonly Detector[] = [
  ...ably,
  ...anthropic,
  ...assemblyai,
  ...aws,
  ...azure,
  ...bitbucket,
  ...ci,
  ...clarifai,
  ...clojars,
  ...cloud,
  ...cloudsmith,
  ...cohere,
  ...courier,
  ...crates,
  ...database,
  ...databricks,
  ...deepgram,
  ...deepseek,
  ...discord,
  ...docker,
  ...elevenlabs,
  ...email,
  ...firecrawl,
  ...fireworks,
  ...framework,
  ...gcp,
  ...generic,
  ...github,
  ...gitlab,
  ...gradle,
  ...groq,
  ...hex,
  ...httpAuth,
  ...huggingface,
  ...identity,
  ...jfrog,
  ...jwt,
  ...langfuse,
  ...langsmith,
  ...line,
  ...mattermost,
  ...maven,
  ...messagebird,
  ...misc,
  ...mistral,
  ...modal,
  ...msteams,
  ...neptune,
  ...npm,
  ...nuget,
  ...nvidia,
  ...observability,
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
  ...onesignal,
  ...openai,
  ...openrouter,
  ...packagist,
  ...paddle,
  ...paypal,
  ...paystack,
  ...perplexity,
  ...pinecone,
  ...plaid,
  ...plivo,
  ...pusher,
  ...pypi,
  ...razorpay,
  ...recurly,
  ...replicate,
  ...rubygems,
  ...runpod,
  ...sendbird,
  ...shopify,
  ...sinch,
  ...square,
  ...stability,
  ...stripe,
  ...tavily,
  ...telegram,
  ...together,
  ...twilio,
  ...vonage,
  ...voyage,
  ...wandb,
  ...wise,
  ...woocommerce,
  ...xai,
  ...xendit,
  ...privateKey,
  ...saas,
  ...slack,
  ...zulip,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const DETECTORS_BY_ID: ReadonlyMap<string, Detector> = new Map(ALL_DETECTORS.map((d) => [d.id, d]));
