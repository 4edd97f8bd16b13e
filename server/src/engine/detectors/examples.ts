/**
 * The example tables of every converted provider, by detector id: test data for test/detectors,
 * the docs generator and the samples. NOT imported by detectors/index.ts or any runtime module
 * (test/detectors/bundle.test.ts checks the bundles), so examples and engine/fake.ts stay out of them.
 *
 * Register every `<family>/<provider>.examples.ts` here (test/engine/registry.test.ts checks the list
 * against the files on disk).
 */
import type { Detector, DetectorExamples, ExampleTable } from '../types.js';
import { examples as github } from './code-hosting/github.examples.js';
import { examples as amqp } from './database/amqp.examples.js';
import { examples as clickhouse } from './database/clickhouse.examples.js';
import { examples as confluent } from './database/confluent.examples.js';
import { examples as couchbase } from './database/couchbase.examples.js';
import { examples as database } from './database/database.examples.js';
import { examples as databricks } from './database/databricks.examples.js';
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
import { examples as redis } from './database/redis.examples.js';
import { examples as snowflake } from './database/snowflake.examples.js';
import { examples as turso } from './database/turso.examples.js';
import { examples as upstash } from './database/upstash.examples.js';
import { examples as amazonSes } from './email/amazon-ses.examples.js';
import { examples as brevo } from './email/brevo.examples.js';
import { examples as customerio } from './email/customerio.examples.js';
import { examples as klaviyo } from './email/klaviyo.examples.js';
import { examples as loops } from './email/loops.examples.js';
import { examples as mailchimp } from './email/mailchimp.examples.js';
import { examples as mailersend } from './email/mailersend.examples.js';
import { examples as mailgun } from './email/mailgun.examples.js';
import { examples as mailjet } from './email/mailjet.examples.js';
import { examples as mandrill } from './email/mandrill.examples.js';
import { examples as postmark } from './email/postmark.examples.js';
import { examples as resend } from './email/resend.examples.js';
import { examples as sendgrid } from './email/sendgrid.examples.js';
import { examples as smtp } from './email/smtp.examples.js';
import { examples as sparkpost } from './email/sparkpost.examples.js';
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
import { examples as generic } from './generic/generic.examples.js';
import { examples as slack } from './chat/slack.examples.js';
import { examples as cli } from './http/cli.examples.js';
import { examples as curl } from './http/curl.examples.js';
import { examples as git } from './http/git.examples.js';
import { examples as http } from './http/http.examples.js';
import { examples as netrc } from './http/netrc.examples.js';
import { examples as rfc8959 } from './http/rfc8959.examples.js';
import { examples as sshpass } from './http/sshpass.examples.js';
import { examples as url } from './http/url.examples.js';
import { examples as android } from './keys/android.examples.js';
import { examples as java } from './keys/java.examples.js';
import { examples as jwt } from './keys/jwt.examples.js';
import { examples as openssh } from './keys/openssh.examples.js';
import { examples as openvpn } from './keys/openvpn.examples.js';
import { examples as pem } from './keys/pem.examples.js';
import { examples as pgp } from './keys/pgp.examples.js';
import { examples as putty } from './keys/putty.examples.js';
import { examples as ssh2 } from './keys/ssh2.examples.js';
import { examples as wireguard } from './keys/wireguard.examples.js';
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
  amazonSes,
  amqp,
  android,
  app,
  aspnet,
  brevo,
  cli,
  clickhouse,
  confluent,
  couchbase,
  curl,
  customerio,
  database,
  databricks,
  datastax,
  django,
  elasticsearch,
  express,
  fauna,
  flask,
  framework,
  ftp,
  generic,
  ghost,
  git,
  github,
  htpasswd,
  http,
  java,
  jdbc,
  jwt,
  kafka,
  klaviyo,
  laravel,
  ldap,
  loops,
  mailchimp,
  mailersend,
  mailgun,
  mailjet,
  mandrill,
  mongodb,
  mssql,
  mysql,
  neo4j,
  neon,
  netrc,
  nextauth,
  odbc,
  openssh,
  openvpn,
  pem,
  pgp,
  phoenix,
  planetscale,
  postgres,
  postmark,
  putty,
  rails,
  redis,
  resend,
  rfc8959,
  sendgrid,
  sidekiq,
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
  smtp,
  snowflake,
  sparkpost,
  spring,
  square,
  ssh2,
  sshpass,
  strapi,
  stripe,
  symfony,
  turso,
  upstash,
  url,
  wireguard,
  wise,
  woocommerce,
  wordpress,
  xendit,
];

export const EXAMPLES_BY_ID: ReadonlyMap<string, DetectorExamples> = new Map(EXAMPLE_TABLES.flatMap((table) => Object.entries(table)));

const NONE: DetectorExamples = { positive: [], negative: [] };

/** A detector's examples: from its examples file, or (theme files not yet converted) from the detector itself. */
export function examplesOf(detector: Detector): DetectorExamples {
  return EXAMPLES_BY_ID.get(detector.id) ?? detector.examples ?? NONE;
}
