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
import { detectors as slack } from './chat/slack.js';
import { detectors as github } from './code-hosting/github.js';
import { detectors as amqp } from './database/amqp.js';
import { detectors as clickhouse } from './database/clickhouse.js';
import { detectors as confluent } from './database/confluent.js';
import { detectors as couchbase } from './database/couchbase.js';
import { detectors as database } from './database/database.js';
import { detectors as databricks } from './database/databricks.js';
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
import { detectors as redis } from './database/redis.js';
import { detectors as snowflake } from './database/snowflake.js';
import { detectors as turso } from './database/turso.js';
import { detectors as upstash } from './database/upstash.js';
import { detectors as amazonSes } from './email/amazon-ses.js';
import { detectors as brevo } from './email/brevo.js';
import { detectors as customerio } from './email/customerio.js';
import { detectors as klaviyo } from './email/klaviyo.js';
import { detectors as loops } from './email/loops.js';
import { detectors as mailchimp } from './email/mailchimp.js';
import { detectors as mailersend } from './email/mailersend.js';
import { detectors as mailgun } from './email/mailgun.js';
import { detectors as mailjet } from './email/mailjet.js';
import { detectors as mandrill } from './email/mandrill.js';
import { detectors as postmark } from './email/postmark.js';
import { detectors as resend } from './email/resend.js';
import { detectors as sendgrid } from './email/sendgrid.js';
import { detectors as smtp } from './email/smtp.js';
import { detectors as sparkpost } from './email/sparkpost.js';
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
import { detectors as generic } from './generic/generic.js';
import { detectors as cli } from './http/cli.js';
import { detectors as curl } from './http/curl.js';
import { detectors as git } from './http/git.js';
import { detectors as http } from './http/http.js';
import { detectors as netrc } from './http/netrc.js';
import { detectors as rfc8959 } from './http/rfc8959.js';
import { detectors as sshpass } from './http/sshpass.js';
import { detectors as url } from './http/url.js';
import { detectors as android } from './keys/android.js';
import { detectors as java } from './keys/java.js';
import { detectors as jwt } from './keys/jwt.js';
import { detectors as openssh } from './keys/openssh.js';
import { detectors as openvpn } from './keys/openvpn.js';
import { detectors as pem } from './keys/pem.js';
import { detectors as pgp } from './keys/pgp.js';
import { detectors as putty } from './keys/putty.js';
import { detectors as ssh2 } from './keys/ssh2.js';
import { detectors as wireguard } from './keys/wireguard.js';
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
import { detectors as gcp } from './gcp.js';
import { detectors as gitlab } from './gitlab.js';
import { detectors as identity } from './identity.js';
import { detectors as messaging } from './messaging.js';
import { detectors as misc } from './misc.js';
import { detectors as observability } from './observability.js';
import { detectors as registries } from './registries.js';
import { detectors as saas } from './saas.js';

export const ALL_DETECTORS: readonly Detector[] = [
  ...ai,
  ...amazonSes,
  ...amqp,
  ...android,
  ...app,
  ...aspnet,
  ...aws,
  ...azure,
  ...bitbucket,
  ...brevo,
  ...ci,
  ...cli,
  ...clickhouse,
  ...cloud,
  ...confluent,
  ...couchbase,
  ...curl,
  ...customerio,
  ...database,
  ...databricks,
  ...datastax,
  ...django,
  ...elasticsearch,
  ...express,
  ...fauna,
  ...flask,
  ...framework,
  ...ftp,
  ...gcp,
  ...generic,
  ...ghost,
  ...git,
  ...github,
  ...gitlab,
  ...htpasswd,
  ...http,
  ...identity,
  ...java,
  ...jdbc,
  ...jwt,
  ...kafka,
  ...klaviyo,
  ...laravel,
  ...ldap,
  ...loops,
  ...mailchimp,
  ...mailersend,
  ...mailgun,
  ...mailjet,
  ...mandrill,
  ...messaging,
  ...misc,
  ...mongodb,
  ...mssql,
  ...mysql,
  ...neo4j,
  ...neon,
  ...netrc,
  ...nextauth,
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
  ...odbc,
  ...openssh,
  ...openvpn,
  ...paddle,
  ...paypal,
  ...paystack,
  ...pem,
  ...pgp,
  ...phoenix,
  ...plaid,
  ...planetscale,
  ...postgres,
  ...postmark,
  ...putty,
  ...rails,
  ...razorpay,
  ...recurly,
  ...redis,
  ...resend,
  ...rfc8959,
  ...sendgrid,
  ...shopify,
  ...sidekiq,
  ...smtp,
  ...snowflake,
  ...sparkpost,
  ...spring,
  ...square,
  ...ssh2,
  ...sshpass,
  ...strapi,
  ...stripe,
  ...symfony,
  ...turso,
  ...upstash,
  ...url,
  ...wireguard,
  ...wise,
  ...woocommerce,
  ...wordpress,
  ...xendit,
  ...registries,
  ...saas,
  ...slack,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const DETECTORS_BY_ID: ReadonlyMap<string, Detector> = new Map(ALL_DETECTORS.map((d) => [d.id, d]));
