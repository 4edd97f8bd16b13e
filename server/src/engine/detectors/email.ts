/**
 * E-mail delivery and marketing services, and SMTP credentials (CREDENTIAL-FORMATS.md §3):
 * SendGrid, Mailgun, Mailchimp/Mandrill, Brevo, Postmark, Mailjet, SparkPost, Resend, MailerSend,
 * Amazon SES SMTP, Customer.io, Klaviyo, Loops. Un-prefixed keys need the provider in the name.
 */
import { fake, fakeBytes, toBase64 } from '../fake.js';
import { B62, B64, B64URL, BASE32_UPPER, HEX, assignment, ci } from '../patterns.js';
import type { Detector, PostValidator } from '../types.js';
import { fakeUuid } from '../fake.js';
import { UUID, phrase as w, phraseAfterNonLetter as word } from '../patterns.js';

/** A variable name holding a provider fragment and then one of the kinds: `MAILJET_SECRET_KEY`, `postmarkServerToken`. */
function ctxName(providers: readonly string[], kinds: readonly string[]): string {
  return `(?:${providers.join('|')})[A-Za-z0-9_.-]{0,20}(?:${kinds.map(w).join('|')})`;
}

/** Random keys mix letters and digits; identifiers and words usually do not. */
const lacksLetterAndDigit: PostValidator = ({ value }) => (/[0-9]/.test(value) && /[A-Za-z]/.test(value) ? undefined : 'no mix of letters and digits');

/** The same 32-8-8 hex shape is Mailgun's API key and its webhook signing key: the name decides. */
const isSigningKeyLine: PostValidator = ({ line }) => (/sign/i.test(line) ? 'Mailgun webhook signing key (reported separately)' : undefined);

/** Passwords people write as stand-ins, and code that reads the real one from elsewhere. */
const WEAK_OR_REFERENCE = /^(?:pass(?:word)?|passwd|pwd|secret|smtp_?pass(?:word)?|mail_?pass(?:word)?|user(?:name)?|null|none|nil|true|false|undefined|empty|test|example|admin|root|guest)$/i;
const isWeakOrReference: PostValidator = ({ value }) => {
  if (WEAK_OR_REFERENCE.test(value)) return 'stand-in password';
  if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(value)) return 'code reference';
  if (/^[A-Z][A-Z0-9_]*$/.test(value) && value.includes('_')) return 'environment variable name';
  if (/^(?:process|os|env|config|settings|getenv|ENV)\b/.test(value)) return 'code reference';
  if (/^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\)/.test(value)) return 'file path';
  return undefined;
};

/** `SMTP_PASSWORD_FILE=/run/secrets/smtp`: the Docker-secrets convention names a file, not the password. */
const isFileSetting: PostValidator = ({ groups }) => (/(?:file|path)$/i.test(groups.name ?? '') ? 'names a file holding the password' : undefined);

/** `SMTP_PASSWORD accordingly` in prose: a bare word separated from the name by a space is not a password. */
const isProseWord: PostValidator = ({ value, match }) => (/^[A-Za-z]+$/.test(value) && !/[=:>]/.test(match) ? 'a word in prose' : undefined);

const store = 'Keep it in the deployment\'s secret store (environment injected at run time, a vault, CI secrets) and read it from the environment; never commit it.';

export const detectors: Detector[] = [
  {
    id: 'sendgrid.api-key',
    title: 'SendGrid API key',
    kind: 'specific',
    keywords: ['SG.'],
    keywordScope: 'line',
    // SG.<22 b64url key id>.<43 b64url secret>: 69 characters (Twilio SendGrid "API Keys" docs).
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    examples: {
      positive: [
        `SENDGRID_API_KEY=«SG.${fake(B64URL, 22, 'sg1')}.${fake(B64URL, 43, 'sg2')}»`,
        `sg = SendGridAPIClient("«SG.${fake(B64URL, 22, 'sg3')}.${fake(B64URL, 43, 'sg4')}»")`,
        `Authorization: Bearer «SG.${fake(B64URL, 22, 'sg5')}.${fake(B64URL, 43, 'sg6')}»`,
      ],
      negative: [
        // SendGrid's published sample key.
        'SENDGRID_API_KEY=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',
        'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        'SENDGRID_API_KEY=SG.your-key',
      ],
    },
    guide: {
      grants: 'Sends e-mail as any verified sender of the account (phishing from your domain) and, per the key\'s scopes, reads contacts, templates and stats or manages the account.',
      revoke: 'SendGrid → Settings → API Keys → the key → Delete, then create a new one. SendGrid revokes keys it finds on public GitHub.',
      url: 'https://app.sendgrid.com/settings/api_keys',
      store,
    },
  },
  {
    id: 'mailgun.api-key',
    title: 'Mailgun API key (legacy key- format)',
    kind: 'specific',
    keywords: ['key-'],
    keywordScope: 'line',
    // key-<32 hex>: Mailgun's private API key before 2021; still valid where not rotated.
    pattern: /(?<![A-Za-z0-9_])(?<secret>key-[0-9a-f]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    examples: {
      positive: [`MAILGUN_API_KEY=«key-${fake(HEX, 32, 'mg1')}»`, `curl -s --user 'api:«key-${fake(HEX, 32, 'mg2')}»' https://api.mailgun.net/v3/mg.example.com/messages`],
      negative: ['MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `MAILGUN_PUBLIC_KEY=pubkey-${fake(HEX, 32, 'mg3')}`, 'api-key-rotation is documented'],
    },
    guide: {
      grants: 'Full use of the Mailgun account: sends mail from every domain (phishing from your domain), reads logs and stored messages, manages domains, routes and webhooks.',
      revoke: 'Mailgun → Account settings → API security (API keys) → create a new key and delete the old one; domain sending keys under Sending → Domain settings → Sending API keys.',
      url: 'https://app.mailgun.com/settings/api_security',
      store,
    },
  },
  {
    id: 'mailgun.private-api-key',
    title: 'Mailgun private API key',
    kind: 'specific',
    keywords: ['mailgun'],
    // Current keys: <32 hex>-<8 hex>-<8 hex>. Not a UUID; only in documents that mention Mailgun.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![A-Za-z0-9_-])/,
    post: [isSigningKeyLine],
    minEntropy: 3,
    examples: {
      positive: [
        `MAILGUN_API_KEY=«${fake(HEX, 32, 'mk1')}-${fake(HEX, 8, 'mk2')}-${fake(HEX, 8, 'mk3')}»`,
        `# send through mailgun\ncurl --user 'api:«${fake(HEX, 32, 'mk4')}-${fake(HEX, 8, 'mk5')}-${fake(HEX, 8, 'mk6')}»' https://api.eu.mailgun.net/v3/mg.example.com/messages`,
      ],
      negative: [`MAILGUN_WEBHOOK_SIGNING_KEY=${fake(HEX, 32, 'mk7')}-${fake(HEX, 8, 'mk8')}-${fake(HEX, 8, 'mk9')}`, `mailgun_domain_id = "${fakeUuid('mk10')}"`],
    },
    guide: {
      grants: 'Full use of the Mailgun account (or one domain, for sending keys): sends mail from your domains, reads logs and stored messages, manages domains and webhooks.',
      revoke: 'Mailgun → Account settings → API security → delete the key (or Sending → Domain settings → Sending API keys for domain keys) and create a new one.',
      url: 'https://app.mailgun.com/settings/api_security',
      store,
    },
  },
  {
    id: 'mailgun.webhook-signing-key',
    title: 'Mailgun webhook signing key',
    kind: 'specific',
    keywords: ['mailgun'],
    keywordScope: 'line',
    pattern: assignment(ctxName([w('mailgun'), word('mg')], ['webhook signing key', 'signing key', 'webhook key', 'signing secret']), '[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}'),
    minEntropy: 3,
    examples: {
      positive: [`MAILGUN_WEBHOOK_SIGNING_KEY=«${fake(HEX, 32, 'ws1')}-${fake(HEX, 8, 'ws2')}-${fake(HEX, 8, 'ws3')}»`],
      negative: ['MAILGUN_WEBHOOK_SIGNING_KEY=<signing-key>', `MAILGUN_DOMAIN=mg.example.com`],
    },
    guide: {
      grants: 'Lets anyone forge Mailgun webhook events (deliveries, bounces, complaints, inbound mail) that your endpoint will trust.',
      revoke: 'Mailgun → Sending → Webhooks → HTTP webhook signing key → Reset (it is shared by all domains of the account).',
      url: 'https://app.mailgun.com/mg/sending/webhooks',
      store,
    },
  },
  {
    id: 'mailchimp.api-key',
    title: 'Mailchimp Marketing API key',
    kind: 'specific',
    keywords: ['-us'],
    keywordScope: 'line',
    // <32 hex>-us<data-centre number>.
    pattern: /(?<![A-Za-z0-9_])(?<secret>[0-9a-f]{32}-us[0-9]{1,2})(?![A-Za-z0-9_])/,
    minEntropy: 3,
    examples: {
      positive: [`MAILCHIMP_API_KEY=«${fake(HEX, 32, 'mc1')}-us14»`, `mailchimp.setConfig({ apiKey: '«${fake(HEX, 32, 'mc2')}-us6»', server: 'us6' });`],
      negative: ['MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us1', 'MAILCHIMP_API_KEY=<api-key>-us14', 'Content-Language: en-us'],
    },
    guide: {
      grants: 'Full access to the Mailchimp account: exports audiences (subscriber e-mails and data), sends campaigns from your brand, changes account settings.',
      revoke: 'Mailchimp → Profile → Extras → API keys → Disable (and delete) the key, then create a new one. Mailchimp disables keys it finds public.',
      url: 'https://us1.admin.mailchimp.com/account/api/',
      store,
    },
  },
  {
    id: 'mandrill.api-key',
    title: 'Mailchimp Transactional (Mandrill) API key',
    kind: 'specific',
    keywords: ['mandrill'],
    keywordScope: 'line',
    // 22 b64url (newer keys start md-); also the SMTP password of smtp.mandrillapp.com.
    pattern: assignment(ctxName([w('mandrill')], ['api key', 'key', 'secret', 'password', 'pass', 'token']), '(?:md-)?[A-Za-z0-9_-]{22}'),
    minEntropy: 3.5,
    examples: {
      positive: [`MANDRILL_API_KEY=«md-${fake(B64URL, 22, 'md1')}»`, `mandrill_key: "«${fake(B62, 22, 'md2')}»"`],
      negative: ['MANDRILL_API_KEY=your_mandrill_key', 'MANDRILL_API_KEY=${MANDRILL_API_KEY}'],
    },
    guide: {
      grants: 'Sends transactional e-mail from your verified domains, reads message content and activity, and manages templates and webhooks.',
      revoke: 'Mailchimp Transactional (mandrillapp.com) → Settings → SMTP & API Info → delete the key and create a new one.',
      url: 'https://mandrillapp.com/settings',
      store,
    },
  },
  {
    id: 'brevo.api-key',
    title: 'Brevo (Sendinblue) API key',
    kind: 'specific',
    keywords: ['xkeysib-'],
    keywordScope: 'line',
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
    examples: {
      positive: [`BREVO_API_KEY=«xkeysib-${fake(HEX, 64, 'bv1')}-${fake(B62, 16, 'bv2')}»`, `headers: { 'api-key': '«xkeysib-${fake(HEX, 64, 'bv3')}-${fake(B62, 16, 'bv4')}»' }`],
      negative: ['BREVO_API_KEY=xkeysib-...', `SENDINBLUE_API_KEY=xkeysib-${'x'.repeat(64)}-${'x'.repeat(16)}`],
    },
    guide: {
      grants: 'Full API access to the Brevo account: sends e-mail and SMS from your senders, exports contacts and lists, manages campaigns.',
      revoke: 'Brevo → SMTP & API → API Keys → delete the key and generate a new one.',
      url: 'https://app.brevo.com/settings/keys/api',
      store,
    },
  },
  {
    id: 'brevo.smtp-key',
    title: 'Brevo (Sendinblue) SMTP key',
    kind: 'specific',
    keywords: ['xsmtpsib-'],
    keywordScope: 'line',
    pattern: /(?<![A-Za-z0-9_-])(?<secret>xsmtpsib-[0-9a-f]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
    examples: {
      positive: [`SMTP_PASSWORD=«xsmtpsib-${fake(HEX, 64, 'bs1')}-${fake(B62, 16, 'bs2')}»`, `spring.mail.password: «xsmtpsib-${fake(HEX, 64, 'bs3')}-${fake(B62, 16, 'bs4')}»`],
      negative: ['SMTP_PASSWORD=xsmtpsib-<key>', 'xsmtpsib- keys are SMTP passwords'],
    },
    guide: {
      grants: 'Sends e-mail through smtp-relay.brevo.com as the account, from any of its verified senders.',
      revoke: 'Brevo → SMTP & API → SMTP → delete the SMTP key and generate a new one.',
      url: 'https://app.brevo.com/settings/keys/smtp',
      store,
    },
  },
  {
    id: 'postmark.server-token',
    title: 'Postmark server or account token',
    kind: 'specific',
    keywords: ['postmark'],
    keywordScope: 'line',
    // A UUID: only under a postmark…token/key name or the X-Postmark-Server/Account-Token header.
    pattern: assignment(ctxName([w('postmark')], ['server token', 'account token', 'api token', 'api key', 'token', 'key', 'secret']), UUID),
    examples: {
      positive: [`POSTMARK_SERVER_TOKEN=«${fakeUuid('pm1')}»`, `curl https://api.postmarkapp.com/email -H "X-Postmark-Server-Token: «${fakeUuid('pm2')}»"`],
      // POSTMARK_API_TEST is Postmark's documented test token.
      negative: ['POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST', `postmark_message_stream = "${fakeUuid('pm3')}"`],
    },
    guide: {
      grants: 'A server token sends e-mail from the server\'s verified senders and reads its messages, bounces and stats; an account token manages every server, domain and sender signature.',
      revoke: 'Postmark → Servers → the server → API Tokens → generate a new token and delete the old one (account tokens: Account → API Tokens).',
      url: 'https://account.postmarkapp.com/servers',
      store,
    },
  },
  {
    id: 'mailjet.api-secret',
    title: 'Mailjet API secret key',
    kind: 'specific',
    keywords: ['mailjet', 'mj_apikey', 'mj_api'],
    keywordScope: 'line',
    pattern: assignment([ctxName([w('mailjet')], ['api secret', 'secret key', 'secret', 'private key', 'apikey private']), `${word('mj')}[_.-]?${w('apikey private')}`, `${word('mj')}[_.-]?${w('api secret')}`], `[${HEX.re}]{32}`),
    minEntropy: 3,
    companions: [{ name: 'api_key', pattern: /(?:[Pp][Uu][Bb][Ll][Ii][Cc]|[Aa][Pp][Ii][_.-]?[Kk][Ee][Yy])["']?\s*[:=]\s*["']?(?<value>[0-9a-f]{32})\b/, withinLines: 3 }],
    examples: {
      positive: [`MJ_APIKEY_PUBLIC=${fake(HEX, 32, 'mj1')}\nMJ_APIKEY_PRIVATE=«${fake(HEX, 32, 'mj2')}»`, `mailjet:\n  mailjet_secret_key: "«${fake(HEX, 32, 'mj3')}»"`],
      // The API key (public half) is needed too, but on its own is not reported.
      negative: [`MJ_APIKEY_PUBLIC=${fake(HEX, 32, 'mj4')}`, 'MAILJET_SECRET_KEY=your-secret-key'],
    },
    guide: {
      grants: 'With the API key, full use of the Mailjet account: sends e-mail from your senders, exports contacts and lists, manages campaigns and sub-accounts.',
      revoke: 'Mailjet → Account settings → REST API → API Key Management → regenerate the secret key (or create a sub-account key and delete this one).',
      url: 'https://app.mailjet.com/account/apikeys',
      store,
    },
  },
  {
    id: 'mailjet.sms-token',
    title: 'Mailjet SMS / API v4 token',
    kind: 'specific',
    keywords: ['mailjet'],
    keywordScope: 'line',
    pattern: assignment(ctxName([w('mailjet')], ['sms token', 'api token', 'bearer token', 'token']), `[${B62.re}]{32}`),
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    examples: {
      positive: [`MAILJET_SMS_TOKEN=«${fake(B62, 32, 'mt1')}»`],
      negative: ['MAILJET_SMS_TOKEN=<token>', `MAILJET_API_KEY=${fake(HEX, 32, 'mt2')}`],
    },
    guide: {
      grants: 'Sends SMS billed to the Mailjet account and reads SMS statistics.',
      revoke: 'Mailjet → Account settings → SMS → API tokens → delete the token and create a new one.',
      url: 'https://app.mailjet.com/sms',
      store,
    },
  },
  {
    id: 'sparkpost.api-key',
    title: 'SparkPost API key',
    kind: 'specific',
    keywords: ['sparkpost'],
    keywordScope: 'line',
    pattern: assignment(ctxName([w('spark post')], ['api key', 'key', 'token', 'secret']), `[${HEX.re}]{40}`),
    minEntropy: 3,
    examples: {
      positive: [`SPARKPOST_API_KEY=«${fake(HEX, 40, 'sp1')}»`, `{"sparkpost": {"sparkpostApiKey": "«${fake(HEX, 40, 'sp2')}»"}}`],
      negative: [`sparkpost_template_commit = "${'0'.repeat(40)}"`, 'SPARKPOST_API_KEY=<api-key>'],
    },
    guide: {
      grants: 'Per the key\'s grants: sends e-mail from your sending domains, reads message events and recipient lists, manages templates and webhooks.',
      revoke: 'SparkPost → Configuration → API Keys → the key → Delete, then create a new one with only the needed grants.',
      url: 'https://app.sparkpost.com/account/api-keys',
      store,
    },
  },
  {
    id: 'resend.api-key',
    title: 'Resend API key',
    kind: 'specific',
    keywords: ['re_'],
    keywordScope: 'line',
    // re_<8 b62>_<24 b62> (unverified lengths: minimums with some slack).
    pattern: /(?<![A-Za-z0-9_])(?<secret>re_[A-Za-z0-9]{8,12}_[A-Za-z0-9]{20,40})(?![A-Za-z0-9_])/,
    post: [lacksLetterAndDigit],
    minEntropy: 3.5,
    examples: {
      positive: [`RESEND_API_KEY=«re_${fake(B62, 8, 're1')}_${fake(B62, 24, 're2')}»`, `const resend = new Resend('«re_${fake(B62, 8, 're3')}_${fake(B62, 24, 're4')}»');`],
      negative: ['RESEND_API_KEY=re_123456789', 'def re_validate_subscription_payload_fields(x):', 'RESEND_API_KEY=re_xxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    guide: {
      grants: 'Sends e-mail from your verified Resend domains (full-access keys also read e-mails, manage domains, audiences and keys).',
      revoke: 'resend.com → API Keys → the key → Delete, then create a new one (prefer "Sending access" keys).',
      url: 'https://resend.com/api-keys',
      store,
    },
  },
  {
    id: 'mailersend.api-token',
    title: 'MailerSend API token',
    kind: 'specific',
    keywords: ['mlsn.'],
    keywordScope: 'line',
    pattern: /(?<![A-Za-z0-9_.])(?<secret>mlsn\.[0-9a-f]{64})(?![A-Za-z0-9_])/,
    examples: {
      positive: [`MAILERSEND_API_KEY=«mlsn.${fake(HEX, 64, 'ms1')}»`],
      negative: ['MAILERSEND_API_KEY=mlsn.your-api-token', `MAILERSEND_API_KEY=mlsn.${fake(HEX, 20, 'ms2')}`],
    },
    guide: {
      grants: 'Sends e-mail and SMS from your MailerSend domains and, per the token\'s scopes, reads activity and manages domains, templates and webhooks.',
      revoke: 'MailerSend → Integrations → API tokens → the token → Delete (or Domains → Manage → API tokens).',
      url: 'https://app.mailersend.com/api-tokens',
      store,
    },
  },
  {
    id: 'smtp.credentials-url',
    title: 'SMTP URL with password',
    kind: 'specific',
    keywords: ['smtp'],
    keywordScope: 'line',
    // smtp(s)://user:password@host, including Symfony/Laravel mailer DSNs such as smtp+tls:// and ses+smtp://.
    pattern:
      /(?<![A-Za-z0-9])(?:[a-z0-9]{1,20}\+)?smtps?(?:\+[a-z]{1,10})?:\/\/(?<username>[^:/\s'"`]{1,128}):(?<secret>[^@/\s'"`]{3,256})@(?<host>[A-Za-z0-9][A-Za-z0-9.-]{0,252})/,
    post: [isWeakOrReference],
    examples: {
      positive: [
        `MAILER_DSN=smtp://alerts%40example.com:«${fake(B62, 20, 'su1')}»@smtp.office365.com:587`,
        `EMAIL_URL="smtps://postmaster@mg.example.com:«${fake(B64URL, 24, 'su2')}»@smtp.mailgun.org:465"`,
      ],
      negative: ['MAILER_DSN=smtp://user:pass@localhost:1025', 'MAILER_DSN=smtp://${SMTP_USER}:${SMTP_PASSWORD}@smtp.example.com', 'MAILER_DSN=smtp://localhost:25'],
    },
    guide: {
      grants: 'Logs into the SMTP server (often a real mailbox or the organisation\'s relay) to send mail as that account; mailbox passwords frequently also open IMAP and webmail.',
      revoke: 'Change the mailbox or SMTP user\'s password (or delete the app password / SMTP credential at the mail provider) and update the deployments that use it.',
      store,
    },
  },
  {
    id: 'smtp.password',
    title: 'SMTP / mail password',
    kind: 'specific',
    keywords: ['smtp', 'mail_pass', 'mail-pass', 'mail.pass', 'mailpass', 'email_host_password', 'emailhostpassword'],
    keywordScope: 'line',
    // SMTP_PASSWORD=…, EMAIL_HOST_PASSWORD (Django), MAIL_PASSWORD (Laravel/Flask-Mail), spring.mail.password.
    pattern: assignment(
      [`${ci('smtp')}[A-Za-z0-9_.-]{0,20}(?:${w('password')}|${w('passwd')}|${w('pass')}|${w('pwd')}|${w('secret')})`, `${ci('mail')}[_.-]?(?:${w('host')}[_.-]?)?(?:${w('password')}|${w('pass')})`],
      '[^\\s\'"`$<>{}(),;]{6,128}',
      { valueEnd: '(?=[\\s\'"`,;)]|$)' },
    ),
    post: [isWeakOrReference, isProseWord, isFileSetting],
    minEntropy: 2.8,
    examples: {
      positive: [`SMTP_PASSWORD=«${fake(B62, 16, 'sp1')}!»`, `EMAIL_HOST_PASSWORD = '«${fake(B64, 18, 'sp2')}»'`, `spring.mail.password=«${fake(B62, 14, 'sp3')}»`],
      negative: [
        "EMAIL_HOST_PASSWORD = os.environ.get('EMAIL_HOST_PASSWORD')",
        'SMTP_PASSWORD=${SMTP_PASSWORD}',
        'MAIL_PASSWORD=password',
        'MAIL_PASSWORD=null',
        "smtp_password: process.env.SMTP_PASSWORD",
        'Set SMTP_PASSWORD accordingly before starting the relay.',
        'SMTP_PASSWORD_FILE=/run/secrets/smtp',
        'smtp_password_path: secrets/smtp-password.txt',
      ],
    },
    guide: {
      grants: 'Logs into the SMTP server to send mail as that account (phishing from a trusted address); mailbox passwords often also open IMAP and webmail.',
      revoke: 'Change the mailbox or SMTP user\'s password (or delete the app password / SMTP credential at the provider) and update every deployment that uses it.',
      store,
    },
  },
  {
    id: 'amazon-ses.smtp-password',
    title: 'Amazon SES SMTP password',
    kind: 'specific',
    // Document scope: the name is often a generic mail password next to an email-smtp.<region> host.
    keywords: ['smtp', 'ses_', 'ses-'],
    // 44 base64 chars derived from an IAM secret key: version byte 0x04 + 32-byte HMAC, so it starts with B.
    pattern: assignment(
      [`(?:${word('ses')}|${ci('smtp')}|${ci('mail')})[A-Za-z0-9_.-]{0,20}(?:${w('password')}|${w('pass')}|${w('secret')})`],
      'B[A-Za-z0-9+/]{43}',
    ),
    precedence: 1,
    minEntropy: 4,
    companions: [{ name: 'username', pattern: /(?<![A-Z0-9])(?<value>AKIA[A-Z2-7]{16})(?![A-Z0-9])/, withinLines: 3 }],
    examples: {
      positive: [
        `SES_SMTP_USERNAME=AKIA${fake(BASE32_UPPER, 16, 'se1')}\nSES_SMTP_PASSWORD=«B${fake(B64, 43, 'se2')}»`,
        `spring.mail.host=email-smtp.eu-west-1.amazonaws.com\nspring.mail.password=«${toBase64(sesBytes('se3'))}»`,
      ],
      negative: ['SES_SMTP_PASSWORD=<smtp-password>', `SES_SMTP_PASSWORD=A${fake(B64, 43, 'se4')}`],
    },
    guide: {
      grants: 'Sends e-mail through Amazon SES as the IAM user it was derived from, from every verified identity (phishing from your domain, reputation damage).',
      revoke: 'AWS IAM → the SMTP user → Security credentials → deactivate and delete the access key the password was derived from; create new SMTP credentials in the SES console.',
      url: 'https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html',
      store,
    },
  },
  {
    id: 'customerio.api-key',
    title: 'Customer.io API key',
    kind: 'specific',
    keywords: ['customerio', 'customer_io', 'customer.io', 'customer-io', 'cio_'],
    keywordScope: 'line',
    // Track API key (20 hex, with a 20-hex site id) or App API key (32 hex); the name picks out the key.
    pattern: assignment(
      ctxName([w('customer io'), `${word('cio')}[_.-]`], ['track api key', 'app api key', 'api key', 'app key', 'secret', 'token']),
      '[0-9a-f]{32}|[0-9a-f]{20}',
    ),
    minEntropy: 3,
    companions: [{ name: 'site_id', pattern: /[Ss][Ii][Tt][Ee][_.-]?[Ii][Dd]["']?\s*[:=]\s*["']?(?<value>[0-9a-f]{20})\b/, withinLines: 3 }],
    examples: {
      positive: [`CUSTOMERIO_SITE_ID=${fake(HEX, 20, 'ci1')}\nCUSTOMERIO_API_KEY=«${fake(HEX, 20, 'ci2')}»`, `CIO_APP_API_KEY=«${fake(HEX, 32, 'ci3')}»`],
      negative: [`CUSTOMERIO_SITE_ID=${fake(HEX, 20, 'ci4')}`, 'CUSTOMERIO_API_KEY=<track-api-key>'],
    },
    guide: {
      grants: 'Track keys add and edit people and events in the workspace (and can trigger campaigns); App API keys read customer data and send transactional and broadcast messages.',
      revoke: 'Customer.io → Account settings → API credentials → regenerate or delete the key (Track or App API keys).',
      url: 'https://fly.customer.io/settings/api_credentials',
      store,
    },
  },
  {
    id: 'klaviyo.private-key',
    title: 'Klaviyo private API key',
    kind: 'specific',
    keywords: ['klaviyo'],
    // pk_<34 chars>; Stripe/Courier/ClickUp pk_ keys have another underscore after pk_, so do not fit.
    pattern: /(?<![A-Za-z0-9_])(?<secret>pk_[A-Za-z0-9]{32,40})(?![A-Za-z0-9_])/,
    post: [lacksLetterAndDigit],
    minEntropy: 3.5,
    examples: {
      positive: [`KLAVIYO_PRIVATE_API_KEY=«pk_${fake(HEX, 34, 'kl1')}»`, `import { ApiKeySession } from 'klaviyo-api';\nconst session = new ApiKeySession('«pk_${fake(B62, 34, 'kl2')}»');`],
      negative: [`# klaviyo\nKLAVIYO_PUBLIC_KEY=${fake(B62, 6, 'kl3')}`, `# klaviyo\nSTRIPE_KEY=pk_live_${fake(B62, 24, 'kl4')}`],
    },
    guide: {
      grants: 'Per its scopes, reads and exports profiles (customer e-mails, phone numbers, order history), lists and segments, and sends campaigns and flows.',
      revoke: 'Klaviyo → Settings → Account → API keys → revoke the private key and create a new one with the scopes needed.',
      url: 'https://www.klaviyo.com/settings/account/api-keys',
      store,
    },
  },
  {
    id: 'loops.api-key',
    title: 'Loops API key',
    kind: 'specific',
    keywords: ['loops'],
    keywordScope: 'line',
    // Not in the format table: only a `loops…api_key` name counts.
    pattern: assignment(ctxName([word('loops')], ['api key', 'key', 'token']), '[A-Za-z0-9]{32,64}'),
    post: [lacksLetterAndDigit],
    minEntropy: 3.3,
    examples: {
      positive: [`LOOPS_API_KEY=«${fake(HEX, 32, 'lo1')}»`, `{ loopsApiKey: "«${fake(HEX, 32, 'lo2')}»" }`],
      negative: ['LOOPS_API_KEY=<api-key>', 'max_loops_key = 12'],
    },
    guide: {
      grants: 'Adds, edits and deletes contacts and sends transactional e-mail and events through the Loops account.',
      revoke: 'Loops → Settings → API → delete the key and generate a new one.',
      url: 'https://app.loops.so/settings?page=api',
      store,
    },
  },
];

/** A fake SES SMTP password: version byte 0x04 then 32 bytes, base64 (44 chars, starts with B). */
function sesBytes(salt: string): Uint8Array {
  const bytes = fakeBytes(33, salt);
  bytes[0] = 0x04;
  return bytes;
}
