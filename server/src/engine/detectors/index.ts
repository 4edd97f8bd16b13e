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
import { detectors as deepai } from './ai/deepai.js';
import { detectors as deepgram } from './ai/deepgram.js';
import { detectors as deepseek } from './ai/deepseek.js';
import { detectors as diffbot } from './ai/diffbot.js';
import { detectors as edenai } from './ai/edenai.js';
import { detectors as elevenlabs } from './ai/elevenlabs.js';
import { detectors as exa } from './ai/exa.js';
import { detectors as firecrawl } from './ai/firecrawl.js';
import { detectors as fireworks } from './ai/fireworks.js';
import { detectors as groq } from './ai/groq.js';
import { detectors as happyscribe } from './ai/happyscribe.js';
import { detectors as huggingface } from './ai/huggingface.js';
import { detectors as imagga } from './ai/imagga.js';
import { detectors as langfuse } from './ai/langfuse.js';
import { detectors as langsmith } from './ai/langsmith.js';
import { detectors as mistral } from './ai/mistral.js';
import { detectors as modal } from './ai/modal.js';
import { detectors as monkeylearn } from './ai/monkeylearn.js';
import { detectors as neptune } from './ai/neptune.js';
import { detectors as nvidia } from './ai/nvidia.js';
import { detectors as openai } from './ai/openai.js';
import { detectors as openrouter } from './ai/openrouter.js';
import { detectors as paralleldots } from './ai/paralleldots.js';
import { detectors as perplexity } from './ai/perplexity.js';
import { detectors as pinecone } from './ai/pinecone.js';
import { detectors as privateai } from './ai/privateai.js';
import { detectors as replicate } from './ai/replicate.js';
import { detectors as roboflow } from './ai/roboflow.js';
import { detectors as runpod } from './ai/runpod.js';
import { detectors as sigopt } from './ai/sigopt.js';
import { detectors as speechtextai } from './ai/speechtextai.js';
import { detectors as stability } from './ai/stability.js';
import { detectors as tavily } from './ai/tavily.js';
import { detectors as together } from './ai/together.js';
import { detectors as vectara } from './ai/vectara.js';
import { detectors as voiceflow } from './ai/voiceflow.js';
import { detectors as voyage } from './ai/voyage.js';
import { detectors as wandb } from './ai/wandb.js';
import { detectors as xai } from './ai/xai.js';
import { detectors as recaptcha } from './auth/recaptcha.js';
import { detectors as totp } from './auth/totp.js';
import { detectors as gitter } from './chat/gitter.js';
import { detectors as slack } from './chat/slack.js';
import { detectors as browserstack } from './ci/browserstack.js';
import { detectors as buildkite } from './ci/buildkite.js';
import { detectors as circleci } from './ci/circleci.js';
import { detectors as codacy } from './ci/codacy.js';
import { detectors as codeclimate } from './ci/codeclimate.js';
import { detectors as codecov } from './ci/codecov.js';
import { detectors as codemagic } from './ci/codemagic.js';
import { detectors as coveralls } from './ci/coveralls.js';
import { detectors as cypress } from './ci/cypress.js';
import { detectors as dependencytrack } from './ci/dependencytrack.js';
import { detectors as detectify } from './ci/detectify.js';
import { detectors as drone } from './ci/drone.js';
import { detectors as harness } from './ci/harness.js';
import { detectors as jenkins } from './ci/jenkins.js';
import { detectors as knapsackpro } from './ci/knapsackpro.js';
import { detectors as launchdarkly } from './ci/launchdarkly.js';
import { detectors as loadmill } from './ci/loadmill.js';
import { detectors as octopus } from './ci/octopus.js';
import { detectors as postman } from './ci/postman.js';
import { detectors as prefect } from './ci/prefect.js';
import { detectors as qase } from './ci/qase.js';
import { detectors as readme } from './ci/readme.js';
import { detectors as scrutinizer } from './ci/scrutinizer.js';
import { detectors as semaphore } from './ci/semaphore.js';
import { detectors as snyk } from './ci/snyk.js';
import { detectors as sonarqube } from './ci/sonarqube.js';
import { detectors as stackhawk } from './ci/stackhawk.js';
import { detectors as travis } from './ci/travis.js';
import { detectors as aiven } from './cloud/aiven.js';
import { detectors as alibaba } from './cloud/alibaba.js';
import { detectors as aws } from './cloud/aws.js';
import { detectors as azure } from './cloud/azure.js';
import { detectors as backblaze } from './cloud/backblaze.js';
import { detectors as baidu } from './cloud/baidu.js';
import { detectors as buddyns } from './cloud/buddyns.js';
import { detectors as cloudflare } from './cloud/cloudflare.js';
import { detectors as digitalocean } from './cloud/digitalocean.js';
import { detectors as firebase } from './cloud/firebase.js';
import { detectors as flyio } from './cloud/flyio.js';
import { detectors as gcp } from './cloud/gcp.js';
import { detectors as heroku } from './cloud/heroku.js';
import { detectors as hetzner } from './cloud/hetzner.js';
import { detectors as huawei } from './cloud/huawei.js';
import { detectors as ibm } from './cloud/ibm.js';
import { detectors as infracost } from './cloud/infracost.js';
import { detectors as kubernetes } from './cloud/kubernetes.js';
import { detectors as linode } from './cloud/linode.js';
import { detectors as minio } from './cloud/minio.js';
import { detectors as netlify } from './cloud/netlify.js';
import { detectors as openshift } from './cloud/openshift.js';
import { detectors as oracle } from './cloud/oracle.js';
import { detectors as ovh } from './cloud/ovh.js';
import { detectors as pulumi } from './cloud/pulumi.js';
import { detectors as railway } from './cloud/railway.js';
import { detectors as render } from './cloud/render.js';
import { detectors as scaleway } from './cloud/scaleway.js';
import { detectors as scalingo } from './cloud/scalingo.js';
import { detectors as tencent } from './cloud/tencent.js';
import { detectors as terraform } from './cloud/terraform.js';
import { detectors as trigger } from './cloud/trigger.js';
import { detectors as truenas } from './cloud/truenas.js';
import { detectors as vercel } from './cloud/vercel.js';
import { detectors as vultr } from './cloud/vultr.js';
import { detectors as wasabi } from './cloud/wasabi.js';
import { detectors as yandex } from './cloud/yandex.js';
import { detectors as bitbucket } from './code-hosting/bitbucket.js';
import { detectors as gitea } from './code-hosting/gitea.js';
import { detectors as github } from './code-hosting/github.js';
import { detectors as gitlab } from './code-hosting/gitlab.js';
import { detectors as sourcegraph } from './code-hosting/sourcegraph.js';
import { detectors as amqp } from './database/amqp.js';
import { detectors as clickhouse } from './database/clickhouse.js';
import { detectors as confluent } from './database/confluent.js';
import { detectors as couchbase } from './database/couchbase.js';
import { detectors as database } from './database/database.js';
import { detectors as datastax } from './database/datastax.js';
import { detectors as elasticsearch } from './database/elasticsearch.js';
import { detectors as fauna } from './database/fauna.js';
import { detectors as ftp } from './database/ftp.js';
import { detectors as jdbc } from './database/jdbc.js';
import { detectors as kafka } from './database/kafka.js';
import { detectors as ldap } from './database/ldap.js';
import { detectors as mongodb } from './database/mongodb.js';
import { detectors as mssql } from './database/mssql.js';
import { detectors as mysql } from './database/mysql.js';
import { detectors as neo4j } from './database/neo4j.js';
import { detectors as neon } from './database/neon.js';
import { detectors as odbc } from './database/odbc.js';
import { detectors as planetscale } from './database/planetscale.js';
import { detectors as postgres } from './database/postgres.js';
import { detectors as qubole } from './database/qubole.js';
import { detectors as redis } from './database/redis.js';
import { detectors as rockset } from './database/rockset.js';
import { detectors as snowflake } from './database/snowflake.js';
import { detectors as sql } from './database/sql.js';
import { detectors as stitchdata } from './database/stitchdata.js';
import { detectors as turso } from './database/turso.js';
import { detectors as upstash } from './database/upstash.js';
import { detectors as amazonSes } from './email/amazon-ses.js';
import { detectors as brevo } from './email/brevo.js';
import { detectors as convertkit } from './email/convertkit.js';
import { detectors as customerio } from './email/customerio.js';
import { detectors as dyspatch } from './email/dyspatch.js';
import { detectors as elasticemail } from './email/elasticemail.js';
import { detectors as getresponse } from './email/getresponse.js';
import { detectors as klaviyo } from './email/klaviyo.js';
import { detectors as lemlist } from './email/lemlist.js';
import { detectors as loops } from './email/loops.js';
import { detectors as mailchimp } from './email/mailchimp.js';
import { detectors as mailerlite } from './email/mailerlite.js';
import { detectors as mailersend } from './email/mailersend.js';
import { detectors as mailgun } from './email/mailgun.js';
import { detectors as mailjet } from './email/mailjet.js';
import { detectors as mailmodo } from './email/mailmodo.js';
import { detectors as mailsac } from './email/mailsac.js';
import { detectors as mandrill } from './email/mandrill.js';
import { detectors as moosend } from './email/moosend.js';
import { detectors as omnisend } from './email/omnisend.js';
import { detectors as pepipost } from './email/pepipost.js';
import { detectors as postageapp } from './email/postageapp.js';
import { detectors as postmark } from './email/postmark.js';
import { detectors as reachmail } from './email/reachmail.js';
import { detectors as resend } from './email/resend.js';
import { detectors as sendgrid } from './email/sendgrid.js';
import { detectors as smtp } from './email/smtp.js';
import { detectors as sparkpost } from './email/sparkpost.js';
import { detectors as verimail } from './email/verimail.js';
import { detectors as zerobounce } from './email/zerobounce.js';
import { detectors as app } from './framework/app.js';
import { detectors as aspnet } from './framework/aspnet.js';
import { detectors as django } from './framework/django.js';
import { detectors as express } from './framework/express.js';
import { detectors as flask } from './framework/flask.js';
import { detectors as framework } from './framework/framework.js';
import { detectors as ghost } from './framework/ghost.js';
import { detectors as htpasswd } from './framework/htpasswd.js';
import { detectors as laravel } from './framework/laravel.js';
import { detectors as nextauth } from './framework/nextauth.js';
import { detectors as phoenix } from './framework/phoenix.js';
import { detectors as rails } from './framework/rails.js';
import { detectors as sidekiq } from './framework/sidekiq.js';
import { detectors as spring } from './framework/spring.js';
import { detectors as strapi } from './framework/strapi.js';
import { detectors as symfony } from './framework/symfony.js';
import { detectors as wordpress } from './framework/wordpress.js';
import { detectors as envSetter } from './generic/env-setter.js';
import { detectors as generic } from './generic/generic.js';
import { detectors as basicAuth } from './http/basic-auth.js';
import { detectors as cli } from './http/cli.js';
import { detectors as curl } from './http/curl.js';
import { detectors as git } from './http/git.js';
import { detectors as http } from './http/http.js';
import { detectors as httpie } from './http/httpie.js';
import { detectors as netrc } from './http/netrc.js';
import { detectors as rfc8959 } from './http/rfc8959.js';
import { detectors as sshpass } from './http/sshpass.js';
import { detectors as url } from './http/url.js';
import { detectors as age } from './identity/age.js';
import { detectors as akeyless } from './identity/akeyless.js';
import { detectors as auth0 } from './identity/auth0.js';
import { detectors as authress } from './identity/authress.js';
import { detectors as bitwarden } from './identity/bitwarden.js';
import { detectors as clerk } from './identity/clerk.js';
import { detectors as cyberark } from './identity/cyberark.js';
import { detectors as doppler } from './identity/doppler.js';
import { detectors as gitguardian } from './identity/gitguardian.js';
import { detectors as infisical } from './identity/infisical.js';
import { detectors as jumpcloud } from './identity/jumpcloud.js';
import { detectors as keycloak } from './identity/keycloak.js';
import { detectors as loginradius } from './identity/loginradius.js';
import { detectors as ngrok } from './identity/ngrok.js';
import { detectors as nightfall } from './identity/nightfall.js';
import { detectors as okta } from './identity/okta.js';
import { detectors as onelogin } from './identity/onelogin.js';
import { detectors as onepassword } from './identity/onepassword.js';
import { detectors as pingidentity } from './identity/pingidentity.js';
import { detectors as stytch } from './identity/stytch.js';
import { detectors as supabase } from './identity/supabase.js';
import { detectors as tailscale } from './identity/tailscale.js';
import { detectors as teleport } from './identity/teleport.js';
import { detectors as twingate } from './identity/twingate.js';
import { detectors as vault } from './identity/vault.js';
import { detectors as workos } from './identity/workos.js';
import { detectors as android } from './keys/android.js';
import { detectors as java } from './keys/java.js';
import { detectors as jwk } from './keys/jwk.js';
import { detectors as jwt } from './keys/jwt.js';
import { detectors as nats } from './keys/nats.js';
import { detectors as openssh } from './keys/openssh.js';
import { detectors as openssl } from './keys/openssl.js';
import { detectors as openvpn } from './keys/openvpn.js';
import { detectors as pem } from './keys/pem.js';
import { detectors as pgp } from './keys/pgp.js';
import { detectors as putty } from './keys/putty.js';
import { detectors as ssh2 } from './keys/ssh2.js';
import { detectors as wireguard } from './keys/wireguard.js';
import { detectors as ably } from './messaging/ably.js';
import { detectors as courier } from './messaging/courier.js';
import { detectors as discord } from './messaging/discord.js';
import { detectors as documo } from './messaging/documo.js';
import { detectors as intercom } from './messaging/intercom.js';
import { detectors as line } from './messaging/line.js';
import { detectors as mattermost } from './messaging/mattermost.js';
import { detectors as mesibo } from './messaging/mesibo.js';
import { detectors as messagebird } from './messaging/messagebird.js';
import { detectors as msteams } from './messaging/msteams.js';
import { detectors as onesignal } from './messaging/onesignal.js';
import { detectors as plivo } from './messaging/plivo.js';
import { detectors as pubnub } from './messaging/pubnub.js';
import { detectors as pushbullet } from './messaging/pushbullet.js';
import { detectors as pusher } from './messaging/pusher.js';
import { detectors as sendbird } from './messaging/sendbird.js';
import { detectors as sinch } from './messaging/sinch.js';
import { detectors as telegram } from './messaging/telegram.js';
import { detectors as telnyx } from './messaging/telnyx.js';
import { detectors as twilio } from './messaging/twilio.js';
import { detectors as tyntec } from './messaging/tyntec.js';
import { detectors as vonage } from './messaging/vonage.js';
import { detectors as voodoosms } from './messaging/voodoosms.js';
import { detectors as zulip } from './messaging/zulip.js';
import { detectors as adafruit } from './observability/adafruit.js';
import { detectors as airbrake } from './observability/airbrake.js';
import { detectors as akamai } from './observability/akamai.js';
import { detectors as algolia } from './observability/algolia.js';
import { detectors as amplitude } from './observability/amplitude.js';
import { detectors as atera } from './observability/atera.js';
import { detectors as axiom } from './observability/axiom.js';
import { detectors as betterstack } from './observability/betterstack.js';
import { detectors as bugsnag } from './observability/bugsnag.js';
import { detectors as chartmogul } from './observability/chartmogul.js';
import { detectors as checkly } from './observability/checkly.js';
import { detectors as cloudinary } from './observability/cloudinary.js';
import { detectors as cronitor } from './observability/cronitor.js';
import { detectors as crowdstrike } from './observability/crowdstrike.js';
import { detectors as datadog } from './observability/datadog.js';
import { detectors as defined } from './observability/defined.js';
import { detectors as dynatrace } from './observability/dynatrace.js';
import { detectors as elastic } from './observability/elastic.js';
import { detectors as fastly } from './observability/fastly.js';
import { detectors as fullstory } from './observability/fullstory.js';
import { detectors as geckoboard } from './observability/geckoboard.js';
import { detectors as grafana } from './observability/grafana.js';
import { detectors as gtmetrix } from './observability/gtmetrix.js';
import { detectors as honeybadger } from './observability/honeybadger.js';
import { detectors as honeycomb } from './observability/honeycomb.js';
import { detectors as imagekit } from './observability/imagekit.js';
import { detectors as klipfolio } from './observability/klipfolio.js';
import { detectors as lightstep } from './observability/lightstep.js';
import { detectors as loggly } from './observability/loggly.js';
import { detectors as logzio } from './observability/logzio.js';
import { detectors as madkudu } from './observability/madkudu.js';
import { detectors as metrilo } from './observability/metrilo.js';
import { detectors as mezmo } from './observability/mezmo.js';
import { detectors as mixpanel } from './observability/mixpanel.js';
import { detectors as newrelic } from './observability/newrelic.js';
import { detectors as opsgenie } from './observability/opsgenie.js';
import { detectors as optimizely } from './observability/optimizely.js';
import { detectors as pagerduty } from './observability/pagerduty.js';
import { detectors as papertrail } from './observability/papertrail.js';
import { detectors as posthog } from './observability/posthog.js';
import { detectors as qualaroo } from './observability/qualaroo.js';
import { detectors as raygun } from './observability/raygun.js';
import { detectors as rollbar } from './observability/rollbar.js';
import { detectors as segment } from './observability/segment.js';
import { detectors as sentry } from './observability/sentry.js';
import { detectors as splunk } from './observability/splunk.js';
import { detectors as statsig } from './observability/statsig.js';
import { detectors as statuscake } from './observability/statuscake.js';
import { detectors as statuspage } from './observability/statuspage.js';
import { detectors as statuspal } from './observability/statuspal.js';
import { detectors as sumologic } from './observability/sumologic.js';
import { detectors as uptimerobot } from './observability/uptimerobot.js';
import { detectors as zerotier } from './observability/zerotier.js';
import { detectors as adyen } from './payments/adyen.js';
import { detectors as alchemy } from './payments/alchemy.js';
import { detectors as amazon } from './payments/amazon.js';
import { detectors as authorizenet } from './payments/authorizenet.js';
import { detectors as bigcommerce } from './payments/bigcommerce.js';
import { detectors as binance } from './payments/binance.js';
import { detectors as blocknative } from './payments/blocknative.js';
import { detectors as braintree } from './payments/braintree.js';
import { detectors as bscscan } from './payments/bscscan.js';
import { detectors as chargebee } from './payments/chargebee.js';
import { detectors as checkoutcom } from './payments/checkoutcom.js';
import { detectors as coinapi } from './payments/coinapi.js';
import { detectors as coinbase } from './payments/coinbase.js';
import { detectors as crypto } from './payments/crypto.js';
import { detectors as cryptocompare } from './payments/cryptocompare.js';
import { detectors as duffel } from './payments/duffel.js';
import { detectors as easypost } from './payments/easypost.js';
import { detectors as ebay } from './payments/ebay.js';
import { detectors as etherscan } from './payments/etherscan.js';
import { detectors as etsy } from './payments/etsy.js';
import { detectors as finicity } from './payments/finicity.js';
import { detectors as flutterwave } from './payments/flutterwave.js';
import { detectors as glassnode } from './payments/glassnode.js';
import { detectors as gocardless } from './payments/gocardless.js';
import { detectors as gumroad } from './payments/gumroad.js';
import { detectors as infura } from './payments/infura.js';
import { detectors as klarna } from './payments/klarna.js';
import { detectors as kraken } from './payments/kraken.js';
import { detectors as kucoin } from './payments/kucoin.js';
import { detectors as lemonsqueezy } from './payments/lemonsqueezy.js';
import { detectors as lob } from './payments/lob.js';
import { detectors as loyverse } from './payments/loyverse.js';
import { detectors as lunchmoney } from './payments/lunchmoney.js';
import { detectors as mercadopago } from './payments/mercadopago.js';
import { detectors as midtrans } from './payments/midtrans.js';
import { detectors as mollie } from './payments/mollie.js';
import { detectors as moonclerk } from './payments/moonclerk.js';
import { detectors as moralis } from './payments/moralis.js';
import { detectors as nftport } from './payments/nftport.js';
import { detectors as paddle } from './payments/paddle.js';
import { detectors as paydirt } from './payments/paydirt.js';
import { detectors as paymongo } from './payments/paymongo.js';
import { detectors as paypal } from './payments/paypal.js';
import { detectors as paystack } from './payments/paystack.js';
import { detectors as plaid } from './payments/plaid.js';
import { detectors as razorpay } from './payments/razorpay.js';
import { detectors as recurly } from './payments/recurly.js';
import { detectors as shopify } from './payments/shopify.js';
import { detectors as square } from './payments/square.js';
import { detectors as storecove } from './payments/storecove.js';
import { detectors as stripe } from './payments/stripe.js';
import { detectors as tatum } from './payments/tatum.js';
import { detectors as taxjar } from './payments/taxjar.js';
import { detectors as tradier } from './payments/tradier.js';
import { detectors as wise } from './payments/wise.js';
import { detectors as woocommerce } from './payments/woocommerce.js';
import { detectors as xendit } from './payments/xendit.js';
import { detectors as abstractapi } from './public-apis/abstractapi.js';
import { detectors as alphavantage } from './public-apis/alphavantage.js';
import { detectors as apilayer } from './public-apis/apilayer.js';
import { detectors as apitemplate } from './public-apis/apitemplate.js';
import { detectors as aviationstack } from './public-apis/aviationstack.js';
import { detectors as ayrshare } from './public-apis/ayrshare.js';
import { detectors as brandfetch } from './public-apis/brandfetch.js';
import { detectors as browshot } from './public-apis/browshot.js';
import { detectors as calendarific } from './public-apis/calendarific.js';
import { detectors as carboninterface } from './public-apis/carboninterface.js';
import { detectors as cloudconvert } from './public-apis/cloudconvert.js';
import { detectors as cloudmersive } from './public-apis/cloudmersive.js';
import { detectors as codequiry } from './public-apis/codequiry.js';
import { detectors as coinlayer } from './public-apis/coinlayer.js';
import { detectors as convertapi } from './public-apis/convertapi.js';
import { detectors as countrylayer } from './public-apis/countrylayer.js';
import { detectors as craftmypdf } from './public-apis/craftmypdf.js';
import { detectors as currencyfreaks } from './public-apis/currencyfreaks.js';
import { detectors as currencylayer } from './public-apis/currencylayer.js';
import { detectors as currencyscoop } from './public-apis/currencyscoop.js';
import { detectors as dailymotion } from './public-apis/dailymotion.js';
import { detectors as detectlanguage } from './public-apis/detectlanguage.js';
import { detectors as discogs } from './public-apis/discogs.js';
import { detectors as exchangerateapi } from './public-apis/exchangerateapi.js';
import { detectors as exchangeratesapi } from './public-apis/exchangeratesapi.js';
import { detectors as facebook } from './public-apis/facebook.js';
import { detectors as financialmodelingprep } from './public-apis/financialmodelingprep.js';
import { detectors as finnhub } from './public-apis/finnhub.js';
import { detectors as fixer } from './public-apis/fixer.js';
import { detectors as flickr } from './public-apis/flickr.js';
import { detectors as foursquare } from './public-apis/foursquare.js';
import { detectors as geoapify } from './public-apis/geoapify.js';
import { detectors as graphhopper } from './public-apis/graphhopper.js';
import { detectors as gyazo } from './public-apis/gyazo.js';
import { detectors as here } from './public-apis/here.js';
import { detectors as holidayapi } from './public-apis/holidayapi.js';
import { detectors as html2pdf } from './public-apis/html2pdf.js';
import { detectors as hybiscus } from './public-apis/hybiscus.js';
import { detectors as iconfinder } from './public-apis/iconfinder.js';
import { detectors as iexcloud } from './public-apis/iexcloud.js';
import { detectors as instagram } from './public-apis/instagram.js';
import { detectors as intrinio } from './public-apis/intrinio.js';
import { detectors as ip2location } from './public-apis/ip2location.js';
import { detectors as ipapi } from './public-apis/ipapi.js';
import { detectors as ipgeolocation } from './public-apis/ipgeolocation.js';
import { detectors as ipinfo } from './public-apis/ipinfo.js';
import { detectors as ipinfodb } from './public-apis/ipinfodb.js';
import { detectors as ipqualityscore } from './public-apis/ipqualityscore.js';
import { detectors as ipstack } from './public-apis/ipstack.js';
import { detectors as languagelayer } from './public-apis/languagelayer.js';
import { detectors as lastfm } from './public-apis/lastfm.js';
import { detectors as linkedin } from './public-apis/linkedin.js';
import { detectors as linkpreview } from './public-apis/linkpreview.js';
import { detectors as mailboxlayer } from './public-apis/mailboxlayer.js';
import { detectors as mapquest } from './public-apis/mapquest.js';
import { detectors as marketstack } from './public-apis/marketstack.js';
import { detectors as maxmind } from './public-apis/maxmind.js';
import { detectors as mediastack } from './public-apis/mediastack.js';
import { detectors as nasa } from './public-apis/nasa.js';
import { detectors as nasdaq } from './public-apis/nasdaq.js';
import { detectors as newsapi } from './public-apis/newsapi.js';
import { detectors as newscatcher } from './public-apis/newscatcher.js';
import { detectors as numverify } from './public-apis/numverify.js';
import { detectors as nytimes } from './public-apis/nytimes.js';
import { detectors as oopspam } from './public-apis/oopspam.js';
import { detectors as opencage } from './public-apis/opencage.js';
import { detectors as openuv } from './public-apis/openuv.js';
import { detectors as openweather } from './public-apis/openweather.js';
import { detectors as owlbot } from './public-apis/owlbot.js';
import { detectors as pandascore } from './public-apis/pandascore.js';
import { detectors as pastebin } from './public-apis/pastebin.js';
import { detectors as pdflayer } from './public-apis/pdflayer.js';
import { detectors as peopledatalabs } from './public-apis/peopledatalabs.js';
import { detectors as pinata } from './public-apis/pinata.js';
import { detectors as pinterest } from './public-apis/pinterest.js';
import { detectors as pixabay } from './public-apis/pixabay.js';
import { detectors as pollsapi } from './public-apis/pollsapi.js';
import { detectors as polygon } from './public-apis/polygon.js';
import { detectors as positionstack } from './public-apis/positionstack.js';
import { detectors as proxycrawl } from './public-apis/proxycrawl.js';
import { detectors as rapidapi } from './public-apis/rapidapi.js';
import { detectors as rawg } from './public-apis/rawg.js';
import { detectors as rebrandly } from './public-apis/rebrandly.js';
import { detectors as reddit } from './public-apis/reddit.js';
import { detectors as riot } from './public-apis/riot.js';
import { detectors as ritekit } from './public-apis/ritekit.js';
import { detectors as rocketreach } from './public-apis/rocketreach.js';
import { detectors as route4me } from './public-apis/route4me.js';
import { detectors as scrapeowl } from './public-apis/scrapeowl.js';
import { detectors as scraperapi } from './public-apis/scraperapi.js';
import { detectors as scraperbox } from './public-apis/scraperbox.js';
import { detectors as scrapestack } from './public-apis/scrapestack.js';
import { detectors as scrapfly } from './public-apis/scrapfly.js';
import { detectors as scrapingant } from './public-apis/scrapingant.js';
import { detectors as scrapingbee } from './public-apis/scrapingbee.js';
import { detectors as screenshotlayer } from './public-apis/screenshotlayer.js';
import { detectors as securitytrails } from './public-apis/securitytrails.js';
import { detectors as serpapi } from './public-apis/serpapi.js';
import { detectors as serphouse } from './public-apis/serphouse.js';
import { detectors as serpstack } from './public-apis/serpstack.js';
import { detectors as shodan } from './public-apis/shodan.js';
import { detectors as simfin } from './public-apis/simfin.js';
import { detectors as spoonacular } from './public-apis/spoonacular.js';
import { detectors as sportmonks } from './public-apis/sportmonks.js';
import { detectors as spotify } from './public-apis/spotify.js';
import { detectors as steam } from './public-apis/steam.js';
import { detectors as stockdata } from './public-apis/stockdata.js';
import { detectors as stormglass } from './public-apis/stormglass.js';
import { detectors as strava } from './public-apis/strava.js';
import { detectors as theoddsapi } from './public-apis/theoddsapi.js';
import { detectors as ticketmaster } from './public-apis/ticketmaster.js';
import { detectors as tiingo } from './public-apis/tiingo.js';
import { detectors as timezoneapi } from './public-apis/timezoneapi.js';
import { detectors as tomtom } from './public-apis/tomtom.js';
import { detectors as travelpayouts } from './public-apis/travelpayouts.js';
import { detectors as twelvedata } from './public-apis/twelvedata.js';
import { detectors as twitch } from './public-apis/twitch.js';
import { detectors as twitter } from './public-apis/twitter.js';
import { detectors as unsplash } from './public-apis/unsplash.js';
import { detectors as upcdatabase } from './public-apis/upcdatabase.js';
import { detectors as urlscan } from './public-apis/urlscan.js';
import { detectors as userstack } from './public-apis/userstack.js';
import { detectors as vatlayer } from './public-apis/vatlayer.js';
import { detectors as veriphone } from './public-apis/veriphone.js';
import { detectors as vimeo } from './public-apis/vimeo.js';
import { detectors as virustotal } from './public-apis/virustotal.js';
import { detectors as visualcrossing } from './public-apis/visualcrossing.js';
import { detectors as vpnapi } from './public-apis/vpnapi.js';
import { detectors as walkscore } from './public-apis/walkscore.js';
import { detectors as weatherbit } from './public-apis/weatherbit.js';
import { detectors as weatherstack } from './public-apis/weatherstack.js';
import { detectors as whoxy } from './public-apis/whoxy.js';
import { detectors as wolfram } from './public-apis/wolfram.js';
import { detectors as worldcoinindex } from './public-apis/worldcoinindex.js';
import { detectors as worldweather } from './public-apis/worldweather.js';
import { detectors as yelp } from './public-apis/yelp.js';
import { detectors as zenrows } from './public-apis/zenrows.js';
import { detectors as zenscrape } from './public-apis/zenscrape.js';
import { detectors as zipcodeapi } from './public-apis/zipcodeapi.js';
import { detectors as zipcodebase } from './public-apis/zipcodebase.js';
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
import { detectors as packagecloud } from './registries/packagecloud.js';
import { detectors as packagist } from './registries/packagist.js';
import { detectors as pypi } from './registries/pypi.js';
import { detectors as rubygems } from './registries/rubygems.js';
import { detectors as adobe } from './saas/adobe.js';
import { detectors as airtable } from './saas/airtable.js';
import { detectors as apify } from './saas/apify.js';
import { detectors as asana } from './saas/asana.js';
import { detectors as atlassian } from './saas/atlassian.js';
import { detectors as avaza } from './saas/avaza.js';
import { detectors as bannerbear } from './saas/bannerbear.js';
import { detectors as beamer } from './saas/beamer.js';
import { detectors as beebole } from './saas/beebole.js';
import { detectors as bitly } from './saas/bitly.js';
import { detectors as box } from './saas/box.js';
import { detectors as budibase } from './saas/budibase.js';
import { detectors as bugherd } from './saas/bugherd.js';
import { detectors as buttercms } from './saas/buttercms.js';
import { detectors as calendly } from './saas/calendly.js';
import { detectors as canva } from './saas/canva.js';
import { detectors as capsulecrm } from './saas/capsulecrm.js';
import { detectors as clearbit } from './saas/clearbit.js';
import { detectors as clickup } from './saas/clickup.js';
import { detectors as clockify } from './saas/clockify.js';
import { detectors as coda } from './saas/coda.js';
import { detectors as contentful } from './saas/contentful.js';
import { detectors as crowdin } from './saas/crowdin.js';
import { detectors as delighted } from './saas/delighted.js';
import { detectors as disqus } from './saas/disqus.js';
import { detectors as ditto } from './saas/ditto.js';
import { detectors as docparser } from './saas/docparser.js';
import { detectors as docusign } from './saas/docusign.js';
import { detectors as dronahq } from './saas/dronahq.js';
import { detectors as dropbox } from './saas/dropbox.js';
import { detectors as eventbrite } from './saas/eventbrite.js';
import { detectors as everhour } from './saas/everhour.js';
import { detectors as figma } from './saas/figma.js';
import { detectors as fleetbase } from './saas/fleetbase.js';
import { detectors as flexport } from './saas/flexport.js';
import { detectors as frameio } from './saas/frameio.js';
import { detectors as freshdesk } from './saas/freshdesk.js';
import { detectors as front } from './saas/front.js';
import { detectors as fulcrum } from './saas/fulcrum.js';
import { detectors as hellosign } from './saas/hellosign.js';
import { detectors as helpscout } from './saas/helpscout.js';
import { detectors as hubspot } from './saas/hubspot.js';
import { detectors as insightly } from './saas/insightly.js';
import { detectors as interseller } from './saas/interseller.js';
import { detectors as jotform } from './saas/jotform.js';
import { detectors as jupiterone } from './saas/jupiterone.js';
import { detectors as juro } from './saas/juro.js';
import { detectors as karmacrm } from './saas/karmacrm.js';
import { detectors as kylas } from './saas/kylas.js';
import { detectors as leadfeeder } from './saas/leadfeeder.js';
import { detectors as linear } from './saas/linear.js';
import { detectors as lokalise } from './saas/lokalise.js';
import { detectors as mapbox } from './saas/mapbox.js';
import { detectors as mavenlink } from './saas/mavenlink.js';
import { detectors as meistertask } from './saas/meistertask.js';
import { detectors as mindmeister } from './saas/mindmeister.js';
import { detectors as miro } from './saas/miro.js';
import { detectors as mixmax } from './saas/mixmax.js';
import { detectors as monday } from './saas/monday.js';
import { detectors as nicereply } from './saas/nicereply.js';
import { detectors as noticeable } from './saas/noticeable.js';
import { detectors as notion } from './saas/notion.js';
import { detectors as nozbe } from './saas/nozbe.js';
import { detectors as nylas } from './saas/nylas.js';
import { detectors as onfleet } from './saas/onfleet.js';
import { detectors as overloop } from './saas/overloop.js';
import { detectors as pandadoc } from './saas/pandadoc.js';
import { detectors as partnerstack } from './saas/partnerstack.js';
import { detectors as paymo } from './saas/paymo.js';
import { detectors as pipedrive } from './saas/pipedrive.js';
import { detectors as planyo } from './saas/planyo.js';
import { detectors as podio } from './saas/podio.js';
import { detectors as prodpad } from './saas/prodpad.js';
import { detectors as protocolsio } from './saas/protocolsio.js';
import { detectors as replyio } from './saas/replyio.js';
import { detectors as salesblink } from './saas/salesblink.js';
import { detectors as salescookie } from './saas/salescookie.js';
import { detectors as salesflare } from './saas/salesflare.js';
import { detectors as salesforce } from './saas/salesforce.js';
import { detectors as sanity } from './saas/sanity.js';
import { detectors as selectpdf } from './saas/selectpdf.js';
import { detectors as servicenow } from './saas/servicenow.js';
import { detectors as sherpadesk } from './saas/sherpadesk.js';
import { detectors as shippo } from './saas/shippo.js';
import { detectors as shotstack } from './saas/shotstack.js';
import { detectors as signaturit } from './saas/signaturit.js';
import { detectors as signupgenius } from './saas/signupgenius.js';
import { detectors as simplesat } from './saas/simplesat.js';
import { detectors as smartsheet } from './saas/smartsheet.js';
import { detectors as squarespace } from './saas/squarespace.js';
import { detectors as sslmate } from './saas/sslmate.js';
import { detectors as stormboard } from './saas/stormboard.js';
import { detectors as storyblok } from './saas/storyblok.js';
import { detectors as surveysparrow } from './saas/surveysparrow.js';
import { detectors as survicate } from './saas/survicate.js';
import { detectors as swiftype } from './saas/swiftype.js';
import { detectors as teamwork } from './saas/teamwork.js';
import { detectors as tickettailor } from './saas/tickettailor.js';
import { detectors as timecamp } from './saas/timecamp.js';
import { detectors as tines } from './saas/tines.js';
import { detectors as tmetric } from './saas/tmetric.js';
import { detectors as todoist } from './saas/todoist.js';
import { detectors as toggl } from './saas/toggl.js';
import { detectors as trello } from './saas/trello.js';
import { detectors as typeform } from './saas/typeform.js';
import { detectors as ubidots } from './saas/ubidots.js';
import { detectors as uplead } from './saas/uplead.js';
import { detectors as vyte } from './saas/vyte.js';
import { detectors as wakatime } from './saas/wakatime.js';
import { detectors as webflow } from './saas/webflow.js';
import { detectors as wistia } from './saas/wistia.js';
import { detectors as worksnaps } from './saas/worksnaps.js';
import { detectors as ynab } from './saas/ynab.js';
import { detectors as yousign } from './saas/yousign.js';
import { detectors as zapier } from './saas/zapier.js';
import { detectors as zendesk } from './saas/zendesk.js';
import { detectors as zenkit } from './saas/zenkit.js';
import { detectors as zoho } from './saas/zoho.js';
import { detectors as zonka } from './saas/zonka.js';
import { detectors as zoom } from './saas/zoom.js';

export const ALL_DETECTORS: readonly Detector[] = [
  ...anthropic,
  ...assemblyai,
  ...clarifai,
  ...cohere,
  ...databricks,
  ...deepai,
  ...deepgram,
  ...deepseek,
  ...diffbot,
  ...edenai,
  ...elevenlabs,
  ...exa,
  ...firecrawl,
  ...fireworks,
  ...groq,
  ...happyscribe,
  ...huggingface,
  ...imagga,
  ...langfuse,
  ...langsmith,
  ...mistral,
  ...modal,
  ...monkeylearn,
  ...neptune,
  ...nvidia,
  ...openai,
  ...openrouter,
  ...paralleldots,
  ...perplexity,
  ...pinecone,
  ...privateai,
  ...replicate,
  ...roboflow,
  ...runpod,
  ...sigopt,
  ...speechtextai,
  ...stability,
  ...tavily,
  ...together,
  ...vectara,
  ...voiceflow,
  ...voyage,
  ...wandb,
  ...xai,
  ...recaptcha,
  ...totp,
  ...gitter,
  ...slack,
  ...browserstack,
  ...buildkite,
  ...circleci,
  ...codacy,
  ...codeclimate,
  ...codecov,
  ...codemagic,
  ...coveralls,
  ...cypress,
  ...dependencytrack,
  ...detectify,
  ...drone,
  ...harness,
  ...jenkins,
  ...knapsackpro,
  ...launchdarkly,
  ...loadmill,
  ...octopus,
  ...postman,
  ...prefect,
  ...qase,
  ...readme,
  ...scrutinizer,
  ...semaphore,
  ...snyk,
  ...sonarqube,
  ...stackhawk,
  ...travis,
  ...aiven,
  ...alibaba,
  ...aws,
  ...azure,
  ...backblaze,
  ...baidu,
  ...buddyns,
  ...cloudflare,
  ...digitalocean,
  ...firebase,
  ...flyio,
  ...gcp,
  ...heroku,
  ...hetzner,
  ...huawei,
  ...ibm,
  ...infracost,
  ...kubernetes,
  ...linode,
  ...minio,
  ...netlify,
  ...openshift,
  ...oracle,
  ...ovh,
  ...pulumi,
  ...railway,
  ...render,
  ...scaleway,
  ...scalingo,
  ...tencent,
  ...terraform,
  ...trigger,
  ...truenas,
  ...vercel,
  ...vultr,
  ...wasabi,
  ...yandex,
  ...bitbucket,
  ...gitea,
  ...github,
  ...gitlab,
  ...sourcegraph,
  ...amqp,
  ...clickhouse,
  ...confluent,
  ...couchbase,
  ...database,
  ...datastax,
  ...elasticsearch,
  ...fauna,
  ...ftp,
  ...jdbc,
  ...kafka,
  ...ldap,
  ...mongodb,
  ...mssql,
  ...mysql,
  ...neo4j,
  ...neon,
  ...odbc,
  ...planetscale,
  ...postgres,
  ...qubole,
  ...redis,
  ...rockset,
  ...snowflake,
  ...sql,
  ...stitchdata,
  ...turso,
  ...upstash,
  ...amazonSes,
  ...brevo,
  ...convertkit,
  ...customerio,
  ...dyspatch,
  ...elasticemail,
  ...getresponse,
  ...klaviyo,
  ...lemlist,
  ...loops,
  ...mailchimp,
  ...mailerlite,
  ...mailersend,
  ...mailgun,
  ...mailjet,
  ...mailmodo,
  ...mailsac,
  ...mandrill,
  ...moosend,
  ...omnisend,
  ...pepipost,
  ...postageapp,
  ...postmark,
  ...reachmail,
  ...resend,
  ...sendgrid,
  ...smtp,
  ...sparkpost,
  ...verimail,
  ...zerobounce,
  ...app,
  ...aspnet,
  ...django,
  ...express,
  ...flask,
  ...framework,
  ...ghost,
  ...htpasswd,
  ...laravel,
  ...nextauth,
  ...phoenix,
  ...rails,
  ...sidekiq,
  ...spring,
  ...strapi,
  ...symfony,
  ...wordpress,
  ...envSetter,
  ...generic,
  ...basicAuth,
  ...cli,
  ...curl,
  ...git,
  ...http,
  ...httpie,
  ...netrc,
  ...rfc8959,
  ...sshpass,
  ...url,
  ...age,
  ...akeyless,
  ...auth0,
  ...authress,
  ...bitwarden,
  ...clerk,
  ...cyberark,
  ...doppler,
  ...gitguardian,
  ...infisical,
  ...jumpcloud,
  ...keycloak,
  ...loginradius,
  ...ngrok,
  ...nightfall,
  ...okta,
  ...onelogin,
  ...onepassword,
  ...pingidentity,
  ...stytch,
  ...supabase,
  ...tailscale,
  ...teleport,
  ...twingate,
  ...vault,
  ...workos,
  ...android,
  ...java,
  ...jwk,
  ...jwt,
  ...nats,
  ...openssh,
  ...openssl,
  ...openvpn,
  ...pem,
  ...pgp,
  ...putty,
  ...ssh2,
  ...wireguard,
  ...ably,
  ...courier,
  ...discord,
  ...documo,
  ...intercom,
  ...line,
  ...mattermost,
  ...mesibo,
  ...messagebird,
  ...msteams,
  ...onesignal,
  ...plivo,
  ...pubnub,
  ...pushbullet,
  ...pusher,
  ...sendbird,
  ...sinch,
  ...telegram,
  ...telnyx,
  ...twilio,
  ...tyntec,
  ...vonage,
  ...voodoosms,
  ...zulip,
  ...adafruit,
  ...airbrake,
  ...akamai,
  ...algolia,
  ...amplitude,
  ...atera,
  ...axiom,
  ...betterstack,
  ...bugsnag,
  ...chartmogul,
  ...checkly,
  ...cloudinary,
  ...cronitor,
  ...crowdstrike,
  ...datadog,
  ...defined,
  ...dynatrace,
  ...elastic,
  ...fastly,
  ...fullstory,
  ...geckoboard,
  ...grafana,
  ...gtmetrix,
  ...honeybadger,
  ...honeycomb,
  ...imagekit,
  ...klipfolio,
  ...lightstep,
  ...loggly,
  ...logzio,
  ...madkudu,
  ...metrilo,
  ...mezmo,
  ...mixpanel,
  ...newrelic,
  ...opsgenie,
  ...optimizely,
  ...pagerduty,
  ...papertrail,
  ...posthog,
  ...qualaroo,
  ...raygun,
  ...rollbar,
  ...segment,
  ...sentry,
  ...splunk,
  ...statsig,
  ...statuscake,
  ...statuspage,
  ...statuspal,
  ...sumologic,
  ...uptimerobot,
  ...zerotier,
  ...adyen,
  ...alchemy,
  ...amazon,
  ...authorizenet,
  ...bigcommerce,
  ...binance,
  ...blocknative,
  ...braintree,
  ...bscscan,
  ...chargebee,
  ...checkoutcom,
  ...coinapi,
  ...coinbase,
  ...crypto,
  ...cryptocompare,
  ...duffel,
  ...easypost,
  ...ebay,
  ...etherscan,
  ...etsy,
  ...finicity,
  ...flutterwave,
  ...glassnode,
  ...gocardless,
  ...gumroad,
  ...infura,
  ...klarna,
  ...kraken,
  ...kucoin,
  ...lemonsqueezy,
  ...lob,
  ...loyverse,
  ...lunchmoney,
  ...mercadopago,
  ...midtrans,
  ...mollie,
  ...moonclerk,
  ...moralis,
  ...nftport,
  ...paddle,
  ...paydirt,
  ...paymongo,
  ...paypal,
  ...paystack,
  ...plaid,
  ...razorpay,
  ...recurly,
  ...shopify,
  ...square,
  ...storecove,
  ...stripe,
  ...tatum,
  ...taxjar,
  ...tradier,
  ...wise,
  ...woocommerce,
  ...xendit,
  ...abstractapi,
  ...alphavantage,
  ...apilayer,
  ...apitemplate,
  ...aviationstack,
  ...ayrshare,
  ...brandfetch,
  ...browshot,
  ...calendarific,
  ...carboninterface,
  ...cloudconvert,
  ...cloudmersive,
  ...codequiry,
  ...coinlayer,
  ...convertapi,
  ...countrylayer,
  ...craftmypdf,
  ...currencyfreaks,
  ...currencylayer,
  ...currencyscoop,
  ...dailymotion,
  ...detectlanguage,
  ...discogs,
  ...exchangerateapi,
  ...exchangeratesapi,
  ...facebook,
  ...financialmodelingprep,
  ...finnhub,
  ...fixer,
  ...flickr,
  ...foursquare,
  ...geoapify,
  ...graphhopper,
  ...gyazo,
  ...here,
  ...holidayapi,
  ...html2pdf,
  ...hybiscus,
  ...iconfinder,
  ...iexcloud,
  ...instagram,
  ...intrinio,
  ...ip2location,
  ...ipapi,
  ...ipgeolocation,
  ...ipinfo,
  ...ipinfodb,
  ...ipqualityscore,
  ...ipstack,
  ...languagelayer,
  ...lastfm,
  ...linkedin,
  ...linkpreview,
  ...mailboxlayer,
  ...mapquest,
  ...marketstack,
  ...maxmind,
  ...mediastack,
  ...nasa,
  ...nasdaq,
  ...newsapi,
  ...newscatcher,
  ...numverify,
  ...nytimes,
  ...oopspam,
  ...opencage,
  ...openuv,
  ...openweather,
  ...owlbot,
  ...pandascore,
  ...pastebin,
  ...pdflayer,
  ...peopledatalabs,
  ...pinata,
  ...pinterest,
  ...pixabay,
  ...pollsapi,
  ...polygon,
  ...positionstack,
  ...proxycrawl,
  ...rapidapi,
  ...rawg,
  ...rebrandly,
  ...reddit,
  ...riot,
  ...ritekit,
  ...rocketreach,
  ...route4me,
  ...scrapeowl,
  ...scraperapi,
  ...scraperbox,
  ...scrapestack,
  ...scrapfly,
  ...scrapingant,
  ...scrapingbee,
  ...screenshotlayer,
  ...securitytrails,
  ...serpapi,
  ...serphouse,
  ...serpstack,
  ...shodan,
  ...simfin,
  ...spoonacular,
  ...sportmonks,
  ...spotify,
  ...steam,
  ...stockdata,
  ...stormglass,
  ...strava,
  ...theoddsapi,
  ...ticketmaster,
  ...tiingo,
  ...timezoneapi,
  ...tomtom,
  ...travelpayouts,
  ...twelvedata,
  ...twitch,
  ...twitter,
  ...unsplash,
  ...upcdatabase,
  ...urlscan,
  ...userstack,
  ...vatlayer,
  ...veriphone,
  ...vimeo,
  ...virustotal,
  ...visualcrossing,
  ...vpnapi,
  ...walkscore,
  ...weatherbit,
  ...weatherstack,
  ...whoxy,
  ...wolfram,
  ...worldcoinindex,
  ...worldweather,
  ...yelp,
  ...zenrows,
  ...zenscrape,
  ...zipcodeapi,
  ...zipcodebase,
  ...clojars,
  ...cloudsmith,
  ...crates,
  ...docker,
  ...gradle,
  ...hex,
  ...jfrog,
  ...maven,
  ...npm,
  ...nuget,
  ...packagecloud,
  ...packagist,
  ...pypi,
  ...rubygems,
  ...adobe,
  ...airtable,
  ...apify,
  ...asana,
  ...atlassian,
  ...avaza,
  ...bannerbear,
  ...beamer,
  ...beebole,
  ...bitly,
  ...box,
  ...budibase,
  ...bugherd,
  ...buttercms,
  ...calendly,
  ...canva,
  ...capsulecrm,
  ...clearbit,
  ...clickup,
  ...clockify,
  ...coda,
  ...contentful,
  ...crowdin,
  ...delighted,
  ...disqus,
  ...ditto,
  ...docparser,
  ...docusign,
  ...dronahq,
  ...dropbox,
  ...eventbrite,
  ...everhour,
  ...figma,
  ...fleetbase,
  ...flexport,
  ...frameio,
  ...freshdesk,
  ...front,
  ...fulcrum,
  ...hellosign,
  ...helpscout,
  ...hubspot,
  ...insightly,
  ...interseller,
  ...jotform,
  ...jupiterone,
  ...juro,
  ...karmacrm,
  ...kylas,
  ...leadfeeder,
  ...linear,
  ...lokalise,
  ...mapbox,
  ...mavenlink,
  ...meistertask,
  ...mindmeister,
  ...miro,
  ...mixmax,
  ...monday,
  ...nicereply,
  ...noticeable,
  ...notion,
  ...nozbe,
  ...nylas,
  ...onfleet,
  ...overloop,
  ...pandadoc,
  ...partnerstack,
  ...paymo,
  ...pipedrive,
  ...planyo,
  ...podio,
  ...prodpad,
  ...protocolsio,
  ...replyio,
  ...salesblink,
  ...salescookie,
  ...salesflare,
  ...salesforce,
  ...sanity,
  ...selectpdf,
  ...servicenow,
  ...sherpadesk,
  ...shippo,
  ...shotstack,
  ...signaturit,
  ...signupgenius,
  ...simplesat,
  ...smartsheet,
  ...squarespace,
  ...sslmate,
  ...stormboard,
  ...storyblok,
  ...surveysparrow,
  ...survicate,
  ...swiftype,
  ...teamwork,
  ...tickettailor,
  ...timecamp,
  ...tines,
  ...tmetric,
  ...todoist,
  ...toggl,
  ...trello,
  ...typeform,
  ...ubidots,
  ...uplead,
  ...vyte,
  ...wakatime,
  ...webflow,
  ...wistia,
  ...worksnaps,
  ...ynab,
  ...yousign,
  ...zapier,
  ...zendesk,
  ...zenkit,
  ...zoho,
  ...zonka,
  ...zoom,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const DETECTORS_BY_ID: ReadonlyMap<string, Detector> = new Map(ALL_DETECTORS.map((d) => [d.id, d]));
