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
import { examples as deepai } from './ai/deepai.examples.js';
import { examples as deepgram } from './ai/deepgram.examples.js';
import { examples as deepseek } from './ai/deepseek.examples.js';
import { examples as diffbot } from './ai/diffbot.examples.js';
import { examples as edenai } from './ai/edenai.examples.js';
import { examples as elevenlabs } from './ai/elevenlabs.examples.js';
import { examples as exa } from './ai/exa.examples.js';
import { examples as firecrawl } from './ai/firecrawl.examples.js';
import { examples as fireworks } from './ai/fireworks.examples.js';
import { examples as groq } from './ai/groq.examples.js';
import { examples as happyscribe } from './ai/happyscribe.examples.js';
import { examples as huggingface } from './ai/huggingface.examples.js';
import { examples as imagga } from './ai/imagga.examples.js';
import { examples as langfuse } from './ai/langfuse.examples.js';
import { examples as langsmith } from './ai/langsmith.examples.js';
import { examples as mistral } from './ai/mistral.examples.js';
import { examples as modal } from './ai/modal.examples.js';
import { examples as monkeylearn } from './ai/monkeylearn.examples.js';
import { examples as neptune } from './ai/neptune.examples.js';
import { examples as nvidia } from './ai/nvidia.examples.js';
import { examples as openai } from './ai/openai.examples.js';
import { examples as openrouter } from './ai/openrouter.examples.js';
import { examples as paralleldots } from './ai/paralleldots.examples.js';
import { examples as perplexity } from './ai/perplexity.examples.js';
import { examples as pinecone } from './ai/pinecone.examples.js';
import { examples as privateai } from './ai/privateai.examples.js';
import { examples as replicate } from './ai/replicate.examples.js';
import { examples as roboflow } from './ai/roboflow.examples.js';
import { examples as runpod } from './ai/runpod.examples.js';
import { examples as sigopt } from './ai/sigopt.examples.js';
import { examples as speechtextai } from './ai/speechtextai.examples.js';
import { examples as stability } from './ai/stability.examples.js';
import { examples as tavily } from './ai/tavily.examples.js';
import { examples as together } from './ai/together.examples.js';
import { examples as vectara } from './ai/vectara.examples.js';
import { examples as voiceflow } from './ai/voiceflow.examples.js';
import { examples as voyage } from './ai/voyage.examples.js';
import { examples as wandb } from './ai/wandb.examples.js';
import { examples as xai } from './ai/xai.examples.js';
import { examples as recaptcha } from './auth/recaptcha.examples.js';
import { examples as totp } from './auth/totp.examples.js';
import { examples as gitter } from './chat/gitter.examples.js';
import { examples as slack } from './chat/slack.examples.js';
import { examples as browserstack } from './ci/browserstack.examples.js';
import { examples as buildkite } from './ci/buildkite.examples.js';
import { examples as circleci } from './ci/circleci.examples.js';
import { examples as codacy } from './ci/codacy.examples.js';
import { examples as codeclimate } from './ci/codeclimate.examples.js';
import { examples as codecov } from './ci/codecov.examples.js';
import { examples as codemagic } from './ci/codemagic.examples.js';
import { examples as coveralls } from './ci/coveralls.examples.js';
import { examples as cypress } from './ci/cypress.examples.js';
import { examples as dependencytrack } from './ci/dependencytrack.examples.js';
import { examples as detectify } from './ci/detectify.examples.js';
import { examples as drone } from './ci/drone.examples.js';
import { examples as harness } from './ci/harness.examples.js';
import { examples as jenkins } from './ci/jenkins.examples.js';
import { examples as knapsackpro } from './ci/knapsackpro.examples.js';
import { examples as launchdarkly } from './ci/launchdarkly.examples.js';
import { examples as loadmill } from './ci/loadmill.examples.js';
import { examples as octopus } from './ci/octopus.examples.js';
import { examples as postman } from './ci/postman.examples.js';
import { examples as prefect } from './ci/prefect.examples.js';
import { examples as qase } from './ci/qase.examples.js';
import { examples as readme } from './ci/readme.examples.js';
import { examples as scrutinizer } from './ci/scrutinizer.examples.js';
import { examples as semaphore } from './ci/semaphore.examples.js';
import { examples as snyk } from './ci/snyk.examples.js';
import { examples as sonarqube } from './ci/sonarqube.examples.js';
import { examples as stackhawk } from './ci/stackhawk.examples.js';
import { examples as travis } from './ci/travis.examples.js';
import { examples as aiven } from './cloud/aiven.examples.js';
import { examples as alibaba } from './cloud/alibaba.examples.js';
import { examples as aws } from './cloud/aws.examples.js';
import { examples as azure } from './cloud/azure.examples.js';
import { examples as backblaze } from './cloud/backblaze.examples.js';
import { examples as baidu } from './cloud/baidu.examples.js';
import { examples as buddyns } from './cloud/buddyns.examples.js';
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
import { examples as trigger } from './cloud/trigger.examples.js';
import { examples as truenas } from './cloud/truenas.examples.js';
import { examples as vercel } from './cloud/vercel.examples.js';
import { examples as vultr } from './cloud/vultr.examples.js';
import { examples as wasabi } from './cloud/wasabi.examples.js';
import { examples as yandex } from './cloud/yandex.examples.js';
import { examples as bitbucket } from './code-hosting/bitbucket.examples.js';
import { examples as gitea } from './code-hosting/gitea.examples.js';
import { examples as github } from './code-hosting/github.examples.js';
import { examples as gitlab } from './code-hosting/gitlab.examples.js';
import { examples as sourcegraph } from './code-hosting/sourcegraph.examples.js';
import { examples as amqp } from './database/amqp.examples.js';
import { examples as clickhouse } from './database/clickhouse.examples.js';
import { examples as confluent } from './database/confluent.examples.js';
import { examples as couchbase } from './database/couchbase.examples.js';
import { examples as database } from './database/database.examples.js';
import { examples as datastax } from './database/datastax.examples.js';
import { examples as elasticsearch } from './database/elasticsearch.examples.js';
import { examples as fauna } from './database/fauna.examples.js';
import { examples as ftp } from './database/ftp.examples.js';
import { examples as jdbc } from './database/jdbc.examples.js';
import { examples as kafka } from './database/kafka.examples.js';
import { examples as ldap } from './database/ldap.examples.js';
import { examples as mongodb } from './database/mongodb.examples.js';
import { examples as mssql } from './database/mssql.examples.js';
import { examples as mysql } from './database/mysql.examples.js';
import { examples as neo4j } from './database/neo4j.examples.js';
import { examples as neon } from './database/neon.examples.js';
import { examples as odbc } from './database/odbc.examples.js';
import { examples as planetscale } from './database/planetscale.examples.js';
import { examples as postgres } from './database/postgres.examples.js';
import { examples as qubole } from './database/qubole.examples.js';
import { examples as redis } from './database/redis.examples.js';
import { examples as rockset } from './database/rockset.examples.js';
import { examples as snowflake } from './database/snowflake.examples.js';
import { examples as sql } from './database/sql.examples.js';
import { examples as stitchdata } from './database/stitchdata.examples.js';
import { examples as turso } from './database/turso.examples.js';
import { examples as upstash } from './database/upstash.examples.js';
import { examples as amazonSes } from './email/amazon-ses.examples.js';
import { examples as brevo } from './email/brevo.examples.js';
import { examples as convertkit } from './email/convertkit.examples.js';
import { examples as customerio } from './email/customerio.examples.js';
import { examples as dyspatch } from './email/dyspatch.examples.js';
import { examples as elasticemail } from './email/elasticemail.examples.js';
import { examples as getresponse } from './email/getresponse.examples.js';
import { examples as klaviyo } from './email/klaviyo.examples.js';
import { examples as lemlist } from './email/lemlist.examples.js';
import { examples as loops } from './email/loops.examples.js';
import { examples as mailchimp } from './email/mailchimp.examples.js';
import { examples as mailerlite } from './email/mailerlite.examples.js';
import { examples as mailersend } from './email/mailersend.examples.js';
import { examples as mailgun } from './email/mailgun.examples.js';
import { examples as mailjet } from './email/mailjet.examples.js';
import { examples as mailmodo } from './email/mailmodo.examples.js';
import { examples as mailsac } from './email/mailsac.examples.js';
import { examples as mandrill } from './email/mandrill.examples.js';
import { examples as moosend } from './email/moosend.examples.js';
import { examples as omnisend } from './email/omnisend.examples.js';
import { examples as pepipost } from './email/pepipost.examples.js';
import { examples as postageapp } from './email/postageapp.examples.js';
import { examples as postmark } from './email/postmark.examples.js';
import { examples as reachmail } from './email/reachmail.examples.js';
import { examples as resend } from './email/resend.examples.js';
import { examples as sendgrid } from './email/sendgrid.examples.js';
import { examples as smtp } from './email/smtp.examples.js';
import { examples as sparkpost } from './email/sparkpost.examples.js';
import { examples as verimail } from './email/verimail.examples.js';
import { examples as zerobounce } from './email/zerobounce.examples.js';
import { examples as app } from './framework/app.examples.js';
import { examples as aspnet } from './framework/aspnet.examples.js';
import { examples as django } from './framework/django.examples.js';
import { examples as express } from './framework/express.examples.js';
import { examples as flask } from './framework/flask.examples.js';
import { examples as framework } from './framework/framework.examples.js';
import { examples as ghost } from './framework/ghost.examples.js';
import { examples as htpasswd } from './framework/htpasswd.examples.js';
import { examples as laravel } from './framework/laravel.examples.js';
import { examples as nextauth } from './framework/nextauth.examples.js';
import { examples as phoenix } from './framework/phoenix.examples.js';
import { examples as rails } from './framework/rails.examples.js';
import { examples as sidekiq } from './framework/sidekiq.examples.js';
import { examples as spring } from './framework/spring.examples.js';
import { examples as strapi } from './framework/strapi.examples.js';
import { examples as symfony } from './framework/symfony.examples.js';
import { examples as wordpress } from './framework/wordpress.examples.js';
import { examples as envSetter } from './generic/env-setter.examples.js';
import { examples as generic } from './generic/generic.examples.js';
import { examples as basicAuth } from './http/basic-auth.examples.js';
import { examples as cli } from './http/cli.examples.js';
import { examples as curl } from './http/curl.examples.js';
import { examples as git } from './http/git.examples.js';
import { examples as http } from './http/http.examples.js';
import { examples as httpie } from './http/httpie.examples.js';
import { examples as netrc } from './http/netrc.examples.js';
import { examples as rfc8959 } from './http/rfc8959.examples.js';
import { examples as sshpass } from './http/sshpass.examples.js';
import { examples as url } from './http/url.examples.js';
import { examples as age } from './identity/age.examples.js';
import { examples as akeyless } from './identity/akeyless.examples.js';
import { examples as auth0 } from './identity/auth0.examples.js';
import { examples as authress } from './identity/authress.examples.js';
import { examples as bitwarden } from './identity/bitwarden.examples.js';
import { examples as clerk } from './identity/clerk.examples.js';
import { examples as cyberark } from './identity/cyberark.examples.js';
import { examples as doppler } from './identity/doppler.examples.js';
import { examples as gitguardian } from './identity/gitguardian.examples.js';
import { examples as infisical } from './identity/infisical.examples.js';
import { examples as jumpcloud } from './identity/jumpcloud.examples.js';
import { examples as keycloak } from './identity/keycloak.examples.js';
import { examples as loginradius } from './identity/loginradius.examples.js';
import { examples as ngrok } from './identity/ngrok.examples.js';
import { examples as nightfall } from './identity/nightfall.examples.js';
import { examples as okta } from './identity/okta.examples.js';
import { examples as onelogin } from './identity/onelogin.examples.js';
import { examples as onepassword } from './identity/onepassword.examples.js';
import { examples as pingidentity } from './identity/pingidentity.examples.js';
import { examples as stytch } from './identity/stytch.examples.js';
import { examples as supabase } from './identity/supabase.examples.js';
import { examples as tailscale } from './identity/tailscale.examples.js';
import { examples as teleport } from './identity/teleport.examples.js';
import { examples as twingate } from './identity/twingate.examples.js';
import { examples as vault } from './identity/vault.examples.js';
import { examples as workos } from './identity/workos.examples.js';
import { examples as android } from './keys/android.examples.js';
import { examples as java } from './keys/java.examples.js';
import { examples as jwk } from './keys/jwk.examples.js';
import { examples as jwt } from './keys/jwt.examples.js';
import { examples as nats } from './keys/nats.examples.js';
import { examples as openssh } from './keys/openssh.examples.js';
import { examples as openssl } from './keys/openssl.examples.js';
import { examples as openvpn } from './keys/openvpn.examples.js';
import { examples as pem } from './keys/pem.examples.js';
import { examples as pgp } from './keys/pgp.examples.js';
import { examples as putty } from './keys/putty.examples.js';
import { examples as ssh2 } from './keys/ssh2.examples.js';
import { examples as wireguard } from './keys/wireguard.examples.js';
import { examples as ably } from './messaging/ably.examples.js';
import { examples as courier } from './messaging/courier.examples.js';
import { examples as discord } from './messaging/discord.examples.js';
import { examples as documo } from './messaging/documo.examples.js';
import { examples as intercom } from './messaging/intercom.examples.js';
import { examples as line } from './messaging/line.examples.js';
import { examples as mattermost } from './messaging/mattermost.examples.js';
import { examples as mesibo } from './messaging/mesibo.examples.js';
import { examples as messagebird } from './messaging/messagebird.examples.js';
import { examples as msteams } from './messaging/msteams.examples.js';
import { examples as onesignal } from './messaging/onesignal.examples.js';
import { examples as plivo } from './messaging/plivo.examples.js';
import { examples as pubnub } from './messaging/pubnub.examples.js';
import { examples as pushbullet } from './messaging/pushbullet.examples.js';
import { examples as pusher } from './messaging/pusher.examples.js';
import { examples as sendbird } from './messaging/sendbird.examples.js';
import { examples as sinch } from './messaging/sinch.examples.js';
import { examples as telegram } from './messaging/telegram.examples.js';
import { examples as telnyx } from './messaging/telnyx.examples.js';
import { examples as twilio } from './messaging/twilio.examples.js';
import { examples as tyntec } from './messaging/tyntec.examples.js';
import { examples as vonage } from './messaging/vonage.examples.js';
import { examples as voodoosms } from './messaging/voodoosms.examples.js';
import { examples as zulip } from './messaging/zulip.examples.js';
import { examples as adafruit } from './observability/adafruit.examples.js';
import { examples as airbrake } from './observability/airbrake.examples.js';
import { examples as akamai } from './observability/akamai.examples.js';
import { examples as algolia } from './observability/algolia.examples.js';
import { examples as amplitude } from './observability/amplitude.examples.js';
import { examples as atera } from './observability/atera.examples.js';
import { examples as axiom } from './observability/axiom.examples.js';
import { examples as betterstack } from './observability/betterstack.examples.js';
import { examples as bugsnag } from './observability/bugsnag.examples.js';
import { examples as chartmogul } from './observability/chartmogul.examples.js';
import { examples as checkly } from './observability/checkly.examples.js';
import { examples as cloudinary } from './observability/cloudinary.examples.js';
import { examples as cronitor } from './observability/cronitor.examples.js';
import { examples as crowdstrike } from './observability/crowdstrike.examples.js';
import { examples as datadog } from './observability/datadog.examples.js';
import { examples as defined } from './observability/defined.examples.js';
import { examples as dynatrace } from './observability/dynatrace.examples.js';
import { examples as elastic } from './observability/elastic.examples.js';
import { examples as fastly } from './observability/fastly.examples.js';
import { examples as fullstory } from './observability/fullstory.examples.js';
import { examples as geckoboard } from './observability/geckoboard.examples.js';
import { examples as grafana } from './observability/grafana.examples.js';
import { examples as gtmetrix } from './observability/gtmetrix.examples.js';
import { examples as honeybadger } from './observability/honeybadger.examples.js';
import { examples as honeycomb } from './observability/honeycomb.examples.js';
import { examples as imagekit } from './observability/imagekit.examples.js';
import { examples as klipfolio } from './observability/klipfolio.examples.js';
import { examples as lightstep } from './observability/lightstep.examples.js';
import { examples as loggly } from './observability/loggly.examples.js';
import { examples as logzio } from './observability/logzio.examples.js';
import { examples as madkudu } from './observability/madkudu.examples.js';
import { examples as metrilo } from './observability/metrilo.examples.js';
import { examples as mezmo } from './observability/mezmo.examples.js';
import { examples as mixpanel } from './observability/mixpanel.examples.js';
import { examples as newrelic } from './observability/newrelic.examples.js';
import { examples as opsgenie } from './observability/opsgenie.examples.js';
import { examples as optimizely } from './observability/optimizely.examples.js';
import { examples as pagerduty } from './observability/pagerduty.examples.js';
import { examples as papertrail } from './observability/papertrail.examples.js';
import { examples as posthog } from './observability/posthog.examples.js';
import { examples as qualaroo } from './observability/qualaroo.examples.js';
import { examples as raygun } from './observability/raygun.examples.js';
import { examples as rollbar } from './observability/rollbar.examples.js';
import { examples as segment } from './observability/segment.examples.js';
import { examples as sentry } from './observability/sentry.examples.js';
import { examples as splunk } from './observability/splunk.examples.js';
import { examples as statsig } from './observability/statsig.examples.js';
import { examples as statuscake } from './observability/statuscake.examples.js';
import { examples as statuspage } from './observability/statuspage.examples.js';
import { examples as statuspal } from './observability/statuspal.examples.js';
import { examples as sumologic } from './observability/sumologic.examples.js';
import { examples as uptimerobot } from './observability/uptimerobot.examples.js';
import { examples as zerotier } from './observability/zerotier.examples.js';
import { examples as adyen } from './payments/adyen.examples.js';
import { examples as alchemy } from './payments/alchemy.examples.js';
import { examples as amazon } from './payments/amazon.examples.js';
import { examples as authorizenet } from './payments/authorizenet.examples.js';
import { examples as bigcommerce } from './payments/bigcommerce.examples.js';
import { examples as binance } from './payments/binance.examples.js';
import { examples as blocknative } from './payments/blocknative.examples.js';
import { examples as braintree } from './payments/braintree.examples.js';
import { examples as bscscan } from './payments/bscscan.examples.js';
import { examples as chargebee } from './payments/chargebee.examples.js';
import { examples as checkoutcom } from './payments/checkoutcom.examples.js';
import { examples as coinapi } from './payments/coinapi.examples.js';
import { examples as coinbase } from './payments/coinbase.examples.js';
import { examples as crypto } from './payments/crypto.examples.js';
import { examples as cryptocompare } from './payments/cryptocompare.examples.js';
import { examples as duffel } from './payments/duffel.examples.js';
import { examples as easypost } from './payments/easypost.examples.js';
import { examples as ebay } from './payments/ebay.examples.js';
import { examples as etherscan } from './payments/etherscan.examples.js';
import { examples as etsy } from './payments/etsy.examples.js';
import { examples as finicity } from './payments/finicity.examples.js';
import { examples as flutterwave } from './payments/flutterwave.examples.js';
import { examples as glassnode } from './payments/glassnode.examples.js';
import { examples as gocardless } from './payments/gocardless.examples.js';
import { examples as gumroad } from './payments/gumroad.examples.js';
import { examples as infura } from './payments/infura.examples.js';
import { examples as klarna } from './payments/klarna.examples.js';
import { examples as kraken } from './payments/kraken.examples.js';
import { examples as kucoin } from './payments/kucoin.examples.js';
import { examples as lemonsqueezy } from './payments/lemonsqueezy.examples.js';
import { examples as lob } from './payments/lob.examples.js';
import { examples as loyverse } from './payments/loyverse.examples.js';
import { examples as lunchmoney } from './payments/lunchmoney.examples.js';
import { examples as mercadopago } from './payments/mercadopago.examples.js';
import { examples as midtrans } from './payments/midtrans.examples.js';
import { examples as mollie } from './payments/mollie.examples.js';
import { examples as moonclerk } from './payments/moonclerk.examples.js';
import { examples as moralis } from './payments/moralis.examples.js';
import { examples as nftport } from './payments/nftport.examples.js';
import { examples as paddle } from './payments/paddle.examples.js';
import { examples as paydirt } from './payments/paydirt.examples.js';
import { examples as paymongo } from './payments/paymongo.examples.js';
import { examples as paypal } from './payments/paypal.examples.js';
import { examples as paystack } from './payments/paystack.examples.js';
import { examples as plaid } from './payments/plaid.examples.js';
import { examples as razorpay } from './payments/razorpay.examples.js';
import { examples as recurly } from './payments/recurly.examples.js';
import { examples as shopify } from './payments/shopify.examples.js';
import { examples as square } from './payments/square.examples.js';
import { examples as storecove } from './payments/storecove.examples.js';
import { examples as stripe } from './payments/stripe.examples.js';
import { examples as tatum } from './payments/tatum.examples.js';
import { examples as taxjar } from './payments/taxjar.examples.js';
import { examples as tradier } from './payments/tradier.examples.js';
import { examples as wise } from './payments/wise.examples.js';
import { examples as woocommerce } from './payments/woocommerce.examples.js';
import { examples as xendit } from './payments/xendit.examples.js';
import { examples as abstractapi } from './public-apis/abstractapi.examples.js';
import { examples as alphavantage } from './public-apis/alphavantage.examples.js';
import { examples as apilayer } from './public-apis/apilayer.examples.js';
import { examples as apitemplate } from './public-apis/apitemplate.examples.js';
import { examples as aviationstack } from './public-apis/aviationstack.examples.js';
import { examples as ayrshare } from './public-apis/ayrshare.examples.js';
import { examples as brandfetch } from './public-apis/brandfetch.examples.js';
import { examples as browshot } from './public-apis/browshot.examples.js';
import { examples as calendarific } from './public-apis/calendarific.examples.js';
import { examples as carboninterface } from './public-apis/carboninterface.examples.js';
import { examples as cloudconvert } from './public-apis/cloudconvert.examples.js';
import { examples as cloudmersive } from './public-apis/cloudmersive.examples.js';
import { examples as codequiry } from './public-apis/codequiry.examples.js';
import { examples as coinlayer } from './public-apis/coinlayer.examples.js';
import { examples as convertapi } from './public-apis/convertapi.examples.js';
import { examples as countrylayer } from './public-apis/countrylayer.examples.js';
import { examples as craftmypdf } from './public-apis/craftmypdf.examples.js';
import { examples as currencyfreaks } from './public-apis/currencyfreaks.examples.js';
import { examples as currencylayer } from './public-apis/currencylayer.examples.js';
import { examples as currencyscoop } from './public-apis/currencyscoop.examples.js';
import { examples as dailymotion } from './public-apis/dailymotion.examples.js';
import { examples as detectlanguage } from './public-apis/detectlanguage.examples.js';
import { examples as discogs } from './public-apis/discogs.examples.js';
import { examples as exchangerateapi } from './public-apis/exchangerateapi.examples.js';
import { examples as exchangeratesapi } from './public-apis/exchangeratesapi.examples.js';
import { examples as facebook } from './public-apis/facebook.examples.js';
import { examples as financialmodelingprep } from './public-apis/financialmodelingprep.examples.js';
import { examples as finnhub } from './public-apis/finnhub.examples.js';
import { examples as fixer } from './public-apis/fixer.examples.js';
import { examples as flickr } from './public-apis/flickr.examples.js';
import { examples as foursquare } from './public-apis/foursquare.examples.js';
import { examples as geoapify } from './public-apis/geoapify.examples.js';
import { examples as graphhopper } from './public-apis/graphhopper.examples.js';
import { examples as gyazo } from './public-apis/gyazo.examples.js';
import { examples as here } from './public-apis/here.examples.js';
import { examples as holidayapi } from './public-apis/holidayapi.examples.js';
import { examples as html2pdf } from './public-apis/html2pdf.examples.js';
import { examples as hybiscus } from './public-apis/hybiscus.examples.js';
import { examples as iconfinder } from './public-apis/iconfinder.examples.js';
import { examples as iexcloud } from './public-apis/iexcloud.examples.js';
import { examples as instagram } from './public-apis/instagram.examples.js';
import { examples as intrinio } from './public-apis/intrinio.examples.js';
import { examples as ip2location } from './public-apis/ip2location.examples.js';
import { examples as ipapi } from './public-apis/ipapi.examples.js';
import { examples as ipgeolocation } from './public-apis/ipgeolocation.examples.js';
import { examples as ipinfo } from './public-apis/ipinfo.examples.js';
import { examples as ipinfodb } from './public-apis/ipinfodb.examples.js';
import { examples as ipqualityscore } from './public-apis/ipqualityscore.examples.js';
import { examples as ipstack } from './public-apis/ipstack.examples.js';
import { examples as languagelayer } from './public-apis/languagelayer.examples.js';
import { examples as lastfm } from './public-apis/lastfm.examples.js';
import { examples as linkedin } from './public-apis/linkedin.examples.js';
import { examples as linkpreview } from './public-apis/linkpreview.examples.js';
import { examples as mailboxlayer } from './public-apis/mailboxlayer.examples.js';
import { examples as mapquest } from './public-apis/mapquest.examples.js';
import { examples as marketstack } from './public-apis/marketstack.examples.js';
import { examples as maxmind } from './public-apis/maxmind.examples.js';
import { examples as mediastack } from './public-apis/mediastack.examples.js';
import { examples as nasa } from './public-apis/nasa.examples.js';
import { examples as nasdaq } from './public-apis/nasdaq.examples.js';
import { examples as newsapi } from './public-apis/newsapi.examples.js';
import { examples as newscatcher } from './public-apis/newscatcher.examples.js';
import { examples as numverify } from './public-apis/numverify.examples.js';
import { examples as nytimes } from './public-apis/nytimes.examples.js';
import { examples as oopspam } from './public-apis/oopspam.examples.js';
import { examples as opencage } from './public-apis/opencage.examples.js';
import { examples as openuv } from './public-apis/openuv.examples.js';
import { examples as openweather } from './public-apis/openweather.examples.js';
import { examples as owlbot } from './public-apis/owlbot.examples.js';
import { examples as pandascore } from './public-apis/pandascore.examples.js';
import { examples as pastebin } from './public-apis/pastebin.examples.js';
import { examples as pdflayer } from './public-apis/pdflayer.examples.js';
import { examples as peopledatalabs } from './public-apis/peopledatalabs.examples.js';
import { examples as pinata } from './public-apis/pinata.examples.js';
import { examples as pinterest } from './public-apis/pinterest.examples.js';
import { examples as pixabay } from './public-apis/pixabay.examples.js';
import { examples as pollsapi } from './public-apis/pollsapi.examples.js';
import { examples as polygon } from './public-apis/polygon.examples.js';
import { examples as positionstack } from './public-apis/positionstack.examples.js';
import { examples as proxycrawl } from './public-apis/proxycrawl.examples.js';
import { examples as rapidapi } from './public-apis/rapidapi.examples.js';
import { examples as rawg } from './public-apis/rawg.examples.js';
import { examples as rebrandly } from './public-apis/rebrandly.examples.js';
import { examples as reddit } from './public-apis/reddit.examples.js';
import { examples as riot } from './public-apis/riot.examples.js';
import { examples as ritekit } from './public-apis/ritekit.examples.js';
import { examples as rocketreach } from './public-apis/rocketreach.examples.js';
import { examples as route4me } from './public-apis/route4me.examples.js';
import { examples as scrapeowl } from './public-apis/scrapeowl.examples.js';
import { examples as scraperapi } from './public-apis/scraperapi.examples.js';
import { examples as scraperbox } from './public-apis/scraperbox.examples.js';
import { examples as scrapestack } from './public-apis/scrapestack.examples.js';
import { examples as scrapfly } from './public-apis/scrapfly.examples.js';
import { examples as scrapingant } from './public-apis/scrapingant.examples.js';
import { examples as scrapingbee } from './public-apis/scrapingbee.examples.js';
import { examples as screenshotlayer } from './public-apis/screenshotlayer.examples.js';
import { examples as securitytrails } from './public-apis/securitytrails.examples.js';
import { examples as serpapi } from './public-apis/serpapi.examples.js';
import { examples as serphouse } from './public-apis/serphouse.examples.js';
import { examples as serpstack } from './public-apis/serpstack.examples.js';
import { examples as shodan } from './public-apis/shodan.examples.js';
import { examples as simfin } from './public-apis/simfin.examples.js';
import { examples as spoonacular } from './public-apis/spoonacular.examples.js';
import { examples as sportmonks } from './public-apis/sportmonks.examples.js';
import { examples as spotify } from './public-apis/spotify.examples.js';
import { examples as steam } from './public-apis/steam.examples.js';
import { examples as stockdata } from './public-apis/stockdata.examples.js';
import { examples as stormglass } from './public-apis/stormglass.examples.js';
import { examples as strava } from './public-apis/strava.examples.js';
import { examples as theoddsapi } from './public-apis/theoddsapi.examples.js';
import { examples as ticketmaster } from './public-apis/ticketmaster.examples.js';
import { examples as tiingo } from './public-apis/tiingo.examples.js';
import { examples as timezoneapi } from './public-apis/timezoneapi.examples.js';
import { examples as tomtom } from './public-apis/tomtom.examples.js';
import { examples as travelpayouts } from './public-apis/travelpayouts.examples.js';
import { examples as twelvedata } from './public-apis/twelvedata.examples.js';
import { examples as twitch } from './public-apis/twitch.examples.js';
import { examples as twitter } from './public-apis/twitter.examples.js';
import { examples as unsplash } from './public-apis/unsplash.examples.js';
import { examples as upcdatabase } from './public-apis/upcdatabase.examples.js';
import { examples as urlscan } from './public-apis/urlscan.examples.js';
import { examples as userstack } from './public-apis/userstack.examples.js';
import { examples as vatlayer } from './public-apis/vatlayer.examples.js';
import { examples as veriphone } from './public-apis/veriphone.examples.js';
import { examples as vimeo } from './public-apis/vimeo.examples.js';
import { examples as virustotal } from './public-apis/virustotal.examples.js';
import { examples as visualcrossing } from './public-apis/visualcrossing.examples.js';
import { examples as vpnapi } from './public-apis/vpnapi.examples.js';
import { examples as walkscore } from './public-apis/walkscore.examples.js';
import { examples as weatherbit } from './public-apis/weatherbit.examples.js';
import { examples as weatherstack } from './public-apis/weatherstack.examples.js';
import { examples as whoxy } from './public-apis/whoxy.examples.js';
import { examples as wolfram } from './public-apis/wolfram.examples.js';
import { examples as worldcoinindex } from './public-apis/worldcoinindex.examples.js';
import { examples as worldweather } from './public-apis/worldweather.examples.js';
import { examples as yelp } from './public-apis/yelp.examples.js';
import { examples as zenrows } from './public-apis/zenrows.examples.js';
import { examples as zenscrape } from './public-apis/zenscrape.examples.js';
import { examples as zipcodeapi } from './public-apis/zipcodeapi.examples.js';
import { examples as zipcodebase } from './public-apis/zipcodebase.examples.js';
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
import { examples as packagecloud } from './registries/packagecloud.examples.js';
import { examples as packagist } from './registries/packagist.examples.js';
import { examples as pypi } from './registries/pypi.examples.js';
import { examples as rubygems } from './registries/rubygems.examples.js';
import { examples as adobe } from './saas/adobe.examples.js';
import { examples as airtable } from './saas/airtable.examples.js';
import { examples as apify } from './saas/apify.examples.js';
import { examples as asana } from './saas/asana.examples.js';
import { examples as atlassian } from './saas/atlassian.examples.js';
import { examples as avaza } from './saas/avaza.examples.js';
import { examples as bannerbear } from './saas/bannerbear.examples.js';
import { examples as beamer } from './saas/beamer.examples.js';
import { examples as beebole } from './saas/beebole.examples.js';
import { examples as bitly } from './saas/bitly.examples.js';
import { examples as box } from './saas/box.examples.js';
import { examples as budibase } from './saas/budibase.examples.js';
import { examples as bugherd } from './saas/bugherd.examples.js';
import { examples as buttercms } from './saas/buttercms.examples.js';
import { examples as calendly } from './saas/calendly.examples.js';
import { examples as canva } from './saas/canva.examples.js';
import { examples as capsulecrm } from './saas/capsulecrm.examples.js';
import { examples as clearbit } from './saas/clearbit.examples.js';
import { examples as clickup } from './saas/clickup.examples.js';
import { examples as clockify } from './saas/clockify.examples.js';
import { examples as coda } from './saas/coda.examples.js';
import { examples as contentful } from './saas/contentful.examples.js';
import { examples as crowdin } from './saas/crowdin.examples.js';
import { examples as delighted } from './saas/delighted.examples.js';
import { examples as disqus } from './saas/disqus.examples.js';
import { examples as ditto } from './saas/ditto.examples.js';
import { examples as docparser } from './saas/docparser.examples.js';
import { examples as docusign } from './saas/docusign.examples.js';
import { examples as dronahq } from './saas/dronahq.examples.js';
import { examples as dropbox } from './saas/dropbox.examples.js';
import { examples as eventbrite } from './saas/eventbrite.examples.js';
import { examples as everhour } from './saas/everhour.examples.js';
import { examples as figma } from './saas/figma.examples.js';
import { examples as fleetbase } from './saas/fleetbase.examples.js';
import { examples as flexport } from './saas/flexport.examples.js';
import { examples as frameio } from './saas/frameio.examples.js';
import { examples as freshdesk } from './saas/freshdesk.examples.js';
import { examples as front } from './saas/front.examples.js';
import { examples as fulcrum } from './saas/fulcrum.examples.js';
import { examples as hellosign } from './saas/hellosign.examples.js';
import { examples as helpscout } from './saas/helpscout.examples.js';
import { examples as hubspot } from './saas/hubspot.examples.js';
import { examples as insightly } from './saas/insightly.examples.js';
import { examples as interseller } from './saas/interseller.examples.js';
import { examples as jotform } from './saas/jotform.examples.js';
import { examples as jupiterone } from './saas/jupiterone.examples.js';
import { examples as juro } from './saas/juro.examples.js';
import { examples as karmacrm } from './saas/karmacrm.examples.js';
import { examples as kylas } from './saas/kylas.examples.js';
import { examples as leadfeeder } from './saas/leadfeeder.examples.js';
import { examples as linear } from './saas/linear.examples.js';
import { examples as lokalise } from './saas/lokalise.examples.js';
import { examples as mapbox } from './saas/mapbox.examples.js';
import { examples as mavenlink } from './saas/mavenlink.examples.js';
import { examples as meistertask } from './saas/meistertask.examples.js';
import { examples as mindmeister } from './saas/mindmeister.examples.js';
import { examples as miro } from './saas/miro.examples.js';
import { examples as mixmax } from './saas/mixmax.examples.js';
import { examples as monday } from './saas/monday.examples.js';
import { examples as nicereply } from './saas/nicereply.examples.js';
import { examples as noticeable } from './saas/noticeable.examples.js';
import { examples as notion } from './saas/notion.examples.js';
import { examples as nozbe } from './saas/nozbe.examples.js';
import { examples as nylas } from './saas/nylas.examples.js';
import { examples as onfleet } from './saas/onfleet.examples.js';
import { examples as overloop } from './saas/overloop.examples.js';
import { examples as pandadoc } from './saas/pandadoc.examples.js';
import { examples as partnerstack } from './saas/partnerstack.examples.js';
import { examples as paymo } from './saas/paymo.examples.js';
import { examples as pipedrive } from './saas/pipedrive.examples.js';
import { examples as planyo } from './saas/planyo.examples.js';
import { examples as podio } from './saas/podio.examples.js';
import { examples as prodpad } from './saas/prodpad.examples.js';
import { examples as protocolsio } from './saas/protocolsio.examples.js';
import { examples as replyio } from './saas/replyio.examples.js';
import { examples as salesblink } from './saas/salesblink.examples.js';
import { examples as salescookie } from './saas/salescookie.examples.js';
import { examples as salesflare } from './saas/salesflare.examples.js';
import { examples as salesforce } from './saas/salesforce.examples.js';
import { examples as sanity } from './saas/sanity.examples.js';
import { examples as selectpdf } from './saas/selectpdf.examples.js';
import { examples as servicenow } from './saas/servicenow.examples.js';
import { examples as sherpadesk } from './saas/sherpadesk.examples.js';
import { examples as shippo } from './saas/shippo.examples.js';
import { examples as shotstack } from './saas/shotstack.examples.js';
import { examples as signaturit } from './saas/signaturit.examples.js';
import { examples as signupgenius } from './saas/signupgenius.examples.js';
import { examples as simplesat } from './saas/simplesat.examples.js';
import { examples as smartsheet } from './saas/smartsheet.examples.js';
import { examples as squarespace } from './saas/squarespace.examples.js';
import { examples as sslmate } from './saas/sslmate.examples.js';
import { examples as stormboard } from './saas/stormboard.examples.js';
import { examples as storyblok } from './saas/storyblok.examples.js';
import { examples as surveysparrow } from './saas/surveysparrow.examples.js';
import { examples as survicate } from './saas/survicate.examples.js';
import { examples as swiftype } from './saas/swiftype.examples.js';
import { examples as teamwork } from './saas/teamwork.examples.js';
import { examples as tickettailor } from './saas/tickettailor.examples.js';
import { examples as timecamp } from './saas/timecamp.examples.js';
import { examples as tines } from './saas/tines.examples.js';
import { examples as tmetric } from './saas/tmetric.examples.js';
import { examples as todoist } from './saas/todoist.examples.js';
import { examples as toggl } from './saas/toggl.examples.js';
import { examples as trello } from './saas/trello.examples.js';
import { examples as typeform } from './saas/typeform.examples.js';
import { examples as ubidots } from './saas/ubidots.examples.js';
import { examples as uplead } from './saas/uplead.examples.js';
import { examples as vyte } from './saas/vyte.examples.js';
import { examples as wakatime } from './saas/wakatime.examples.js';
import { examples as webflow } from './saas/webflow.examples.js';
import { examples as wistia } from './saas/wistia.examples.js';
import { examples as worksnaps } from './saas/worksnaps.examples.js';
import { examples as ynab } from './saas/ynab.examples.js';
import { examples as yousign } from './saas/yousign.examples.js';
import { examples as zapier } from './saas/zapier.examples.js';
import { examples as zendesk } from './saas/zendesk.examples.js';
import { examples as zenkit } from './saas/zenkit.examples.js';
import { examples as zoho } from './saas/zoho.examples.js';
import { examples as zonka } from './saas/zonka.examples.js';
import { examples as zoom } from './saas/zoom.examples.js';

/** Every registered example table (one per provider file). */
export const EXAMPLE_TABLES: readonly ExampleTable[] = [
  anthropic,
  assemblyai,
  clarifai,
  cohere,
  databricks,
  deepai,
  deepgram,
  deepseek,
  diffbot,
  edenai,
  elevenlabs,
  exa,
  firecrawl,
  fireworks,
  groq,
  happyscribe,
  huggingface,
  imagga,
  langfuse,
  langsmith,
  mistral,
  modal,
  monkeylearn,
  neptune,
  nvidia,
  openai,
  openrouter,
  paralleldots,
  perplexity,
  pinecone,
  privateai,
  replicate,
  roboflow,
  runpod,
  sigopt,
  speechtextai,
  stability,
  tavily,
  together,
  vectara,
  voiceflow,
  voyage,
  wandb,
  xai,
  recaptcha,
  totp,
  gitter,
  slack,
  browserstack,
  buildkite,
  circleci,
  codacy,
  codeclimate,
  codecov,
  codemagic,
  coveralls,
  cypress,
  dependencytrack,
  detectify,
  drone,
  harness,
  jenkins,
  knapsackpro,
  launchdarkly,
  loadmill,
  octopus,
  postman,
  prefect,
  qase,
  readme,
  scrutinizer,
  semaphore,
  snyk,
  sonarqube,
  stackhawk,
  travis,
  aiven,
  alibaba,
  aws,
  azure,
  backblaze,
  baidu,
  buddyns,
  cloudflare,
  digitalocean,
  firebase,
  flyio,
  gcp,
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
  trigger,
  truenas,
  vercel,
  vultr,
  wasabi,
  yandex,
  bitbucket,
  gitea,
  github,
  gitlab,
  sourcegraph,
  amqp,
  clickhouse,
  confluent,
  couchbase,
  database,
  datastax,
  elasticsearch,
  fauna,
  ftp,
  jdbc,
  kafka,
  ldap,
  mongodb,
  mssql,
  mysql,
  neo4j,
  neon,
  odbc,
  planetscale,
  postgres,
  qubole,
  redis,
  rockset,
  snowflake,
  sql,
  stitchdata,
  turso,
  upstash,
  amazonSes,
  brevo,
  convertkit,
  customerio,
  dyspatch,
  elasticemail,
  getresponse,
  klaviyo,
  lemlist,
  loops,
  mailchimp,
  mailerlite,
  mailersend,
  mailgun,
  mailjet,
  mailmodo,
  mailsac,
  mandrill,
  moosend,
  omnisend,
  pepipost,
  postageapp,
  postmark,
  reachmail,
  resend,
  sendgrid,
  smtp,
  sparkpost,
  verimail,
  zerobounce,
  app,
  aspnet,
  django,
  express,
  flask,
  framework,
  ghost,
  htpasswd,
  laravel,
  nextauth,
  phoenix,
  rails,
  sidekiq,
  spring,
  strapi,
  symfony,
  wordpress,
  envSetter,
  generic,
  basicAuth,
  cli,
  curl,
  git,
  http,
  httpie,
  netrc,
  rfc8959,
  sshpass,
  url,
  age,
  akeyless,
  auth0,
  authress,
  bitwarden,
  clerk,
  cyberark,
  doppler,
  gitguardian,
  infisical,
  jumpcloud,
  keycloak,
  loginradius,
  ngrok,
  nightfall,
  okta,
  onelogin,
  onepassword,
  pingidentity,
  stytch,
  supabase,
  tailscale,
  teleport,
  twingate,
  vault,
  workos,
  android,
  java,
  jwk,
  jwt,
  nats,
  openssh,
  openssl,
  openvpn,
  pem,
  pgp,
  putty,
  ssh2,
  wireguard,
  ably,
  courier,
  discord,
  documo,
  intercom,
  line,
  mattermost,
  mesibo,
  messagebird,
  msteams,
  onesignal,
  plivo,
  pubnub,
  pushbullet,
  pusher,
  sendbird,
  sinch,
  telegram,
  telnyx,
  twilio,
  tyntec,
  vonage,
  voodoosms,
  zulip,
  adafruit,
  airbrake,
  akamai,
  algolia,
  amplitude,
  atera,
  axiom,
  betterstack,
  bugsnag,
  chartmogul,
  checkly,
  cloudinary,
  cronitor,
  crowdstrike,
  datadog,
  defined,
  dynatrace,
  elastic,
  fastly,
  fullstory,
  geckoboard,
  grafana,
  gtmetrix,
  honeybadger,
  honeycomb,
  imagekit,
  klipfolio,
  lightstep,
  loggly,
  logzio,
  madkudu,
  metrilo,
  mezmo,
  mixpanel,
  newrelic,
  opsgenie,
  optimizely,
  pagerduty,
  papertrail,
  posthog,
  qualaroo,
  raygun,
  rollbar,
  segment,
  sentry,
  splunk,
  statsig,
  statuscake,
  statuspage,
  statuspal,
  sumologic,
  uptimerobot,
  zerotier,
  adyen,
  alchemy,
  amazon,
  authorizenet,
  bigcommerce,
  binance,
  blocknative,
  braintree,
  bscscan,
  chargebee,
  checkoutcom,
  coinapi,
  coinbase,
  crypto,
  cryptocompare,
  duffel,
  easypost,
  ebay,
  etherscan,
  etsy,
  finicity,
  flutterwave,
  glassnode,
  gocardless,
  gumroad,
  infura,
  klarna,
  kraken,
  kucoin,
  lemonsqueezy,
  lob,
  loyverse,
  lunchmoney,
  mercadopago,
  midtrans,
  mollie,
  moonclerk,
  moralis,
  nftport,
  paddle,
  paydirt,
  paymongo,
  paypal,
  paystack,
  plaid,
  razorpay,
  recurly,
  shopify,
  square,
  storecove,
  stripe,
  tatum,
  taxjar,
  tradier,
  wise,
  woocommerce,
  xendit,
  abstractapi,
  alphavantage,
  apilayer,
  apitemplate,
  aviationstack,
  ayrshare,
  brandfetch,
  browshot,
  calendarific,
  carboninterface,
  cloudconvert,
  cloudmersive,
  codequiry,
  coinlayer,
  convertapi,
  countrylayer,
  craftmypdf,
  currencyfreaks,
  currencylayer,
  currencyscoop,
  dailymotion,
  detectlanguage,
  discogs,
  exchangerateapi,
  exchangeratesapi,
  facebook,
  financialmodelingprep,
  finnhub,
  fixer,
  flickr,
  foursquare,
  geoapify,
  graphhopper,
  gyazo,
  here,
  holidayapi,
  html2pdf,
  hybiscus,
  iconfinder,
  iexcloud,
  instagram,
  intrinio,
  ip2location,
  ipapi,
  ipgeolocation,
  ipinfo,
  ipinfodb,
  ipqualityscore,
  ipstack,
  languagelayer,
  lastfm,
  linkedin,
  linkpreview,
  mailboxlayer,
  mapquest,
  marketstack,
  maxmind,
  mediastack,
  nasa,
  nasdaq,
  newsapi,
  newscatcher,
  numverify,
  nytimes,
  oopspam,
  opencage,
  openuv,
  openweather,
  owlbot,
  pandascore,
  pastebin,
  pdflayer,
  peopledatalabs,
  pinata,
  pinterest,
  pixabay,
  pollsapi,
  polygon,
  positionstack,
  proxycrawl,
  rapidapi,
  rawg,
  rebrandly,
  reddit,
  riot,
  ritekit,
  rocketreach,
  route4me,
  scrapeowl,
  scraperapi,
  scraperbox,
  scrapestack,
  scrapfly,
  scrapingant,
  scrapingbee,
  screenshotlayer,
  securitytrails,
  serpapi,
  serphouse,
  serpstack,
  shodan,
  simfin,
  spoonacular,
  sportmonks,
  spotify,
  steam,
  stockdata,
  stormglass,
  strava,
  theoddsapi,
  ticketmaster,
  tiingo,
  timezoneapi,
  tomtom,
  travelpayouts,
  twelvedata,
  twitch,
  twitter,
  unsplash,
  upcdatabase,
  urlscan,
  userstack,
  vatlayer,
  veriphone,
  vimeo,
  virustotal,
  visualcrossing,
  vpnapi,
  walkscore,
  weatherbit,
  weatherstack,
  whoxy,
  wolfram,
  worldcoinindex,
  worldweather,
  yelp,
  zenrows,
  zenscrape,
  zipcodeapi,
  zipcodebase,
  clojars,
  cloudsmith,
  crates,
  docker,
  gradle,
  hex,
  jfrog,
  maven,
  npm,
  nuget,
  packagecloud,
  packagist,
  pypi,
  rubygems,
  adobe,
  airtable,
  apify,
  asana,
  atlassian,
  avaza,
  bannerbear,
  beamer,
  beebole,
  bitly,
  box,
  budibase,
  bugherd,
  buttercms,
  calendly,
  canva,
  capsulecrm,
  clearbit,
  clickup,
  clockify,
  coda,
  contentful,
  crowdin,
  delighted,
  disqus,
  ditto,
  docparser,
  docusign,
  dronahq,
  dropbox,
  eventbrite,
  everhour,
  figma,
  fleetbase,
  flexport,
  frameio,
  freshdesk,
  front,
  fulcrum,
  hellosign,
  helpscout,
  hubspot,
  insightly,
  interseller,
  jotform,
  jupiterone,
  juro,
  karmacrm,
  kylas,
  leadfeeder,
  linear,
  lokalise,
  mapbox,
  mavenlink,
  meistertask,
  mindmeister,
  miro,
  mixmax,
  monday,
  nicereply,
  noticeable,
  notion,
  nozbe,
  nylas,
  onfleet,
  overloop,
  pandadoc,
  partnerstack,
  paymo,
  pipedrive,
  planyo,
  podio,
  prodpad,
  protocolsio,
  replyio,
  salesblink,
  salescookie,
  salesflare,
  salesforce,
  sanity,
  selectpdf,
  servicenow,
  sherpadesk,
  shippo,
  shotstack,
  signaturit,
  signupgenius,
  simplesat,
  smartsheet,
  squarespace,
  sslmate,
  stormboard,
  storyblok,
  surveysparrow,
  survicate,
  swiftype,
  teamwork,
  tickettailor,
  timecamp,
  tines,
  tmetric,
  todoist,
  toggl,
  trello,
  typeform,
  ubidots,
  uplead,
  vyte,
  wakatime,
  webflow,
  wistia,
  worksnaps,
  ynab,
  yousign,
  zapier,
  zendesk,
  zenkit,
  zoho,
  zonka,
  zoom,
];

export const EXAMPLES_BY_ID: ReadonlyMap<string, DetectorExamples> = new Map(EXAMPLE_TABLES.flatMap((table) => Object.entries(table)));

const NONE: DetectorExamples = { positive: [], negative: [] };

/** A detector's examples, from its provider's examples file (the registry test checks every detector has some). */
export function examplesOf(detector: Detector): DetectorExamples {
  return EXAMPLES_BY_ID.get(detector.id) ?? NONE;
}
